/**
 * Runs `call` on consecutive slices of at most `size` items (CRM takes 100 records per
 * write), one after another, and returns the results in input order.
 */
export async function inChunks<T, R>(items: readonly T[], call: (chunk: T[]) => Promise<R[]>, size = 100): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < items.length; at += size) out.push(...(await call(items.slice(at, at + size))));
  return out;
}
