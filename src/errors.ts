/**
 * The error tree. Every failure zohokit raises is a `ZohoError`, so one `catch` and
 * `instanceof` checks are enough:
 *
 *   ZohoError                  status, code, message, details, product, attempts
 *   ├─ ZohoAuthError           token refused, grant code bad, refresh throttled
 *   ├─ ZohoRateLimitError      429 / product rate-limit codes, with retryAfterMs
 *   ├─ ZohoConnectionError     the request never got an answer (reset, refused, DNS)
 *   │  └─ ZohoTimeoutError     our timeout fired
 *   ├─ ZohoResponseError       the answer could not be understood (HTML, truncated JSON...)
 *   ├─ ZohoConfigError         createZoho() was given a bad config; names the field
 *   └─ ZohoStoreError          a token store could not read or write
 *
 * Messages never contain secrets: the transport redacts bodies before they get here.
 */

export type ZohoProduct = 'accounts' | 'crm' | 'analytics' | 'creator' | 'desk' | 'zohokit';

export interface ZohoErrorOptions {
  product?: ZohoProduct;
  status?: number | undefined;
  code?: string | number | undefined;
  details?: unknown;
  attempts?: number;
  headers?: Record<string, string> | undefined;
  /** A short, redacted excerpt of the response body. */
  bodyExcerpt?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  user?: string | undefined;
  cause?: unknown;
}

export class ZohoError extends Error {
  override name = 'ZohoError';
  readonly product: ZohoProduct;
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The product's own error code (`INVALID_DATA`, 7092, `invalid_code`...). */
  readonly code: string | number | undefined;
  /** The product's error details, as sent (e.g. CRM's `{ api_name, json_path }`). */
  readonly details: unknown;
  /** How many times the request was sent before giving up. */
  attempts: number;
  readonly headers: Record<string, string> | undefined;
  readonly bodyExcerpt: string | undefined;
  readonly method: string | undefined;
  /** The request URL without its query string (queries may carry secrets). */
  readonly url: string | undefined;
  /** The zohokit user the request ran as. */
  readonly user: string | undefined;

  constructor(message: string, options: ZohoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.product = options.product ?? 'zohokit';
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
    this.attempts = options.attempts ?? 1;
    this.headers = options.headers;
    this.bodyExcerpt = options.bodyExcerpt;
    this.method = options.method;
    this.url = options.url;
    this.user = options.user;
  }
}

/**
 * Why authentication failed:
 * - `token-rejected`: a product refused the access token (CRM INVALID_TOKEN, Analytics 8535,
 *   Creator 1030, Desk INVALID_OAUTH). The transport refreshes and replays once.
 * - `grant-failed` / `refresh-failed`: Accounts refused the code or the refresh token.
 * - `throttled`: Accounts' "too many requests": wait `retryAfterMs`, then it works again.
 * - `no-token`: nothing is stored for this user; call `zoho.authorize()` first.
 * - `forbidden`: the token is valid but lacks the scope or permission.
 */
export type AuthFailure = 'token-rejected' | 'grant-failed' | 'refresh-failed' | 'throttled' | 'no-token' | 'forbidden';

/** The token was refused, or a grant/refresh failed. */
export class ZohoAuthError extends ZohoError {
  override name = 'ZohoAuthError';
  readonly reason: AuthFailure;
  /** True when waiting and trying again may work (Accounts' "too many requests"). */
  readonly recoverable: boolean;
  /** How long to wait before a recoverable failure is worth retrying. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: ZohoErrorOptions & { reason: AuthFailure; recoverable?: boolean; retryAfterMs?: number | undefined },
  ) {
    super(message, options);
    this.reason = options.reason;
    this.recoverable = options.recoverable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Zoho said "slow down": HTTP 429 or a product's rate-limit code. */
export class ZohoRateLimitError extends ZohoError {
  override name = 'ZohoRateLimitError';
  readonly retryAfterMs: number | undefined;
  /** False when waiting a little will not help: the org's credits for the window are spent. */
  readonly recoverable: boolean;
  /** When the spent window ends (ms since the epoch), for an unrecoverable one. */
  readonly resetAt: number | undefined;

  constructor(message: string, options: ZohoErrorOptions & { retryAfterMs?: number | undefined; recoverable?: boolean; resetAt?: number | undefined } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    this.recoverable = options.recoverable ?? true;
    this.resetAt = options.resetAt;
  }
}

/** No answer arrived: connection refused or reset, DNS failure, aborted socket. */
export class ZohoConnectionError extends ZohoError {
  override name = 'ZohoConnectionError';
}

/** zohokit's own timeout fired before an answer arrived. */
export class ZohoTimeoutError extends ZohoConnectionError {
  override name = 'ZohoTimeoutError';
}

/** An answer arrived but is not what the product sends: HTML, empty, truncated, wrong type. */
export class ZohoResponseError extends ZohoError {
  override name = 'ZohoResponseError';
}

/** The config given to createZoho() is invalid. `path` names the offending field. */
export class ZohoConfigError extends ZohoError {
  override name = 'ZohoConfigError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`Invalid zohokit config at "${path}": ${problem}`);
    this.path = path;
  }
}

/** A token store failed to read or write. The grant is not lost: the store said no. */
export class ZohoStoreError extends ZohoError {
  override name = 'ZohoStoreError';
}
