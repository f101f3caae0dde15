import { backoffWaitMs, retryAfterWaitMs } from './jitter.js';
import { retryAfterMs } from './retry-after.js';
import { ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoTimeoutError } from '../errors.js';

/**
 * The retry policy is data. Two questions decide a retry:
 *   1. Could the request have been applied? If not provably unprocessed, only idempotent
 *      requests are retried.
 *   2. How long to wait? Retry-After when given (capped by maxRetryAfterMs) plus jitter,
 *      else exponential backoff with full jitter (jitter.ts).
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  /** First backoff step; doubles each attempt. */
  baseDelayMs: number;
  /** Cap of one backoff step. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error surfaces instead. */
  maxRetryAfterMs: number;
  /** Statuses worth retrying for idempotent requests (the server may have failed midway). */
  idempotentStatuses: readonly number[];
  /** Product codes that mean "not processed, try again later", retried for every method. */
  unprocessedCodes: readonly (string | number)[];
  /** Socket errors that prove the request never reached the server. */
  unsentNetworkCodes: readonly string[];
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 250,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  idempotentStatuses: [408, 500, 502, 503, 504],
  // 7092: Analytics "another import is in progress on this table".
  // 6045: Analytics' per-minute limit; 2955: Creator's, which it may answer with HTTP 200.
  unprocessedCodes: ['TOO_MANY_REQUESTS', 7092, 6045, 2955],
  unsentNetworkCodes: ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'],
};

export type RetryVerdict = { retry: false } | { retry: true; delayMs: number };

/** Decides whether `error`, seen on attempt `attempt` (1-based), is retried and after how long. */
export function retryVerdict(policy: RetryPolicy, error: unknown, attempt: number, idempotent: boolean, random: () => number = Math.random): RetryVerdict {
  if (attempt > policy.maxRetries || !(error instanceof ZohoError)) return { retry: false };
  if (!isRetryable(policy, error, idempotent)) return { retry: false };
  const asked = error instanceof ZohoRateLimitError ? error.retryAfterMs : retryAfterHeader(error);
  if (asked !== undefined) {
    return asked > policy.maxRetryAfterMs ? { retry: false } : { retry: true, delayMs: retryAfterWaitMs(asked, policy, random) };
  }
  return { retry: true, delayMs: backoffWaitMs(policy, attempt, random) };
}

/**
 * Whether the request may have been carried out although no answer says so: it was sent
 * (the socket error is not one of `unsentNetworkCodes`) and the answer was lost, or our
 * timeout fired. Such a write is reconciled by reading back rather than reported failed.
 */
export function mayHaveBeenApplied(policy: RetryPolicy, error: unknown): boolean {
  if (!(error instanceof ZohoConnectionError)) return false;
  return !(typeof error.code === 'string' && policy.unsentNetworkCodes.includes(error.code));
}

function isRetryable(policy: RetryPolicy, error: ZohoError, idempotent: boolean): boolean {
  if (error instanceof ZohoRateLimitError) {
    // A daily quota is spent: a retry within the day would only spend more requests.
    if (!error.recoverable) return false;
    return error.status === 429 || isUnprocessedCode(policy, error) || error.retryAfterMs !== undefined;
  }
  if (isUnprocessedCode(policy, error)) return true;
  if (error instanceof ZohoTimeoutError) return idempotent;
  if (error instanceof ZohoConnectionError) {
    return idempotent || (typeof error.code === 'string' && policy.unsentNetworkCodes.includes(error.code));
  }
  return idempotent && error.status !== undefined && policy.idempotentStatuses.includes(error.status);
}

function isUnprocessedCode(policy: RetryPolicy, error: ZohoError): boolean {
  return error.code !== undefined && policy.unprocessedCodes.includes(error.code);
}
/** Retry-After on any error answer (a 503 may carry one too), read by the one shared parser. */
function retryAfterHeader(error: ZohoError): number | undefined {
  const value = error.headers?.['retry-after'];
  return value === undefined ? undefined : retryAfterMs(new Headers({ 'retry-after': value }));
}
