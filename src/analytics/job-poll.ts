import { ZohoTimeoutError } from '../errors.js';
import { sleep } from '../http/sleep.js';
import type { AnalyticsJobOptions, AnalyticsSchemas } from './analytics-types.js';
import { ZohoJobError } from '../errors.js';

type JobState = AnalyticsSchemas['JobState'];

// Zoho allows 40 BULK calls a minute (API frequency limits): a poll every 2 s stays well under.
const DEFAULT_POLL_MS = 2_000;
const DEFAULT_MAX_WAIT_MS = 30 * 60_000;

/**
 * Polls a bulk job until its jobCode is "1004" (done) and returns that state. "1001" (not
 * started) and "1002" (running) wait and ask again; "1003" (failed, still HTTP 200) and
 * "1005" (not found) throw ZohoJobError (code: the jobCode); running past `maxWaitMs` throws ZohoTimeoutError.
 */
export async function pollJob<State extends JobState>(what: string, jobId: string, fetchState: () => Promise<State>, options: AnalyticsJobOptions & { describeFailure?: (state: State) => string | undefined }): Promise<State> {
  const interval = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    await sleep(interval, options.signal);
    const state = await fetchState();
    switch (state.jobCode) {
      case '1004':
        return state;
      case '1003':
      case '1005': {
        const detail = state.jobCode === '1003' ? options.describeFailure?.(state) : undefined;
        const status = state.jobStatus ?? (state.jobCode === '1003' ? 'ERROR OCCURRED' : 'JOB NOT FOUND');
        throw new ZohoJobError(`analytics: ${what} job ${jobId} ended with jobCode ${state.jobCode} (${status})${detail ? `: ${detail}` : ''}`, {
          product: 'analytics',
          jobId,
          code: state.jobCode,
          state: status,
          reason: state.jobCode === '1003' ? 'failed' : 'not-found',
          details: state,
        });
      }
      default:
        if (Date.now() > deadline) {
          throw new ZohoTimeoutError(`analytics: ${what} job ${jobId} still has jobCode ${state.jobCode} after ${maxWaitMs} ms`, { product: 'analytics' });
        }
    }
  }
}
