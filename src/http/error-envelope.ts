import type { ZohoProduct } from '../errors.js';
import type { AuthFailure } from '../errors.js';

/**
 * The one place that knows each product's error envelope. Given a parsed body (and the
 * status), it says whether the answer is an error and, if so, its code, message and details.
 * Several products answer errors with HTTP 200, so the status alone never decides.
 */
export interface EnvelopeError {
  code: string | number | undefined;
  message: string;
  details: unknown;
  /** Set when the error means "authentication failed", and how. */
  auth?: AuthFailure;
  /** Set when the error means "slow down". */
  rateLimited?: boolean;
  /** Set when the limit is a daily quota: waiting minutes will not lift it. */
  daily?: boolean;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// CRM: {code, details, message, status: "error"}; batch endpoints may wrap per-item errors
// in {data: [...]} when every item failed with a 4xx.
const CRM_AUTH: Record<string, AuthFailure> = {
  INVALID_TOKEN: 'token-rejected',
  AUTHENTICATION_FAILURE: 'token-rejected',
  OAUTH_SCOPE_MISMATCH: 'forbidden',
  NO_PERMISSION: 'forbidden',
};

function crm(body: unknown, status: number): EnvelopeError | undefined {
  if (!isObject(body)) return undefined;
  // A 2xx is an error only when the body itself is Zoho's envelope ({"code":"INTERNAL_ERROR",
  // "status":"error"}), seen from CRM behind a failing proxy; per-item errors in `data` are results.
  if (status < 400 && !(body['status'] === 'error' && typeof body['code'] === 'string')) return undefined;
  const item = Array.isArray(body['data']) && isObject(body['data'][0]) ? body['data'][0] : body;
  const code = text(item['code']);
  return withClass({
    code,
    message: text(item['message']) ?? `CRM answered HTTP ${status}`,
    details: Array.isArray(body['data']) ? body['data'] : item['details'],
  }, code === undefined ? undefined : CRM_AUTH[code], code === 'TOO_MANY_REQUESTS');
}

// Analytics: {status: "failure", summary, data: {errorCode, errorMessage}}.
const ANALYTICS_AUTH: Record<number, AuthFailure> = { 8535: 'token-rejected', 8518: 'forbidden' };
// 6045: more requests in a minute than the API frequency limits allow (DML 100, BULK 40,
// METADATA 60, 100 overall). 6043: the org's daily API units are spent; nothing works again
// until the next day, so it is a rate limit that is not recoverable by waiting.
const ANALYTICS_RATE_LIMIT = new Set([6045, 6043]);
const ANALYTICS_DAILY = new Set([6043]);

function analytics(body: unknown, status: number): EnvelopeError | undefined {
  if (!isObject(body) || (body['status'] !== 'failure' && status < 400)) return undefined;
  const data = isObject(body['data']) ? body['data'] : {};
  const code = typeof data['errorCode'] === 'number' ? data['errorCode'] : undefined;
  return withClass({
    code,
    message: text(data['errorMessage']) ?? text(body['summary']) ?? `Analytics answered HTTP ${status}`,
    details: data,
  }, code === undefined ? undefined : ANALYTICS_AUTH[code], code !== undefined && ANALYTICS_RATE_LIMIT.has(code), code !== undefined && ANALYTICS_DAILY.has(code));
}

// Creator: {code, message|description, error?}; code 3000 is success, anything else an
// error even when the HTTP status is 200 (4000 daily limit, 3960/3970 record limits...).
const CREATOR_AUTH: Record<number, AuthFailure> = { 1030: 'token-rejected', 2945: 'forbidden' };
// 2955: the per-minute limit (HTTP 429, not processed); 4000: the plan's daily limit (HTTP 200).
const CREATOR_RATE_LIMIT = new Set([2955, 4000]);
const CREATOR_DAILY = new Set([4000]);

function creator(body: unknown, status: number): EnvelopeError | undefined {
  if (!isObject(body)) return undefined;
  const code = typeof body['code'] === 'number' ? body['code'] : undefined;
  if (code === undefined ? status < 400 : code === 3000) return undefined;
  return withClass({
    code,
    message: text(body['message']) ?? text(body['description']) ?? `Creator answered code ${code ?? status}`,
    details: body['error'] ?? body['data'],
  }, code === undefined ? undefined : CREATOR_AUTH[code], (code !== undefined && CREATOR_RATE_LIMIT.has(code)) || status === 429, code !== undefined && CREATOR_DAILY.has(code));
}

// Desk: {errorCode, message, errors: [{fieldName, errorType}]}; `errors` (the faulty fields
// of INVALID_DATA / UNPROCESSABLE_ENTITY) becomes `details`. SCOPE_MISMATCH (token lacks the
// scope) and OAUTH_ORG_MISMATCH (token made for another org) are Desk's documented refusals
// of a valid token: a refresh would not help.
const DESK_AUTH: Record<string, AuthFailure> = {
  INVALID_OAUTH: 'token-rejected',
  UNAUTHORIZED: 'forbidden',
  FORBIDDEN: 'forbidden',
  SCOPE_MISMATCH: 'forbidden',
  OAUTH_ORG_MISMATCH: 'forbidden',
};

function desk(body: unknown, status: number): EnvelopeError | undefined {
  if (status < 400 || !isObject(body)) return undefined;
  const code = text(body['errorCode']);
  return withClass({
    code,
    message: text(body['message']) ?? `Desk answered HTTP ${status}`,
    details: body['errors'],
  }, code === undefined ? undefined : DESK_AUTH[code], code === 'TOO_MANY_REQUESTS' || code === 'RATE_LIMIT_EXCEEDED');
}

// Accounts: {error, error_description?}, with HTTP 200 or 400.
function accounts(body: unknown, status: number): EnvelopeError | undefined {
  if (!isObject(body) || (text(body['error']) === undefined && status < 400)) return undefined;
  const code = text(body['error']);
  const description = text(body['error_description']);
  // "Access Denied" + "too many requests" is Zoho's refresh throttle: it passes with time.
  const throttled = code === 'Access Denied' && /too many requests/i.test(description ?? '');
  const error: EnvelopeError = {
    code,
    message: description ? `${code ?? 'error'}: ${description}` : (code ?? `Accounts answered HTTP ${status}`),
    details: undefined,
  };
  // Accounts refuses a grant with 200 or 400. A 5xx is Accounts failing, whatever its body
  // says: not a verdict on the grant (a revoke must not take it for "token already gone").
  if (throttled) error.auth = 'throttled';
  else if (status < 500) error.auth = 'grant-failed';
  return error;
}

function withClass(error: EnvelopeError, auth: AuthFailure | undefined, rateLimited: boolean, daily = false): EnvelopeError {
  if (auth) error.auth = auth;
  if (rateLimited) error.rateLimited = true;
  if (daily) error.daily = true;
  return error;
}

const READERS: Record<ZohoProduct, (body: unknown, status: number) => EnvelopeError | undefined> = {
  accounts,
  crm,
  analytics,
  creator,
  desk,
  zohokit: () => undefined,
};

export function readEnvelope(product: ZohoProduct, body: unknown, status: number): EnvelopeError | undefined {
  return READERS[product](body, status);
}
