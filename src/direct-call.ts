import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  mergeHeaders,
  removeTrailingSlash,
  type HeadersOptions,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from 'openapi-fetch';
import { ReadResponse } from './http/read-response.js';
import { SendInit } from './http/send-init.js';
import { ZohoRequest } from './http/zoho-request.js';

/** What openapi-fetch's methods take as their second argument, as far as we read it. */
export type CallInit = { readonly [key: string]: unknown } | undefined;

/** The call about to be sent: what the shape check needs to know. */
export interface Operation {
  method: string;
  /** The path template, as in spec/ (`/crm/v8/{module_api_name}`). */
  path: string;
  parseAs: string;
}

/** What openapi-fetch's methods answer: `data` on success, `error` otherwise, and the response. */
export type CallResult = { data?: unknown; error?: unknown; response: Response };

type BodySerializer = (body: unknown, headers?: Headers) => BodyInit;
type Params = { query?: Record<string, unknown>; path?: Record<string, unknown>; header?: HeadersOptions };

/**
 * One openapi-fetch call without its middleware machinery, for a client that has none: the
 * same URL, headers, body and answer as openapi-fetch's own (built with its exported
 * serializers, so its conventions are kept by construction), minus what only middleware
 * needs. openapi-fetch's core pays for middleware on every call whether or not any is set:
 * an async frame per hook point, the options copied three times, a query serializer built
 * per call, and, for a JSON answer, a second read of the body. With ReadResponse, this took
 * a call without a timeout from 205 to 187 µs of client CPU on localhost, against plain
 * fetch's 166 (scripts/bench/transport.ts); test/foundation/direct-call.test.ts holds this
 * core to openapi-fetch's answers.
 *
 * A call with its own `fetch`, `Request` or `middleware` is not for this core: the product
 * client hands those to openapi-fetch itself.
 */
export function directCall(options: {
  baseUrl: string;
  headers: HeadersOptions | undefined;
  send: (request: Request) => Promise<Response>;
  /** Looks at each answer before it is read (the shape check): throws, or answers the response to read. */
  check: (response: Response, request: Request, operation: Operation) => Response;
}): (method: string, path: string, init: CallInit) => Promise<CallResult> {
  const baseUrl = removeTrailingSlash(options.baseUrl);
  const baseHeaders = options.headers;
  const baseRecord = recordOf(mergeHeaders(baseHeaders));
  const defaultQuerySerializer = createQuerySerializer();
  return (method, path, init) => {
    let request: Request;
    let parseAs: string;
    try {
      const call = (init ?? NO_OPTIONS) as {
        baseUrl?: string;
        headers?: HeadersOptions;
        params?: Params;
        parseAs?: string;
        querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
        bodySerializer?: BodySerializer;
        pathSerializer?: PathSerializer;
        body?: unknown;
        signal?: AbortSignal | null;
        redirect?: RequestRedirect;
        [key: string]: unknown;
      };
      // Read by name, not with a rest pattern: that copies the options into a new object per call.
      const { baseUrl: callBaseUrl, headers, body } = call;
      const params = call.params ?? NO_PARAMS;
      const querySerializer = call.querySerializer ?? defaultQuerySerializer;
      const bodySerializer = call.bodySerializer ?? defaultBodySerializer;
      const pathSerializer = call.pathSerializer ?? defaultPathSerializer;
      parseAs = call.parseAs ?? 'json';
      // A call with no parameters and the default serializer (the org, a settings list) is
      // the base URL and the path: createFinalURL would serialize an empty query to say so.
      const url =
        params.path === undefined && params.query === undefined && querySerializer === defaultQuerySerializer && callBaseUrl === undefined
          ? baseUrl + path
          : createFinalURL(path, {
              baseUrl: callBaseUrl ? removeTrailingSlash(callBaseUrl) : baseUrl,
              params,
              querySerializer: typeof querySerializer === 'function' ? querySerializer : createQuerySerializer(querySerializer),
              pathSerializer,
            });
      // As openapi-fetch: the serializer sees every header (a form content type picks the
      // encoding), and JSON is the content type a body gets unless a header says otherwise.
      const serialized = body === undefined ? undefined : bodySerializer(body, mergeHeaders(baseHeaders, headers, params.header));
      const json = serialized !== undefined && !(serialized instanceof FormData);
      // A record of lower-case names (see ZohoRequest). The usual call adds no header of its
      // own and copies the client's, read once; a call's own go through mergeHeaders, which
      // checks and trims their values as Headers does.
      const finalHeaders =
        headers === undefined && params.header === undefined
          ? json
            ? { 'content-type': 'application/json', ...baseRecord }
            : { ...baseRecord }
          : recordOf(mergeHeaders(json ? JSON_TYPE : {}, baseHeaders, headers, params.header));
      // As openapi-fetch's `{ redirect: 'follow', ...rest, body, headers }` (otherOptions
      // holds the redirect); the usual call sets no other fetch option and gets an init of
      // one shape (see SendInit), which leaves fetch's defaults (GET, follow) unset.
      const other = otherOptions(call);
      const sent = other
        ? ({ ...other, method, body: serialized, headers: finalHeaders } as RequestInit)
        : (new SendInit(method === 'GET' ? undefined : method, finalHeaders, serialized, call.redirect === 'follow' ? undefined : call.redirect, call.signal) as RequestInit);
      request = new ZohoRequest(url, sent);
    } catch (error) {
      return Promise.reject(error);
    }
    const operation: Operation = { method, path, parseAs };
    return options.send(request).then((response) => answer(options.check(response, request, operation), request.method, parseAs));
  };
}

const NO_OPTIONS = {};
const NO_PARAMS: Params = {};
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** A Headers as a record of its lower-case names. */
function recordOf(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** What a call's options hold besides openapi-fetch's own: fields of the RequestInit. */
const CALL_OPTIONS = new Set(['baseUrl', 'headers', 'params', 'parseAs', 'querySerializer', 'bodySerializer', 'pathSerializer', 'body', 'signal', 'redirect']);

/** The fetch options a call sets beyond signal and redirect (cache, keepalive...), or undefined when it sets none. */
function otherOptions(call: { readonly [key: string]: unknown }): Record<string, unknown> | undefined {
  let other: Record<string, unknown> | undefined;
  for (const key in call) {
    if (!CALL_OPTIONS.has(key)) (other ??= { signal: call['signal'], redirect: call['redirect'] ?? 'follow' })[key] = call[key];
  }
  return other;
}

/** openapi-fetch's reading of an answer, taking the value the transport already parsed. */
function answer(response: Response, method: string, parseAs: string): CallResult | Promise<CallResult> {
  if (response instanceof ReadResponse && parseAs === 'json') return { data: response.value, response };
  const length = response.headers.get('Content-Length');
  if (response.status === 204 || method === 'HEAD' || (length === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (!response.ok) {
    return response.text().then((text) => {
      try {
        return { error: JSON.parse(text) as unknown, response };
      } catch {
        return { error: text, response };
      }
    });
  }
  if (parseAs === 'stream') return { data: response.body, response };
  if (parseAs === 'json' && !length) return response.text().then((text) => ({ data: text ? (JSON.parse(text) as unknown) : undefined, response }));
  return (response[parseAs as 'json']() as Promise<unknown>).then((data) => ({ data, response }));
}
