/** The statistics the benches report: medians, and how far a median can be trusted. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A 95 % confidence interval for the median of `values`, without assuming any distribution:
 * the order statistics at ranks n/2 − 1.96·√n/2 and 1 + n/2 + 1.96·√n/2, rounded outwards
 * (the count of values below the median is binomial, here taken as normal). A target is met
 * beyond doubt only when the whole interval clears it. Needs about 10 values to mean
 * anything; fewer give the extremes.
 */
export function medianInterval(values: readonly number[]): [low: number, high: number] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const reach = (1.96 * Math.sqrt(n)) / 2;
  // Ranks count from 1, indexes from 0.
  const low = Math.max(0, Math.floor(n / 2 - reach) - 1);
  const high = Math.min(n - 1, Math.ceil(1 + n / 2 + reach) - 1);
  return [sorted[low]!, sorted[high]!];
}
