/**
 * The error tree. Every failure zohokit raises is a `ZohoError`, so one `catch` and
 * `instanceof` checks are enough:
 *
 *   ZohoError                  status, code, message, details, product, attempts, maybeApplied
 *   ├─ ZohoAuthError           token refused, grant code bad, refresh throttled
 *   ├─ ZohoRateLimitError      429 / product rate-limit codes, with retryAfterMs; recoverable
 *   │                          false for daily limits (Analytics 6043, Creator 4000), with resetAt
 *   ├─ ZohoConnectionError     the request never got an answer (reset, refused, DNS)
 *   │  └─ ZohoTimeoutError     our timeout fired
 *   ├─ ZohoResponseError       the answer could not be understood (HTML, truncated JSON, a body
 *   │                          whose shape breaks the spec: details.path names where)
 *   ├─ ZohoJobError            a server-side job (CRM bulk/mass, Analytics import/export,
 *   │                          Creator bulk read) failed, vanished, timed out or left no result
 *   ├─ ZohoWriteError          a write with `dieOnError` (or `record.save()`) had failed items;
 *   │                          carries every ItemResult, so the written part is not lost
 *   ├─ ZohoLimitError          refused before sending because Zoho would refuse it (search past
 *   │                          2,000 records, more than 10 criteria, a COQL offset past 100,000)
 *   │  └─ ZohoFileTooLargeError  a file over the product's size limit, caught before uploading
 *   ├─ ZohoConfigError         createZoho() was given a bad config; names the field
 *   └─ ZohoStoreError          a token store could not read or write
 *
 * Messages never contain secrets: the transport redacts bodies before they get here.
 */

import type { ItemFailure, ItemResult } from './item-result.js';

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
  /**
   * True when an attempt was sent and its answer lost (connection cut after sending, our
   * timeout): the request may have been carried out although this error says it failed.
   */
  maybeApplied = false;
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

/**
 * Zoho said "slow down": HTTP 429 or a product's rate-limit code. A per-minute or
 * concurrency limit is `recoverable` (the transport waits and retries); a daily limit
 * (Analytics 6043, Creator 4000) is not: nothing works again before `resetAt`, so it is
 * never retried.
 */
export class ZohoRateLimitError extends ZohoError {
  override name = 'ZohoRateLimitError';
  readonly retryAfterMs: number | undefined;
  /** False for limits that waiting a little will not lift (a daily quota spent). */
  readonly recoverable: boolean;
  /** When the limit lifts: from Retry-After when Zoho sends it, else (daily limits) the next 00:00 UTC. */
  readonly resetAt: Date | undefined;

