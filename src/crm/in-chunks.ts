/**
 * The one batching helper of CRM: slices of at most `size` items (Zoho takes 100 records per
 * write and 100 ids per read), run one after another (`inChunks`) or a few at once
 * (`mapConcurrent`), with results always in input order.
 */

/** Splits `items` into consecutive slices of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

/**
 * Runs `work` over `slices` with at most `concurrency` in flight and returns the outcomes in
 * slice order, whatever order they finish in.
 */
export async function mapConcurrent<T, R>(slices: readonly T[], concurrency: number, work: (slice: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(slices.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < slices.length) {
      const index = next++;
      results[index] = await work(slices[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, slices.length)) }, worker));
  return results;
}

/** Runs `call` on consecutive slices of at most `size` items, one after another; the results in input order. */
export async function inChunks<T, R>(items: readonly T[], call: (slice: T[]) => Promise<R[]>, size = 100): Promise<R[]> {
  const out: R[] = [];
  for (const part of await mapConcurrent(chunk(items, size), 1, call)) out.push(...part);
  return out;
}
