import { delegateOnFirstUse } from './delegate-to-real.js';
import { SendInit } from './send-init.js';

/**
 * The request zohokit's clients build (openapi-fetch's `Request` option): a Request to
 * anyone who looks (`instanceof Request`, every property and method), but the undici
 * Request behind it is only built when something needs one.
 *
 * Why: in Node's fetch the dear part of a call is not the network but Request objects.
 * Each one creates an AbortSignal and copies its headers; handing one to `fetch` makes
 * undici build a second that follows the first one's signal; cloning one with a JSON body
 * tees its stream (~130 µs here). When the body is a value that can be read any number of
 * times (a string, bytes, a Blob, FormData), the transport sends `fetch(url, init)` instead,
 * exactly like a hand-written call, and resends the same request on retry without cloning.
 * scripts/bench/transport.ts measures the difference.
 */
export interface ZohoRequest extends Request {}

export class ZohoRequest {
  readonly url: string;
  readonly method: string;
  /** The init it was built from; its body is what gets sent. */
  readonly init: RequestInit;
  /**
   * The headers, signed in place by the auth layer and used by every send. A Headers given in
   * init becomes this request's own (a caller's object would see the signature). directCall's
   * headers stay a record of lower-case names (see SendInit) until someone asks for `headers`:
   * fetch reads a record for less than it copies a Headers, and the transport's own reads and
   * writes (setHeader, takeHeader below) need none.
   */
  #record: Record<string, string> | undefined;
  #headers: Headers | undefined;
  #real: Request | undefined;
  #signal: AbortSignal | undefined;

  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    complete();
    // The usual input is directCall's URL string: told apart without an instanceof.
    if (typeof input !== 'string' && input instanceof Request) {
      // Built from another Request (openapi-fetch never does): its body is a stream.
      init = { method: input.method, headers: input.headers, body: input.body, signal: input.signal, ...init };
      input = input.url;
    }
    this.url = typeof input === 'string' ? input : input.href;
    this.method = normaliseMethod(init.method);
    if (init instanceof SendInit) this.#record = init.headers;
    // openapi-fetch builds a fresh Headers per call: adopt it rather than copy it.
    else this.#headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.init = init;
  }

  get headers(): Headers {
    if (this.#headers === undefined) {
      this.#headers = new Headers(this.#record);
      this.#record = undefined;
    }
    return this.#headers;
  }

  /** The headers while they are still directCall's record (see setHeader, takeHeader), else undefined. */
  get headerRecord(): Record<string, string> | undefined {
    return this.#record;
  }

  /** The caller's signal, or a fresh one that never fires (made only if someone asks). */
  get signal(): AbortSignal {
    return this.init.signal ?? (this.#signal ??= new AbortController().signal);
  }

  get body(): Request['body'] {
    return this.init.body === undefined || this.init.body === null ? null : this.real().body;
  }

  get bodyUsed(): boolean {
    return this.#real?.bodyUsed ?? false;
  }

  clone(): Request {
    return isReusableBody(this.init.body) ? this.copyTo(this.url) : this.real().clone();
  }

  /** A copy at `url` with headers of its own (the auth layer signs each copy separately); the body must be reusable. */
  copyTo(url: string): ZohoRequest {
    const { init } = this;
    if (this.#record && init instanceof SendInit) {
      return new ZohoRequest(url, new SendInit(init.method, { ...this.#record }, init.body, init.redirect, init.signal) as RequestInit);
    }
    return new ZohoRequest(url, { ...init, method: this.method, headers: new Headers(this.headers) });
  }

  /** The standard Request, built once, for whoever needs the real thing. */
  real(): Request {
    return (this.#real ??= new Request(this.url, {
      ...this.init,
      method: this.method,
      headers: this.headers,
      signal: this.signal,
      ...(isReusableBody(this.init.body) ? {} : { duplex: 'half' }),
    } as RequestInit));
  }
}

// Everything else a Request has (cache, mode, redirect, text(), json()...) comes from the real one.
const complete = delegateOnFirstUse(ZohoRequest, () => Request);

/**
 * The init to send `request` once more without reading its body, or undefined when that
 * is impossible: it is not a ZohoRequest, or its body is a one-shot stream.
 */
export function resendInit(request: Request): RequestInit | undefined {
  if (!isResendable(request)) return undefined;
  const { init } = request;
  // directCall builds its init with the headers the request adopted and its method, or none
  // for GET (fetch's default, and the request's method then): sent as it is.
  const headers = request.headerRecord ?? request.headers;
  return init.headers === headers && (init.method === undefined || init.method === request.method) ? init : { ...init, method: request.method, headers };
}

/** Whether the transport can send `request` any number of times without reading its body. */
export function isResendable(request: Request): request is ZohoRequest {
  return request instanceof ZohoRequest && isReusableBody(request.init.body);
}

/** The signal the caller gave, without making one where there is none. */
export function callerSignal(request: Request): AbortSignal | undefined {
  if (request instanceof ZohoRequest) return request.init.signal ?? undefined;
  return request.signal;
}

/** What to give a fetch that takes Requests: a fresh one when ours must stay unread. */
export function standardRequest(request: Request): Request {
  if (!(request instanceof ZohoRequest)) return request;
  const init = resendInit(request);
  return init ? new Request(request.url, init) : request.real();
}

/** Same request, new URL (the token's api_domain), keeping a reusable body reusable. */
export function withUrl(request: Request, url: string): Request {
  if (isResendable(request)) return request.copyTo(url);
  const real = request instanceof ZohoRequest ? request.real() : request;
  return new Request(url, {
    method: real.method,
    headers: real.headers,
    body: real.body,
    signal: real.signal,
    duplex: 'half',
  } as RequestInit);
}

/** Sets a header (a lower-case name) on any Request, without building a Headers for one of ours. */
export function setHeader(request: Request, name: string, value: string): void {
  const record = request instanceof ZohoRequest ? request.headerRecord : undefined;
  if (record) record[name] = value;
  else request.headers.set(name, value);
}

/** Reads and removes a header (a lower-case name) of any Request; null when it is not set. */
export function takeHeader(request: Request, name: string): string | null {
  const record = request instanceof ZohoRequest ? request.headerRecord : undefined;
  if (!record) {
    const value = request.headers.get(name);
    if (value !== null) request.headers.delete(name);
    return value;
  }
  const value = record[name];
  if (value === undefined) return null;
  delete record[name];
  return value;
}

function isReusableBody(body: RequestInit['body']): boolean {
  return (
    body === undefined ||
    body === null ||
    typeof body === 'string' ||
    body instanceof Blob ||
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}

const STANDARD_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/** As the Fetch standard does: the standard methods are upper-cased, others kept. */
function normaliseMethod(method: string | undefined): string {
  if (method === undefined) return 'GET';
  if (STANDARD_METHODS.has(method)) return method; // as openapi-fetch sends them: upper case already
  const upper = method.toUpperCase();
  return STANDARD_METHODS.has(upper) ? upper : method;
}
