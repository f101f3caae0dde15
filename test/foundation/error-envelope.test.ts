/**
 * Every product's error envelope as tables, one row per answer:
 *   1. the decoder alone (`readEnvelope`): is this body an error, and its code, message,
 *      details and kind (auth failure, rate limit, daily quota);
 *   2. the same kinds of answer served by the simulator and decoded by the real transport:
 *      the error class a user catches, its code, `reason`, `recoverable`, `retryAfterMs`,
 *      and whether the retry policy would try again (a GET, first attempt).
 * Bodies follow the products' documented error shapes (see ../shared/reference/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZohoAuthError, ZohoError, ZohoRateLimitError, type ZohoProduct } from '../../src/index.js';
import { readEnvelope, type EnvelopeError } from '../../src/http/error-envelope.js';
import { DEFAULT_RETRY_POLICY, retryVerdict } from '../../src/http/retry-policy.js';
import type { Fault, FaultMatch } from '../../src/testing/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const TOO_MANY = 'You have made too many requests continuously. Please try again after some time.';

interface DecodeRow {
  product: ZohoProduct;
  status: number;
  body: unknown;
  /** undefined: not an error (a success, or a body in no envelope shape). */
  expected: EnvelopeError | undefined;
}

const crmItems = [{ code: 'INVALID_DATA', details: { api_name: 'Email', json_path: '$.data[0].Email' }, message: 'invalid data', status: 'error' }];
const deskErrors = [{ fieldName: '/email', errorType: 'invalid', errorMessage: '' }];

