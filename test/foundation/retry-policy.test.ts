import { describe, expect, it } from 'vitest';
import { ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoTimeoutError } from '../../src/index.js';
import { DEFAULT_RETRY_POLICY, mayHaveBeenApplied, retryVerdict } from '../../src/http/retry-policy.js';

const reset = new ZohoConnectionError('reset', { code: 'ECONNRESET' });
const refused = new ZohoConnectionError('refused', { code: 'ECONNREFUSED' });
const timeout = new ZohoTimeoutError('timeout');
const serverError = new ZohoError('500', { status: 500 });
const badRequest = new ZohoError('400', { status: 400 });
const tooMany = new ZohoRateLimitError('429', { status: 429, retryAfterMs: 10 });
const dailyQuota = new ZohoRateLimitError('6043', { status: 400, code: 6043, retryAfterMs: 3_600_000, recoverable: false });

// error, idempotent request?, retried?, may the request have been applied?
const TABLE: [string, ZohoError, boolean, boolean, boolean][] = [
  ['a reset, idempotent', reset, true, true, true],
  ['a reset, a create', reset, false, false, true],
  ['a refused connection, a create', refused, false, true, false],
  ['our timeout, idempotent', timeout, true, true, true],
  ['our timeout, a create', timeout, false, false, true],
  ['a 500, idempotent (an upsert by sync key)', serverError, true, true, false],
  ['a 500, a create', serverError, false, false, false],
  ['a 400', badRequest, true, false, false],
  ['a 429, a create', tooMany, false, true, false],
  ['a spent daily quota', dailyQuota, true, false, false],
];

describe('retry policy (pure)', () => {
  it.each(TABLE)('%s', (_name, error, idempotent, retried, maybeApplied) => {
    expect(retryVerdict(DEFAULT_RETRY_POLICY, error, 1, idempotent, () => 0.5).retry).toBe(retried);
    expect(mayHaveBeenApplied(DEFAULT_RETRY_POLICY, error)).toBe(maybeApplied);
  });
});
