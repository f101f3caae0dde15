import type { ZohoProduct } from '../errors.js';
import { productError } from './products.js';

/** The ways an answer can be broken; each one a real failure seen from proxies or Zoho. */
export const MALFORMED_KINDS = [
  'html-200', // a login or maintenance page served with 200
  'html-502', // a gateway error page
  'empty-200', // JSON content type, no body
  'truncated-json', // the body stops mid-object
  'xml-200', // wrong content type altogether
  'json-null', // valid JSON, but not an object
  'json-string', // valid JSON, but a bare string
  'empty-500', // server error with no body
  'text-200', // text/plain prose where JSON was due
  'invalid-utf8', // JSON content type, bytes that are not text
  'unknown-envelope-400', // JSON error in no product's shape
  'body-reset', // the connection dies after the headers
  'error-envelope-200', // CRM's error envelope with HTTP 200, as a failing proxy passes it on
  'data-not-array', // {"data": "not-an-array"}: the right key, the wrong type
  'data-items-not-objects', // {"data": [1, 2, null]}: an array, but not of records
  'data-null', // {"data": null}
  'json-array', // a bare array where an object is due
  'json-number', // a bare number
  'json-boolean', // a bare boolean
  'empty-object', // {}: valid JSON, none of the keys the operation promises
  'html-404', // a proxy's "not found" page
  'html-503', // a maintenance page with 503
  'empty-429', // a bare 429 from a gateway, no body
  'json-nan', // JSON with NaN in it: not JSON
  'trailing-garbage', // a valid object followed by junk
  'html-no-content-type', // an HTML page without a content type
] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

/** A one-shot fault, applied to the next matching request(s). */
export type Fault =
  | { type: 'rate-limit'; retryAfterSeconds?: number }
  | { type: 'status'; status: number }
  | { type: 'reset' }
  /**
   * The request is carried out (a write is stored), then the connection drops before the
   * answer: the client cannot tell this from 'reset', which is why writes reconcile.
   */
  | { type: 'reset-after-apply' }
  /** The product's own "invalid token" answer, whatever token was sent. */
  | { type: 'auth' }
  /** The product's "daily limit reached": Analytics 6043, Creator 4000 (HTTP 200); others a 429. */
  | { type: 'daily-limit' }
  | { type: 'malformed'; kind: MalformedKind }
  /**
   * This answer, verbatim: a documented error body none of the faults above makes, for
   * tests of how each product's answers are decoded. A string or bytes are sent as they
   * are; anything else as JSON.
   */
  | { type: 'answer'; status: number; body: unknown; headers?: Record<string, string> };

export interface FaultMatch {
  product?: ZohoProduct;
  method?: string;
  /** Matches when the path contains this text. */
  path?: string;
}

/** Standing fault settings; change them at any time through `sim.faults`. */
export interface FaultSettings {
  /** The least time every answer takes, in ms: a server's response time, the work included. */
  latencyMs: number;
  /** Share of requests (0..1) answered with `errorStatus`. */
  errorRate: number;
  errorStatus: number;
  /** Requests in flight past this get the product's 429. Infinity = no limit. */
  concurrencyLimit: number;
  /**
   * A seeded mix of faults: each matching request draws once (from the simulator's seeded
   * random) and gets the first entry whose share it falls in. Shares add up to at most 1.
   */
  mix: readonly FaultShare[];
}

/** One fault of a mix: `rate` (0..1) of the requests that match get it. */
export interface FaultShare {
  fault: Fault;
  rate: number;
  match?: FaultMatch;
}

export const DEFAULT_FAULTS: FaultSettings = { latencyMs: 0, errorRate: 0, errorStatus: 500, concurrencyLimit: Infinity, mix: [] };

/** Marks an answer that must be a dropped connection rather than a response. */
export const CONNECTION_RESET = Symbol('connection reset');
export type SimAnswer = Response | typeof CONNECTION_RESET;

export interface QueuedFault {
  fault: Fault;
  remaining: number;
  match: FaultMatch;
}

export function matches(match: FaultMatch, request: Request, product: ZohoProduct): boolean {
  if (match.product && match.product !== product) return false;
  if (match.method && match.method.toUpperCase() !== request.method) return false;
  if (match.path && !new URL(request.url).pathname.includes(match.path)) return false;
  return true;
}