const DECODE: DecodeRow[] = [
  // CRM: {code, details, message, status: "error"}.
  { product: 'crm', status: 401, body: { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' }, expected: { code: 'INVALID_TOKEN', message: 'invalid oauth token', details: {}, auth: 'token-rejected' } },
  { product: 'crm', status: 401, body: { code: 'AUTHENTICATION_FAILURE', message: 'Authentication failed', status: 'error' }, expected: { code: 'AUTHENTICATION_FAILURE', message: 'Authentication failed', details: undefined, auth: 'token-rejected' } },
  { product: 'crm', status: 401, body: { code: 'OAUTH_SCOPE_MISMATCH', message: 'invalid oauth scope to access this URL', status: 'error' }, expected: { code: 'OAUTH_SCOPE_MISMATCH', message: 'invalid oauth scope to access this URL', details: undefined, auth: 'forbidden' } },
  { product: 'crm', status: 403, body: { code: 'NO_PERMISSION', message: 'permission denied', status: 'error', details: { permissions: ['Crm_Implied_View_Leads'] } }, expected: { code: 'NO_PERMISSION', message: 'permission denied', details: { permissions: ['Crm_Implied_View_Leads'] }, auth: 'forbidden' } },
  { product: 'crm', status: 429, body: { code: 'TOO_MANY_REQUESTS', message: 'too many requests', status: 'error' }, expected: { code: 'TOO_MANY_REQUESTS', message: 'too many requests', details: undefined, rateLimited: true } },
  { product: 'crm', status: 400, body: { code: 'INVALID_MODULE', message: 'the module name given seems to be invalid', status: 'error', details: {} }, expected: { code: 'INVALID_MODULE', message: 'the module name given seems to be invalid', details: {} } },
  // Every item of a batch failed: the first item's code, all items as details.
  { product: 'crm', status: 400, body: { data: crmItems }, expected: { code: 'INVALID_DATA', message: 'invalid data', details: crmItems } },
  // A failing proxy passes CRM's envelope on with 200.
  { product: 'crm', status: 200, body: { code: 'INTERNAL_ERROR', message: 'Internal Server Error', status: 'error', details: {} }, expected: { code: 'INTERNAL_ERROR', message: 'Internal Server Error', details: {} } },
  // Per-item errors in a 2xx batch answer are results, not a failed call.
  { product: 'crm', status: 200, body: { data: crmItems }, expected: undefined },
  { product: 'crm', status: 202, body: { data: [{ code: 'SUCCESS', status: 'success' }] }, expected: undefined },
  { product: 'crm', status: 200, body: { status: 'error', code: 500 }, expected: undefined },
  { product: 'crm', status: 500, body: {}, expected: { code: undefined, message: 'CRM answered HTTP 500', details: undefined } },
  { product: 'crm', status: 400, body: { code: '', message: '' }, expected: { code: undefined, message: 'CRM answered HTTP 400', details: undefined } },
  { product: 'crm', status: 400, body: [{ code: 'INVALID_DATA' }], expected: undefined },
  { product: 'crm', status: 502, body: 'Bad Gateway', expected: undefined },

  // Analytics: {status: "failure", summary, data: {errorCode, errorMessage}}, often with HTTP 400.
  { product: 'analytics', status: 400, body: { status: 'failure', summary: 'INVALID_OAUTHTOKEN', data: { errorCode: 8535, errorMessage: 'Invalid OAuth access token.' } }, expected: { code: 8535, message: 'Invalid OAuth access token.', details: { errorCode: 8535, errorMessage: 'Invalid OAuth access token.' }, auth: 'token-rejected' } },
  { product: 'analytics', status: 400, body: { status: 'failure', summary: 'INVALID_OAUTHSCOPE', data: { errorCode: 8518, errorMessage: 'Invalid OAuth scope.' } }, expected: { code: 8518, message: 'Invalid OAuth scope.', details: { errorCode: 8518, errorMessage: 'Invalid OAuth scope.' }, auth: 'forbidden' } },
  { product: 'analytics', status: 400, body: { status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6045, errorMessage: 'API frequency limit exceeded.' } }, expected: { code: 6045, message: 'API frequency limit exceeded.', details: { errorCode: 6045, errorMessage: 'API frequency limit exceeded.' }, rateLimited: true } },
  { product: 'analytics', status: 400, body: { status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6043, errorMessage: 'Units for the day used up.' } }, expected: { code: 6043, message: 'Units for the day used up.', details: { errorCode: 6043, errorMessage: 'Units for the day used up.' }, rateLimited: true, daily: true } },
  { product: 'analytics', status: 200, body: { status: 'failure', summary: 'IMPORT_IN_PROGRESS', data: { errorCode: 7092, errorMessage: 'Another import is in progress.' } }, expected: { code: 7092, message: 'Another import is in progress.', details: { errorCode: 7092, errorMessage: 'Another import is in progress.' } } },
  { product: 'analytics', status: 400, body: { status: 'failure', summary: 'Workspace not found', data: { errorCode: '7103' } }, expected: { code: undefined, message: 'Workspace not found', details: { errorCode: '7103' } } },
  { product: 'analytics', status: 500, body: { status: 'failure' }, expected: { code: undefined, message: 'Analytics answered HTTP 500', details: {} } },
  { product: 'analytics', status: 200, body: { status: 'success', summary: 'Get orgs', data: { orgs: [] } }, expected: undefined },
  { product: 'analytics', status: 404, body: 'Not Found', expected: undefined },

  // Creator: {code, message | description, error?}; 3000 is success, anything else an error even with 200.
  { product: 'creator', status: 200, body: { code: 3000, data: [{ ID: '1' }] }, expected: undefined },
  { product: 'creator', status: 200, body: { data: [] }, expected: undefined },
  { product: 'creator', status: 200, body: { code: 4000, message: 'Developer API limit reached for the day.' }, expected: { code: 4000, message: 'Developer API limit reached for the day.', details: undefined, rateLimited: true, daily: true } },
  { product: 'creator', status: 429, body: { code: 2955, message: 'You have reached the API call limit per minute.' }, expected: { code: 2955, message: 'You have reached the API call limit per minute.', details: undefined, rateLimited: true } },
  { product: 'creator', status: 401, body: { code: 1030, message: 'Authorization Failure. The access token is either invalid or has expired.' }, expected: { code: 1030, message: 'Authorization Failure. The access token is either invalid or has expired.', details: undefined, auth: 'token-rejected' } },
  { product: 'creator', status: 401, body: { code: 2945, description: 'OAuth scope mismatch' }, expected: { code: 2945, message: 'OAuth scope mismatch', details: undefined, auth: 'forbidden' } },
  { product: 'creator', status: 200, body: { code: 3960, message: 'Records limit exceeded', error: ['200 records at most'] }, expected: { code: 3960, message: 'Records limit exceeded', details: ['200 records at most'] } },
  { product: 'creator', status: 400, body: { code: 3001, data: { Email: 'Enter a valid email' } }, expected: { code: 3001, message: 'Creator answered code 3001', details: { Email: 'Enter a valid email' } } },
  { product: 'creator', status: 400, body: { message: 'Invalid request' }, expected: { code: undefined, message: 'Invalid request', details: undefined } },
  { product: 'creator', status: 429, body: {}, expected: { code: undefined, message: 'Creator answered code 429', details: undefined, rateLimited: true } },
  { product: 'creator', status: 500, body: null, expected: undefined },

  // Desk: {errorCode, message, errors: [{fieldName, errorType}]}; never an error with 2xx.
  { product: 'desk', status: 401, body: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' }, expected: { code: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.', details: undefined, auth: 'token-rejected' } },
  { product: 'desk', status: 401, body: { errorCode: 'SCOPE_MISMATCH', message: 'The scope of the token does not match.' }, expected: { code: 'SCOPE_MISMATCH', message: 'The scope of the token does not match.', details: undefined, auth: 'forbidden' } },
  { product: 'desk', status: 403, body: { errorCode: 'OAUTH_ORG_MISMATCH', message: 'The token was made for another org.' }, expected: { code: 'OAUTH_ORG_MISMATCH', message: 'The token was made for another org.', details: undefined, auth: 'forbidden' } },
  { product: 'desk', status: 403, body: { errorCode: 'FORBIDDEN', message: 'You do not have permission.' }, expected: { code: 'FORBIDDEN', message: 'You do not have permission.', details: undefined, auth: 'forbidden' } },
  { product: 'desk', status: 401, body: { errorCode: 'UNAUTHORIZED', message: 'Not authorised.' }, expected: { code: 'UNAUTHORIZED', message: 'Not authorised.', details: undefined, auth: 'forbidden' } },
  { product: 'desk', status: 422, body: { errorCode: 'UNPROCESSABLE_ENTITY', message: 'An invalid field value.', errors: deskErrors }, expected: { code: 'UNPROCESSABLE_ENTITY', message: 'An invalid field value.', details: deskErrors } },
  { product: 'desk', status: 429, body: { errorCode: 'TOO_MANY_REQUESTS', message: 'Too many requests.' }, expected: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests.', details: undefined, rateLimited: true } },
  { product: 'desk', status: 429, body: { errorCode: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded.' }, expected: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded.', details: undefined, rateLimited: true } },
  { product: 'desk', status: 500, body: {}, expected: { code: undefined, message: 'Desk answered HTTP 500', details: undefined } },
  { product: 'desk', status: 200, body: { errorCode: 'INVALID_DATA', message: 'ignored with 2xx' }, expected: undefined },
  { product: 'desk', status: 400, body: ['INVALID_DATA'], expected: undefined },

  // Accounts: {error, error_description?}, with HTTP 200 or 400.
  { product: 'accounts', status: 200, body: { error: 'invalid_code' }, expected: { code: 'invalid_code', message: 'invalid_code', details: undefined, auth: 'grant-failed' } },
  { product: 'accounts', status: 400, body: { error: 'invalid_client', error_description: 'the client id is of another data centre' }, expected: { code: 'invalid_client', message: 'invalid_client: the client id is of another data centre', details: undefined, auth: 'grant-failed' } },
  { product: 'accounts', status: 400, body: { error: 'Access Denied', error_description: TOO_MANY }, expected: { code: 'Access Denied', message: `Access Denied: ${TOO_MANY}`, details: undefined, auth: 'throttled' } },
  { product: 'accounts', status: 400, body: { error: 'Access Denied', error_description: 'Your account is blocked.' }, expected: { code: 'Access Denied', message: 'Access Denied: Your account is blocked.', details: undefined, auth: 'grant-failed' } },
  { product: 'accounts', status: 400, body: { error: 'Access Denied' }, expected: { code: 'Access Denied', message: 'Access Denied', details: undefined, auth: 'grant-failed' } },
  // A 5xx is Accounts failing, not a verdict on the grant.
  { product: 'accounts', status: 500, body: { error: 'general_error', error_description: 'oops' }, expected: { code: 'general_error', message: 'general_error: oops', details: undefined } },
  { product: 'accounts', status: 503, body: {}, expected: { code: undefined, message: 'Accounts answered HTTP 503', details: undefined } },
  { product: 'accounts', status: 400, body: { error_description: 'oops' }, expected: { code: undefined, message: 'error: oops', details: undefined, auth: 'grant-failed' } },
  { product: 'accounts', status: 200, body: { access_token: '1000.x', expires_in: 3600, token_type: 'Bearer' }, expected: undefined },
  { product: 'accounts', status: 200, body: { error: '' }, expected: undefined },
  { product: 'accounts', status: 400, body: 'invalid', expected: undefined },

  // zohokit's own answers (the simulator's control API) have no envelope.
  { product: 'zohokit', status: 500, body: { error: 'x' }, expected: undefined },
];