  constructor(message: string, options: ZohoErrorOptions & { retryAfterMs?: number | undefined; recoverable?: boolean; resetAt?: Date | undefined } = {}) {
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

/**
 * Why a server-side job ended without a usable result: `failed` (Zoho says so: CRM
 * FAILURE/FAILED, Analytics jobCode 1003, Creator "Failed"), `not-found` (Analytics 1005:
 * no such job, or its result expired), `timeout` (still running when we stopped waiting),
 * `bad-result` (done, but the result is missing or unreadable).
 */
export type JobFailure = 'failed' | 'not-found' | 'timeout' | 'bad-result';

/** A job of any product ended badly; `product` says whose, `reason` how. */
export class ZohoJobError extends ZohoError {
  override name = 'ZohoJobError';
  readonly jobId: string;
  /** The job's last reported state, in the product's words (`FAILURE`, `ERROR OCCURRED`, `Failed`...). */
  readonly state: string | undefined;
  readonly reason: JobFailure;

  /** `code` defaults to the state, else the reason (Analytics passes its jobCode). */
  constructor(message: string, options: ZohoErrorOptions & { product: ZohoProduct; jobId: string; state: string | undefined; reason: JobFailure }) {
    super(message, { ...options, code: options.code ?? options.state ?? options.reason });
    this.jobId = options.jobId;
    this.state = options.state;
    this.reason = options.reason;
  }
}

/** The config given to createZoho() is invalid. `path` names the offending field. */
export class ZohoConfigError extends ZohoError {
  override name = 'ZohoConfigError';
  readonly path: string;

  constructor(path: string, problem: string, options: { cause?: unknown } = {}) {
    super(`Invalid zohokit config at "${path}": ${problem}`, options);
    this.path = path;
  }
}

/** A token store failed to read or write. The grant is not lost: the store said no. */
export class ZohoStoreError extends ZohoError {
  override name = 'ZohoStoreError';
}

/**
 * Thrown by writes with `dieOnError: true` (and by `record.save()`) when any item failed.
 * It carries every result, in input order, so the successful part is not lost.
 */
export class ZohoWriteError<Extra extends object = object> extends ZohoError {
  override name = 'ZohoWriteError';
  readonly results: ItemResult<Extra>[];
  /** The failed items, with their input positions; `applied: 'unknown'` ones may be stored. */
  readonly failures: { index: number; applied: false | 'unknown'; error: ItemFailure['error'] }[];
  /** How many items are known applied, known not applied, and unknown. */
  readonly applied: { true: number; false: number; unknown: number };

  /** `what` names the items in the message: `Leads records`, `notes`, `rows of Orders`. */
  constructor(what: string, results: ItemResult<Extra>[], options: { product: ZohoProduct }) {
    const failures = results.flatMap((result, index) => (result.ok ? [] : [{ index, applied: result.applied, error: result.error }]));
    const unknown = failures.filter((f) => f.applied === 'unknown').length;
    const first = failures[0];
    const where = first ? ` (first: input ${first.index}, ${first.error.code}${first.error.field ? ` on ${first.error.field}` : ''}: ${first.error.message})` : '';
    const unsure = unknown > 0 ? `; ${unknown} may have been written (applied: 'unknown')` : '';
    super(`${options.product}: ${failures.length} of ${results.length} ${what} were not written${unsure}${where}`, {
      product: options.product,
      code: first?.error.code,
      details: first?.error.details,
      status: first?.error.cause?.status,
    });
    this.results = results;
    this.failures = failures;
    this.applied = { true: results.length - failures.length, false: failures.length - unknown, unknown };
  }
}

/**
 * A request zohokit refuses before sending because Zoho would refuse it: more than 10
 * search conditions, a COQL offset past 100,000, more than 2,000 records through search.
 * `limit` is Zoho's limit and `requested` what was asked for.
 */
export class ZohoLimitError extends ZohoError {
  override name = 'ZohoLimitError';
  readonly limit: number;
  readonly requested: number;

  constructor(message: string, options: { limit: number; requested: number; product?: ZohoProduct; code?: string; details?: unknown }) {
    super(message, { product: options.product ?? 'crm', code: options.code ?? 'LIMIT_EXCEEDED', details: options.details ?? { limit: options.limit, requested: options.requested } });
    this.limit = options.limit;
    this.requested = options.requested;
  }
}

/**
 * A file over Zoho's size limit (CRM: 20 MB for an attachment, 10 MB for a record photo),
 * caught before anything was sent. Its code is CRM's own, `FILE_SIZE_MORE_THAN_ALLOWED_SIZE`,
 * so one check catches this and CRM's 413 alike. `limit` and `requested` are bytes.
 */
export class ZohoFileTooLargeError extends ZohoLimitError {
  override name = 'ZohoFileTooLargeError';
  /** The file's size in bytes; for a stream of unknown length, the bytes read before stopping. */
  readonly size: number;
  /** False when the source was a stream: `size` is then how far it got, not its length. */
  readonly sizeKnown: boolean;
  readonly fileName: string;

  constructor(options: { fileName: string; size: number; limit: number; sizeKnown: boolean; what: string; product?: ZohoProduct }) {
    const { fileName, size, limit } = options;
    const product = options.product ?? 'crm';
    const over = options.sizeKnown
      ? `is ${megabytes(size)} (${grouped(size)} bytes)`
      : `ran past ${megabytes(limit)} (${grouped(size)} bytes read before stopping)`;
    super(`${product}: the ${options.what} "${fileName}" ${over}, over ${PRODUCT_NAMES[product] ?? 'Zoho'}'s ${megabytes(limit)} limit (${grouped(limit)} bytes); nothing was uploaded`, {
      limit,
      requested: size,
      product,
      code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE',
      details: { size, limit, sizeKnown: options.sizeKnown },
    });
    this.size = size;
    this.sizeKnown = options.sizeKnown;
    this.fileName = fileName;
  }
}

const PRODUCT_NAMES: Partial<Record<ZohoProduct, string>> = { crm: 'Zoho CRM', analytics: 'Zoho Analytics', creator: 'Zoho Creator', desk: 'Zoho Desk' };

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
