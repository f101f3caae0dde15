import type { CallOptions } from '../../call-options.js';
import { ZohoJobError } from '../../errors.js';
import { sleep } from '../../http/sleep.js';

// The one job error of every product lives in errors.ts; re-exported for CRM's job modules.
export { ZohoJobError, type JobFailure } from '../../errors.js';

/**
 * How a bulk job is polled. Zoho's bulk jobs are queued server-side and take seconds to
 * minutes, so the wait starts short (small jobs finish fast) and grows (big ones do not
 * need a poll a second, and every poll costs an API credit).
 */
export interface PollOptions {
  /** First wait before polling again. Default 1,000 ms. */
  intervalMs?: number;
  /** Cap of one wait. Default 30,000 ms. */
  maxIntervalMs?: number;
  /** Each wait is the previous one times this. Default 1.5. */
  factor?: number;
  /** Give up (ZohoJobError, reason `timeout`) when the job is still running after this. Default 1 hour. */
  timeoutMs?: number;
}

const DEFAULT_POLL: Required<PollOptions> = { intervalMs: 1_000, maxIntervalMs: 30_000, factor: 1.5, timeoutMs: 3_600_000 };

/** What one poll says: still running, done with a value, or failed with the job as Zoho described it. */
export type PollVerdict<T> = { done: false; state: string } | { done: true; value: T } | { failed: true; state: string; details: unknown };

/**
 * Polls `check` with growing waits until it reports done (returns the value) or failed
 * (throws ZohoJobError). Each `check` is one API call through the full transport, so a
 * transient 5xx or 429 is retried there and never mistaken for a failed job here.
 */
export async function pollJob<T>(
  jobId: string,
  check: () => Promise<PollVerdict<T>>,
  options: PollOptions & CallOptions & { onState?: (state: string) => void } = {},
): Promise<T> {
  const poll = { ...DEFAULT_POLL, ...definedOnly(options) };
  const deadline = Date.now() + poll.timeoutMs;
  let wait = poll.intervalMs;
  let lastState: string | undefined;
  for (;;) {
    const verdict = await check();
    if ('failed' in verdict) {
      throw new ZohoJobError(`crm: bulk job ${jobId} ended in state ${verdict.state}`, { product: 'crm', jobId, state: verdict.state, reason: 'failed', details: verdict.details });
    }
    if (verdict.done) return verdict.value;
    if (verdict.state !== lastState) options.onState?.(verdict.state);
    lastState = verdict.state;
    if (Date.now() + wait > deadline) {
      throw new ZohoJobError(`crm: bulk job ${jobId} still ${verdict.state} after ${poll.timeoutMs} ms`, { product: 'crm', jobId, state: verdict.state, reason: 'timeout' });
    }
    await sleep(wait, options.signal);
    wait = Math.min(poll.maxIntervalMs, Math.ceil(wait * poll.factor));
  }
}

function definedOnly(options: PollOptions): Partial<Required<PollOptions>> {
  const out: Partial<Required<PollOptions>> = {};
  if (options.intervalMs !== undefined) out.intervalMs = options.intervalMs;
  if (options.maxIntervalMs !== undefined) out.maxIntervalMs = options.maxIntervalMs;
  if (options.factor !== undefined) out.factor = options.factor;
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  return out;
}