describe('readEnvelope: one row per product answer', () => {
  it.each(DECODE)('$product HTTP $status $body', ({ product, status, body, expected }) => {
    expect(readEnvelope(product, body, status)).toStrictEqual(expected);
  });
});

/** A one-shot answer from the simulator to the request `call` makes. */
interface ServedRow {
  name: string;
  product: Exclude<ZohoProduct, 'zohokit'>;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** How many answers in a row (a refused token is refreshed and replayed once). */
  times?: number;
  expected: {
    type: typeof ZohoError;
    code: string | number | undefined;
    reason?: string;
    recoverable?: boolean;
    /** A number, or a range [least, most] for waits measured from the clock. */
    retryAfterMs?: number | [number, number] | undefined;
    /** Would the retry policy try a GET again? */
    retried: boolean;
  };
}

const DAY_MS = 86_400_000;

const SERVED: ServedRow[] = [
  { name: 'CRM refuses the token twice', product: 'crm', status: 401, times: 2, body: { code: 'INVALID_TOKEN', message: 'invalid oauth token', status: 'error' }, expected: { type: ZohoAuthError, code: 'INVALID_TOKEN', reason: 'token-rejected', recoverable: false, retried: false } },
  { name: 'CRM: a scope the token lacks', product: 'crm', status: 401, body: { code: 'OAUTH_SCOPE_MISMATCH', message: 'invalid oauth scope', status: 'error' }, expected: { type: ZohoAuthError, code: 'OAUTH_SCOPE_MISMATCH', reason: 'forbidden', recoverable: false, retried: false } },
  { name: 'CRM: a 401 that is no envelope still means the token', product: 'crm', status: 401, times: 2, body: '<html>Unauthorized</html>', headers: { 'content-type': 'text/html' }, expected: { type: ZohoAuthError, code: undefined, reason: 'token-rejected', recoverable: false, retried: false } },
  { name: 'CRM: too many requests, retry after 3 s', product: 'crm', status: 429, headers: { 'retry-after': '3' }, body: { code: 'TOO_MANY_REQUESTS', message: 'too many requests', status: 'error' }, expected: { type: ZohoRateLimitError, code: 'TOO_MANY_REQUESTS', recoverable: true, retryAfterMs: 3000, retried: true } },
  { name: 'CRM: a 429 from a gateway, no body, no wait', product: 'crm', status: 429, body: '', expected: { type: ZohoRateLimitError, code: undefined, recoverable: true, retryAfterMs: undefined, retried: true } },
  { name: 'CRM: invalid data', product: 'crm', status: 400, body: { code: 'INVALID_DATA', message: 'invalid data', status: 'error', details: { api_name: 'Email' } }, expected: { type: ZohoError, code: 'INVALID_DATA', retried: false } },
  { name: 'CRM: its envelope passed on with HTTP 200', product: 'crm', status: 200, body: { code: 'INTERNAL_ERROR', message: 'Internal Server Error', status: 'error' }, expected: { type: ZohoError, code: 'INTERNAL_ERROR', retried: false } },
  { name: 'CRM: a gateway page with 502', product: 'crm', status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' }, expected: { type: ZohoError, code: undefined, retried: true } },

  { name: 'Analytics refuses the token twice', product: 'analytics', status: 400, times: 2, body: { status: 'failure', summary: 'INVALID_OAUTHTOKEN', data: { errorCode: 8535, errorMessage: 'Invalid OAuth access token.' } }, expected: { type: ZohoAuthError, code: 8535, reason: 'token-rejected', recoverable: false, retried: false } },
  { name: 'Analytics: per-minute limit', product: 'analytics', status: 400, body: { status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6045, errorMessage: 'API frequency limit exceeded.' } }, expected: { type: ZohoRateLimitError, code: 6045, recoverable: true, retryAfterMs: undefined, retried: true } },
  { name: 'Analytics: the day is spent, lifting at the next UTC midnight', product: 'analytics', status: 400, body: { status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6043, errorMessage: 'Units for the day used up.' } }, expected: { type: ZohoRateLimitError, code: 6043, recoverable: false, retryAfterMs: [1, DAY_MS], retried: false } },
  { name: 'Analytics: the day is spent, Retry-After 60 s', product: 'analytics', status: 400, headers: { 'retry-after': '60' }, body: { status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6043, errorMessage: 'Units for the day used up.' } }, expected: { type: ZohoRateLimitError, code: 6043, recoverable: false, retryAfterMs: [59_000, 60_000], retried: false } },
  { name: 'Analytics: another import on the table, with HTTP 200', product: 'analytics', status: 200, body: { status: 'failure', summary: 'IMPORT_IN_PROGRESS', data: { errorCode: 7092, errorMessage: 'Another import is in progress.' } }, expected: { type: ZohoError, code: 7092, retried: true } },

  { name: 'Creator: the daily limit, with HTTP 200', product: 'creator', status: 200, body: { code: 4000, message: 'Developer API limit reached for the day.' }, expected: { type: ZohoRateLimitError, code: 4000, recoverable: false, retryAfterMs: [1, DAY_MS], retried: false } },
  { name: 'Creator: per-minute limit', product: 'creator', status: 429, headers: { 'retry-after': '1' }, body: { code: 2955, message: 'API call limit per minute.' }, expected: { type: ZohoRateLimitError, code: 2955, recoverable: true, retryAfterMs: 1000, retried: true } },
  { name: 'Creator refuses the token twice', product: 'creator', status: 401, times: 2, body: { code: 1030, message: 'Authorization Failure.' }, expected: { type: ZohoAuthError, code: 1030, reason: 'token-rejected', recoverable: false, retried: false } },
  { name: 'Creator: a scope the token lacks', product: 'creator', status: 401, body: { code: 2945, description: 'OAuth scope mismatch' }, expected: { type: ZohoAuthError, code: 2945, reason: 'forbidden', recoverable: false, retried: false } },
  { name: 'Creator: a record limit, with HTTP 200', product: 'creator', status: 200, body: { code: 3960, message: 'Records limit exceeded' }, expected: { type: ZohoError, code: 3960, retried: false } },

  { name: 'Desk refuses the token twice', product: 'desk', status: 401, times: 2, body: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' }, expected: { type: ZohoAuthError, code: 'INVALID_OAUTH', reason: 'token-rejected', recoverable: false, retried: false } },
  { name: 'Desk: a token made for another org', product: 'desk', status: 403, body: { errorCode: 'OAUTH_ORG_MISMATCH', message: 'another org' }, expected: { type: ZohoAuthError, code: 'OAUTH_ORG_MISMATCH', reason: 'forbidden', recoverable: false, retried: false } },
  { name: 'Desk: an invalid field', product: 'desk', status: 422, body: { errorCode: 'UNPROCESSABLE_ENTITY', message: 'An invalid field value.', errors: deskErrors }, expected: { type: ZohoError, code: 'UNPROCESSABLE_ENTITY', retried: false } },
  { name: 'Desk: rate limit, retry after 5 s', product: 'desk', status: 429, headers: { 'retry-after': '5' }, body: { errorCode: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded.' }, expected: { type: ZohoRateLimitError, code: 'RATE_LIMIT_EXCEEDED', recoverable: true, retryAfterMs: 5000, retried: true } },

  { name: 'Accounts: a used grant code, with HTTP 200', product: 'accounts', status: 200, body: { error: 'invalid_code' }, expected: { type: ZohoAuthError, code: 'invalid_code', reason: 'grant-failed', recoverable: false, retried: false } },
  { name: 'Accounts failing with 503 is a server error, not a refused grant', product: 'accounts', status: 503, body: { error: 'general_error', error_description: 'try later' }, expected: { type: ZohoError, code: 'general_error', retried: true } },
  { name: 'Accounts: the refresh throttle, a minute to wait', product: 'accounts', status: 400, body: { error: 'Access Denied', error_description: TOO_MANY }, expected: { type: ZohoAuthError, code: 'Access Denied', reason: 'throttled', recoverable: true, retryAfterMs: 60_000, retried: false } },
  { name: 'Accounts: the refresh throttle with Retry-After 30 s', product: 'accounts', status: 400, headers: { 'retry-after': '30' }, body: { error: 'Access Denied', error_description: TOO_MANY }, expected: { type: ZohoAuthError, code: 'Access Denied', reason: 'throttled', recoverable: true, retryAfterMs: 30_000, retried: false } },
];

/** The path each product's call uses; the fault matches only it (not a token refresh). */
const PATHS: Record<ServedRow['product'], string> = {
  crm: '/crm/v8/org',
  analytics: '/restapi/v2/orgs',
  creator: '/creator/v2.1/data/',
  desk: '/api/v1/organizations',
  accounts: '/oauth/v2/token',
};

describe('errors decoded through the transport, from simulator answers', () => {
  const USER = 'ana@example.com';
  let env: SimZoho;

  beforeAll(async () => {
    env = await simZoho({ users: [USER], transport: 'http', zoho: { retry: false } });
  });
  afterAll(async () => env.close());

  const call = (product: ServedRow['product']): Promise<unknown> => {
    const view = env.zoho.as(USER);
    switch (product) {
      case 'crm':
        return view.crm.api.GET('/crm/v8/org');
      case 'analytics':
        return view.analytics.organizations();
      case 'creator':
        return view.creator.api.GET('/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}', {
          params: { path: { account_owner_name: 'zylker', app_link_name: 'store', report_link_name: 'All_Orders' } },
        });
      case 'desk':
        return view.desk.organizations();
      case 'accounts':
        return env.zoho.authorize({ code: env.sim.createGrantCode({ clientId: env.clientId, user: 'ben@example.com' }), user: 'ben@example.com' });
    }
  };

  it.each(SERVED)('$name', async ({ product, status, body, headers, times = 1, expected }) => {
    const fault: Fault = { type: 'answer', status, body, ...(headers ? { headers } : {}) };
    const match: FaultMatch = { product, path: PATHS[product] };
    env.sim.clearFaults();
    env.sim.failNext(fault, { ...match, times });
    const error = await caught(() => call(product));
    env.sim.clearFaults();

    expect((error as Error).constructor).toBe(expected.type);
    const zohoError = error as ZohoError & { reason?: string; recoverable?: boolean; retryAfterMs?: number };
    expect(zohoError).toMatchObject({ product, status, code: expected.code });
    if (expected.reason !== undefined) expect(zohoError.reason).toBe(expected.reason);
    if (expected.recoverable !== undefined) expect(zohoError.recoverable).toBe(expected.recoverable);
    if (Array.isArray(expected.retryAfterMs)) {
      expect(zohoError.retryAfterMs).toBeGreaterThanOrEqual(expected.retryAfterMs[0]);
      expect(zohoError.retryAfterMs).toBeLessThanOrEqual(expected.retryAfterMs[1]);
    } else if ('retryAfterMs' in expected) {
      expect(zohoError.retryAfterMs).toBe(expected.retryAfterMs);
    }
    expect(zohoError.message.startsWith(`${product}: `)).toBe(true);
    expect(retryVerdict(DEFAULT_RETRY_POLICY, error, 1, true, () => 0.5).retry).toBe(expected.retried);
  });
});
