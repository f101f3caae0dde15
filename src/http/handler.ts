import type { ZohoProduct } from '../errors.js';
import { withSignal } from './send-init.js';
import { isResendable, resendInit, standardRequest, takeHeader } from './zoho-request.js';

/**
 * What travels with one request through the transport. It is created per call, so two
 * users' requests never share one: there is no "current user" anywhere else.
 */
export interface RequestContext {
  readonly product: ZohoProduct;
  /** The zohokit user whose token signs the request. */
  readonly user: string | undefined;
  /** 1 for the first send; the retry layer counts up. */
  attempt: number;
  /**
   * Whether the request may be sent twice. Defaults from the method (GET, PUT, DELETE...);
   * a caller can mark a POST safe (the OAuth refresh grant) or an operation unsafe.
   */
  readonly idempotent?: boolean | undefined;
  /**
   * Set by the attempt layer: the signal the final fetch must obey (the caller's signal and
   * the timer). Passed to fetch as init rather than by rebuilding the Request: building
   * Requests is the dearest thing a transport does.
   */
  signal?: AbortSignal | undefined;
}

/**
 * A request's first context. Every field is set, signal included, so each context has one
 * shape whoever creates it and the layers that write to it (attempt, retry) do not change it.
 */
export function requestContext(product: ZohoProduct, user: string | undefined, idempotent?: boolean): RequestContext {
  return { product, user, attempt: 1, idempotent, signal: undefined };
}

/** One step of the transport: takes a request, answers with a response or throws a ZohoError. */
export type Handler = (request: Request, context: RequestContext) => Promise<Response>;

/** A transport layer wraps the next handler, like Koa/undici interceptors. */
export type Layer = (next: Handler) => Handler;

/** The plain `fetch` we end with; injectable so tests and the simulator can stand in. */
export type FetchFn = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * Wraps layers around `fetch`, outermost first, so the list reads in request order.
 * Without a `fetch`, the global one is used (looked up per call, so msw and other
 * interceptors that patch it still see our requests).
 */
export function compose(layers: readonly Layer[], fetch?: FetchFn): Handler {
  return layers.reduceRight<Handler>((next, layer) => layer(next), fetch ? viaFetchFn(fetch) : viaGlobalFetch);
}

/**
 * The global fetch takes the URL and init, not the Request: undici would otherwise build a
 * second Request following the first one's signal, the largest single cost of a call.
 */
const viaGlobalFetch: Handler = (request, context) => {
  const init = resendInit(request);
  if (init) return fetch(request.url, context.signal ? withSignal(init, context.signal) : init);
  const sent = standardRequest(request);
  return context.signal ? fetch(sent, { signal: context.signal }) : fetch(sent);
};

/** A given fetch gets a standard Request, as its type promises. */
function viaFetchFn(fetchFn: FetchFn): Handler {
  return (request, context) => {
    const sent = standardRequest(request);
    return context.signal ? fetchFn(sent, { signal: context.signal }) : fetchFn(sent);
  };
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * A request that may be sent again as it is. The terminal never reads the body of a request
 * with a reusable init (see ZohoRequest), and without a body nothing is consumed, so only
 * one-shot stream bodies need a clone per attempt.
 */
export function resendable(request: Request): Request {
  return isResendable(request) || request.body === null ? request : request.clone();
}

/**
 * The header by which an entity marks one request safe (or unsafe) to send twice, e.g. a
 * CRM upsert by sync key is a POST that may be repeated, a create is not. The transport
 * reads it and takes it off before the request leaves: it is ours, not Zoho's.
 */
export const IDEMPOTENT_HEADER = 'x-zohokit-idempotent';

/** The request headers that mark a request idempotent or not, for openapi-fetch's `headers`. */
export function idempotentHeader(idempotent: boolean): { [IDEMPOTENT_HEADER]: string } {
  return { [IDEMPOTENT_HEADER]: idempotent ? 'true' : 'false' };
}

/**
 * Whether the request may be sent twice: the context's say, else the entity's mark (which
 * is removed here), else the method. Called once per request, by the outermost layer.
 */
export function takeIdempotence(request: Request, context: RequestContext): boolean {
  const mark = takeHeader(request, IDEMPOTENT_HEADER);
  return context.idempotent ?? (mark === null ? IDEMPOTENT_METHODS.has(request.method) : mark === 'true');
}
