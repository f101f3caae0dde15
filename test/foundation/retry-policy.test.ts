/**
 * The retry policy as one table: each row is one failure (class, status, code, headers),
 * the attempt it was seen on and whether the request is idempotent, and the verdict the
 * transport acts on (retried, after how long) plus whether the request may have been
 * carried out although it failed (writes are then reconciled, not reported failed).
 *
 * `random` is pinned to 0.5, so a backoff is half its ceiling (base 250 ms doubling, capped
 * at 20 s) and a Retry-After wait is asked + half of max(asked, 250 ms).
 */
import { describe, expect, it } from 'vitest';
import { ZohoAuthError, ZohoConfigError, ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoTimeoutError } from '../../src/index.js';
import { DEFAULT_RETRY_POLICY, mayHaveBeenApplied, retryVerdict, type RetryPolicy, type RetryVerdict } from '../../src/http/retry-policy.js';

const GET = true;
const POST = false;
const half = (): number => 0.5;

interface Row {
  name: string;
  error: unknown;
  attempt?: number;
  idempotent: boolean;
  policy?: Partial<RetryPolicy>;
  random?: () => number;
  verdict: RetryVerdict;
  maybeApplied: boolean;
}

const connection = (code: string | undefined): ZohoConnectionError => new ZohoConnectionError(`crm: failed: ${code}`, { product: 'crm', code });
const status = (code: number, extra: { code?: string | number; headers?: Record<string, string> } = {}): ZohoError => new ZohoError(`HTTP ${code}`, { product: 'crm', status: code, ...extra });
const after = (ms: number): RetryVerdict => ({ retry: true, delayMs: ms });
const NO: RetryVerdict = { retry: false };

