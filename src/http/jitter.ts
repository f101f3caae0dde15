/**
 * How long a retry waits, with jitter, so that callers refused together do not come back
 * together (AWS Architecture Blog, "Exponential Backoff And Jitter": full jitter spreads
 * retries best). `random` is injectable so tests can pin it.
 */

/** Backoff without a server hint: full jitter, uniform in [0, min(maxDelayMs, baseDelayMs × 2^(attempt-1))]. */
export function backoffWaitMs(policy: { baseDelayMs: number; maxDelayMs: number }, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/**
 * A server's Retry-After is a floor, never shortened: the wait is uniform in
 * [asked, asked + max(asked, baseDelayMs)], so callers told "1 s" together spread over 1-2 s
 * instead of colliding again at the same instant.
 */
export function retryAfterWaitMs(askedMs: number, policy: { baseDelayMs: number }, random: () => number): number {
  return Math.round(askedMs + random() * Math.max(askedMs, policy.baseDelayMs));
}