/** The fault of the mix `draw` (0..1) falls in for this request, if any. */
export function fromMix(mix: readonly FaultShare[], draw: number, request: Request, product: ZohoProduct): Fault | undefined {
  let from = 0;
  for (const share of mix) {
    if (share.match && !matches(share.match, request, product)) continue;
    if (draw >= from && draw < from + share.rate) return share.fault;
    from += share.rate;
  }
  return undefined;
}

export function answerFault(fault: Fault, product: ZohoProduct): SimAnswer {
  switch (fault.type) {
    case 'reset':
    case 'reset-after-apply': // the simulator core carries the request out first
      return CONNECTION_RESET;
    case 'auth':
      return productError(product, 'auth');
    case 'daily-limit':
      return dailyLimit(product);
    case 'rate-limit':
      return productError(product, 'rate-limit', { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
    case 'status': {
      const answer = productError(product, 'server');
      return new Response(answer.body, { status: fault.status, headers: answer.headers });
    }
    case 'malformed':
      return malformed(fault.kind);
    case 'answer': {
      const raw = typeof fault.body === 'string' || fault.body instanceof Uint8Array;
      const body = raw ? (fault.body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(fault.body);
      // 204 and 304 may carry no body at all (a Response refuses even an empty one).
      const none = fault.status === 204 || fault.status === 304;
      return new Response(none ? null : body, { status: fault.status, headers: { ...(raw || none ? {} : { 'content-type': 'application/json;charset=UTF-8' }), ...fault.headers } });
    }
  }
}

function dailyLimit(product: ZohoProduct): Response {
  if (product === 'analytics') {
    return json(JSON.stringify({ status: 'failure', summary: 'LIMIT_EXCEEDED', data: { errorCode: 6043, errorMessage: 'The API units allotted for the day have been used up.' } }), 400);
  }
  if (product === 'creator') return json(JSON.stringify({ code: 4000, message: 'Developer API limit reached for the day.' }), 200);
  return productError(product, 'rate-limit', { 'retry-after': '86400' });
}

function json(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

function malformed(kind: MalformedKind): Response {
  const html = '<!DOCTYPE html><html><head><title>Zoho</title></head><body><h1>Service temporarily unavailable</h1></body></html>';
  switch (kind) {
    case 'html-200':
      return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    case 'html-502':
      return new Response(html, { status: 502, headers: { 'content-type': 'text/html' } });
    case 'empty-200':
      return new Response('', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'truncated-json':
      return new Response('{"data":[{"id":"4150868000001","Last_Name":"Tru', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'xml-200':
      return new Response('<?xml version="1.0"?><response><error>unexpected</error></response>', { status: 200, headers: { 'content-type': 'application/xml' } });
    case 'json-null':
      return new Response('null', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'json-string':
      return new Response('"ok"', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'empty-500':
      return new Response('', { status: 500 });
    case 'text-200':
      return new Response('Request could not be processed, please try again', { status: 200, headers: { 'content-type': 'text/plain' } });
    case 'invalid-utf8':
      return new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x22, 0x7d]), { status: 200, headers: { 'content-type': 'application/json' } });
    case 'unknown-envelope-400':
      return new Response('{"unexpected":{"shape":true}}', { status: 400, headers: { 'content-type': 'application/json' } });
    case 'error-envelope-200':
      return json('{"code":"INTERNAL_ERROR","details":{},"message":"Internal Server Error","status":"error"}', 200);
    case 'data-not-array':
      return json('{"data":"not-an-array"}', 200);
    case 'data-items-not-objects':
      return json('{"data":[1,2,null]}', 200);
    case 'data-null':
      return json('{"data":null}', 200);
    case 'json-array':
      return json('[{"id":"1"}]', 200);
    case 'json-number':
      return json('42', 200);
    case 'json-boolean':
      return json('true', 200);
    case 'empty-object':
      return json('{}', 200);
    case 'html-404':
      return new Response(html, { status: 404, headers: { 'content-type': 'text/html' } });
    case 'html-503':
      return new Response(html, { status: 503, headers: { 'content-type': 'text/html' } });
    case 'empty-429':
      return new Response(null, { status: 429 });
    case 'json-nan':
      return json('{"data":[{"id":NaN}]}', 200);
    case 'trailing-garbage':
      return json('{"data":[]}<!-- cache 3 -->', 200);
    case 'html-no-content-type':
      return new Response(new TextEncoder().encode(html), { status: 200 });
    case 'body-reset': {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":[{"id":"1"'));
          controller.error(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    }
  }
}