const TABLE: Row[] = [
  // Connection failures: only a socket error proving nothing was sent makes a write safe to repeat.
  { name: 'a reset connection, GET', error: connection('ECONNRESET'), idempotent: GET, verdict: after(125), maybeApplied: true },
  { name: 'a reset connection, POST (a create)', error: connection('ECONNRESET'), idempotent: POST, verdict: NO, maybeApplied: true },
  { name: 'a refused connection, POST', error: connection('ECONNREFUSED'), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'an unknown host, POST', error: connection('ENOTFOUND'), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'a DNS failure to retry, POST', error: connection('EAI_AGAIN'), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'a connect timeout, POST', error: connection('UND_ERR_CONNECT_TIMEOUT'), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'a connection failure without a code, GET', error: connection(undefined), idempotent: GET, verdict: after(125), maybeApplied: true },
  { name: 'a connection failure without a code, POST', error: connection(undefined), idempotent: POST, verdict: NO, maybeApplied: true },
  { name: 'our timeout, GET', error: new ZohoTimeoutError('timeout', { product: 'crm' }), idempotent: GET, verdict: after(125), maybeApplied: true },
  { name: 'our timeout, POST', error: new ZohoTimeoutError('timeout', { product: 'crm' }), idempotent: POST, verdict: NO, maybeApplied: true },

  // Server errors: retried for idempotent requests, backing off (half of 250 × 2^(attempt-1)).
  { name: 'a 500, GET, attempt 1', error: status(500), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 500, GET, attempt 2', error: status(500), attempt: 2, idempotent: GET, verdict: after(250), maybeApplied: false },
  { name: 'a 500, GET, attempt 4 (the last retry)', error: status(500), attempt: 4, idempotent: GET, verdict: after(1000), maybeApplied: false },
  { name: 'a 500, GET, attempt 5 (retries spent)', error: status(500), attempt: 5, idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a 500, POST (an upsert without sync key is not idempotent)', error: status(500), idempotent: POST, verdict: NO, maybeApplied: false },
  { name: 'a 408, GET', error: status(408), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 502, GET', error: status(502), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 503, GET', error: status(503), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 504, GET', error: status(504), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 501, GET (not in the list)', error: status(501), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a 503 with Retry-After: 2, GET', error: status(503, { headers: { 'retry-after': '2' } }), idempotent: GET, verdict: after(3000), maybeApplied: false },
  { name: 'a 503 with an HTTP-date Retry-After in the past, GET', error: status(503, { headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } }), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 503 with an unreadable Retry-After, GET (backoff instead)', error: status(503, { headers: { 'retry-after': 'soon' } }), idempotent: GET, verdict: after(125), maybeApplied: false },
  { name: 'a 503 asking to wait 10 minutes, GET (past maxRetryAfterMs)', error: status(503, { headers: { 'retry-after': '600' } }), idempotent: GET, verdict: NO, maybeApplied: false },

  // Client errors are never retried: the same request would fail the same way.
  { name: 'a 400, GET', error: status(400, { code: 'INVALID_DATA' }), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a 404, GET', error: status(404), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a refused token, GET (the auth layer refreshes, not the retry layer)', error: new ZohoAuthError('401', { product: 'crm', status: 401, reason: 'token-rejected' }), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a config error', error: new ZohoConfigError('retry', 'bad'), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'not a ZohoError at all', error: new TypeError('x is not a function'), idempotent: GET, verdict: NO, maybeApplied: false },

  // "Not processed, try later" codes: safe to repeat for every method.
  { name: 'Analytics 7092 (another import on this table), POST', error: status(400, { code: 7092 }), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'TOO_MANY_REQUESTS as a plain error, POST', error: status(429, { code: 'TOO_MANY_REQUESTS' }), idempotent: POST, verdict: after(125), maybeApplied: false },

  // Rate limits: waited out when Zoho says how long (plus jitter), unless a day is spent.
  { name: 'a 429 asking 10 ms, POST', error: new ZohoRateLimitError('429', { status: 429, retryAfterMs: 10 }), idempotent: POST, verdict: after(135), maybeApplied: false },
  { name: 'a 429 asking 1 s, POST', error: new ZohoRateLimitError('429', { status: 429, retryAfterMs: 1000 }), idempotent: POST, verdict: after(1500), maybeApplied: false },
  { name: 'a 429 asking nothing, POST (backoff)', error: new ZohoRateLimitError('429', { status: 429 }), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'a 429 asking 3 minutes, POST (past maxRetryAfterMs)', error: new ZohoRateLimitError('429', { status: 429, retryAfterMs: 180_000 }), idempotent: POST, verdict: NO, maybeApplied: false },
  { name: 'Analytics 6045 (per minute) with HTTP 400, POST', error: new ZohoRateLimitError('6045', { status: 400, code: 6045 }), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'Creator 2955 (per minute) with HTTP 200, POST', error: new ZohoRateLimitError('2955', { status: 200, code: 2955 }), idempotent: POST, verdict: after(125), maybeApplied: false },
  { name: 'a rate limit with an unknown code and no wait, GET', error: new ZohoRateLimitError('?', { status: 400, code: 'SOMETHING' }), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'a rate limit with an unknown code asking 2 s, GET', error: new ZohoRateLimitError('?', { status: 400, code: 'SOMETHING', retryAfterMs: 2000 }), idempotent: GET, verdict: after(3000), maybeApplied: false },
  { name: 'Analytics 6043 (the day is spent)', error: new ZohoRateLimitError('6043', { status: 400, code: 6043, retryAfterMs: 3_600_000, recoverable: false }), idempotent: GET, verdict: NO, maybeApplied: false },
  { name: 'Creator 4000 (the day is spent) asking 1 s', error: new ZohoRateLimitError('4000', { status: 200, code: 4000, retryAfterMs: 1000, recoverable: false }), idempotent: GET, verdict: NO, maybeApplied: false },

  // The policy's knobs.
  { name: 'retry: false (maxRetries 0)', error: status(503), idempotent: GET, policy: { maxRetries: 0 }, verdict: NO, maybeApplied: false },
  { name: 'a backoff past maxDelayMs is capped', error: status(503), attempt: 10, idempotent: GET, policy: { maxRetries: 20 }, random: () => 1, verdict: after(20_000), maybeApplied: false },
  { name: 'full jitter can retry at once', error: status(503), attempt: 3, idempotent: GET, random: () => 0, verdict: after(0), maybeApplied: false },
  { name: 'a Retry-After is a floor, never shortened by jitter', error: new ZohoRateLimitError('429', { status: 429, retryAfterMs: 2000 }), idempotent: GET, random: () => 0, verdict: after(2000), maybeApplied: false },
  { name: 'a policy allowing longer waits waits 3 minutes', error: new ZohoRateLimitError('429', { status: 429, retryAfterMs: 180_000 }), idempotent: GET, policy: { maxRetryAfterMs: 600_000 }, verdict: after(270_000), maybeApplied: false },
  { name: 'a status added to the list', error: status(501), idempotent: GET, policy: { idempotentStatuses: [501] }, verdict: after(125), maybeApplied: false },
  { name: 'a code added to the unprocessed list, POST', error: status(400, { code: 'LOCKED' }), idempotent: POST, policy: { unprocessedCodes: ['LOCKED'] }, verdict: after(125), maybeApplied: false },
  { name: 'a socket code counted as unsent, POST', error: connection('EHOSTUNREACH'), idempotent: POST, policy: { unsentNetworkCodes: ['EHOSTUNREACH'] }, verdict: after(125), maybeApplied: false },
];

describe('retryVerdict and mayHaveBeenApplied (pure)', () => {
  it.each(TABLE)('$name', ({ error, attempt = 1, idempotent, policy, random = half, verdict, maybeApplied }) => {
    const effective = { ...DEFAULT_RETRY_POLICY, ...policy };
    expect(retryVerdict(effective, error, attempt, idempotent, random)).toEqual(verdict);
    expect(mayHaveBeenApplied(effective, error)).toBe(maybeApplied);
  });
});
