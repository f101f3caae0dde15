import {
  ZohoAuthError,
  ZohoConnectionError,
  ZohoError,
  ZohoRateLimitError,
  ZohoResponseError,
  type ZohoErrorOptions,
} from '../errors.js';
import type { RequestContext } from './handler.js';
import { readEnvelope, type EnvelopeError } from './error-envelope.js';
import { ReadResponse } from './read-response.js';
import { retryAfterMs } from './retry-after.js';
import type { Redactor } from './redact.js';

/**
 * What an answer means. Every answer that is not a usable success becomes a ZohoError, and
 * every thrown network failure a ZohoConnectionError, so nothing below openapi-fetch ever
 * sees an HTML page, a truncated body or a 200-with-error envelope: `await client.GET(...)`
 * either gives parsed data or throws one of our errors (never a TypeError/SyntaxError).
 * The attempt layer (attempt.ts) reads each answer and asks this module for the verdict.
 */

/** Content types of data handed over untouched, unread: downloads, exports, photos. */
export function isPassThrough(contentType: string): boolean {
  return PASS_THROUGH.test(contentType);
}

/** The error for a body whose connection died mid-way (reset, truncated chunked stream). */
export function bodyCutOff(response: Response, request: Request, context: RequestContext, redactor: Redactor, cause: unknown): ZohoConnectionError {
  return new ZohoConnectionError(`${context.product}: the response body was cut off (HTTP ${response.status})`, {
    ...errorBase(response, request, context, redactor, ''),
    cause,
  });
}

const EXCERPT_LENGTH = 300;
const PASS_THROUGH = /zip|octet-stream|csv|image\/|pdf|audio\/|video\/|ms-excel|spreadsheet|calendar/i;

/** The options every error of this module carries; built only when failing (redaction costs). */
function errorBase(response: Response, request: Request, context: RequestContext, redactor: Redactor, text: string): ZohoErrorOptions {
  return {
    bodyExcerpt: excerptOf(text, redactor),
    product: context.product,
    status: response.status,
    attempts: context.attempt,
    headers: headersOf(response),
    method: request.method,
    url: stripQuery(request.url),
    user: context.user,
  };
}

/** The verdict on a read body: the response to hand on, or the ZohoError it stands for. */
export function judge(
  response: Response,
  status: number,
  request: Request,
  context: RequestContext,
  redactor: Redactor,
  contentType: string,
  json: boolean,
  text: string,
  bytes: ArrayBuffer | undefined,
): Response {
  const base = (): ZohoErrorOptions => errorBase(response, request, context, redactor, text);
  const parsed = parseJson(text);

  if (status < 200 || status > 299) {
    const envelope = parsed.ok ? readEnvelope(context.product, parsed.value, status) : undefined;
    throw toError(envelope ?? { code: undefined, details: undefined, message: describeUnparsed(status, contentType, text) }, {
      ...base(),
    }, response, redactor);
  }

  if (!json && /html|xml/i.test(contentType)) {
    throw new ZohoResponseError(`${context.product}: expected JSON but got ${contentType.split(';')[0]} (HTTP ${status})`, base());
  }
  if (text.length === 0) {
    if (json) {
      throw new ZohoResponseError(`${context.product}: empty body with HTTP ${status}`, { ...base(), bodyExcerpt: '' });
    }
    return response.bodyUsed ? new Response(null, response) : response;
  }
  if (!parsed.ok) {
    // A body that is not JSON is data only when the caller accepts more than JSON (an
    // export, a CSV, a file): handed over byte for byte. On a JSON endpoint it is a proxy
    // or error page in disguise. (Bytes were kept only for a body not typed as JSON.)
    if (bytes && acceptsText(request) && !looksLikeJson(text)) return rebuilt(response, bytes);
    throw new ZohoResponseError(`${context.product}: malformed JSON (HTTP ${status}): ${parsed.problem}`, base());
  }
  if (typeof parsed.value !== 'object' || parsed.value === null) {
    throw new ZohoResponseError(`${context.product}: expected a JSON object but got ${parsed.value === null ? 'null' : typeof parsed.value}`, base());
  }
  const envelope = readEnvelope(context.product, parsed.value, status);
  if (envelope) throw toError(envelope, base(), response, redactor);
  return new ReadResponse(response, text, parsed.value);
}

