/** Splits `items` into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * Runs `work` over `batches` with at most `concurrency` in flight and returns the outcomes in
 * batch order, whatever order they finish in.
 */
export async function mapConcurrent<T, R>(batches: readonly T[], concurrency: number, work: (batch: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(batches.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      results[index] = await work(batches[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, worker));
  return results;
}