/** The JSON body this layer parsed (without reading the body again), or undefined for any other answer. */
export function parsedBody(response: Response): unknown {
  return response instanceof ReadResponse ? response.value : undefined;
}

/** Accounts gives no Retry-After for its refresh throttle; a minute is what its message implies. */
const THROTTLE_WAIT_MS = 60_000;

/** Picks the error class: auth, then rate limit, then the plain ZohoError. */
function toError(envelope: EnvelopeError, base: ZohoErrorOptions, response: Response, redactor: Redactor): ZohoError {
  const options: ZohoErrorOptions = { ...base, code: envelope.code, details: envelope.details };
  const message = `${base.product}: ${redactor.redact(envelope.message)}`;
  const wait = retryAfterMs(response.headers);
  const auth = envelope.auth ?? (response.status === 401 ? 'token-rejected' : undefined);
  if (auth === 'throttled') {
    return new ZohoAuthError(message, { ...options, reason: auth, recoverable: true, retryAfterMs: wait ?? THROTTLE_WAIT_MS });
  }
  if (auth) return new ZohoAuthError(message, { ...options, reason: auth, retryAfterMs: wait });
  if (envelope.daily) {
    // A spent daily quota: not worth retrying before it resets.
    const resetAt = wait === undefined ? nextUtcMidnight(Date.now()) : new Date(Date.now() + wait);
    return new ZohoRateLimitError(message, { ...options, retryAfterMs: resetAt.getTime() - Date.now(), recoverable: false, resetAt });
  }
  if (envelope.rateLimited || response.status === 429) {
    return new ZohoRateLimitError(message, { ...options, retryAfterMs: wait, ...(wait === undefined ? {} : { resetAt: new Date(Date.now() + wait) }) });
  }
  return new ZohoError(message, options);
}

/**
 * Zoho's daily limits are per calendar day; without a Retry-After the next 00:00 UTC is the
 * earliest they can lift (for an org in a zone east of UTC it lifts earlier than this says).
 */
function nextUtcMidnight(now: number): Date {
  const day = new Date(now);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1));
}

type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

function parseJson(text: string): Parsed {
  if (text.length === 0) return { ok: false, problem: 'empty body' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // JSON.parse of a string throws nothing but a SyntaxError.
    return { ok: false, problem: (error as SyntaxError).message };
  }
}

function acceptsText(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return /text\/|\*\/\*/.test(accept) && !/^application\/json/.test(accept);
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

function describeUnparsed(status: number, contentType: string, text: string): string {
  if (text.length === 0) return `HTTP ${status} with an empty body`;
  return `HTTP ${status} with a ${contentType.split(';')[0] || 'untyped'} body that is not the product's error envelope`;
}

function rebuilt(response: Response, bytes: ArrayBuffer): Response {
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function excerptOf(text: string, redactor: Redactor): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
  return redactor.redact(cut);
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') out[key] = value;
  });
  return out;
}

export function stripQuery(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? url : url.slice(0, at);
}

/** Turns whatever fetch threw into a ZohoConnectionError, keeping ZohoErrors and aborts as they are. */
export function toConnectionError(error: unknown, request: Request, context: RequestContext, redactor: Redactor): unknown {
  if (error instanceof ZohoError) return error;
  // An aborted signal always has a reason (an AbortError DOMException when none was given).
  if (request.signal.aborted) return request.signal.reason;
  const code = networkCode(error);
  const detail = error instanceof Error ? redactor.redact(error.message) : 'unknown failure';
  return new ZohoConnectionError(`${context.product}: ${request.method} ${stripQuery(request.url)} failed: ${code ?? detail}`, {
    product: context.product,
    code,
    attempts: context.attempt,
    method: request.method,
    url: stripQuery(request.url),
    user: context.user,
    cause: error,
  });
}

/** undici puts the socket error's code on `cause`; msw and others on the error itself. */
export function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
