import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ZohoResponseError, type ZohoProduct } from './errors.js';
import { requestContext, type Handler } from './http/handler.js';
import { parsedBody, stripQuery } from './http/normalise.js';
import { shapeMismatch, type ResponseShape } from './http/response-shape.js';
import { ReadResponse } from './http/read-response.js';
import { ZohoRequest } from './http/zoho-request.js';
import { directCall, type CallInit, type Operation } from './direct-call.js';

/** A product's response shapes by operation (`METHOD /path`), from generated/<product>.shapes.ts. */
export type ShapeTable = { readonly [operation: string]: ResponseShape };

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Method = (typeof METHODS)[number];
type AnyCall = (path: string, init?: CallInit) => Promise<unknown>;

/**
 * An openapi-fetch client for one product whose every request goes through our transport,
 * tagged with the product and the user resolved at call time. Its types are openapi-fetch's
 * own, straight from generated/; its methods take and answer exactly what openapi-fetch's do.
 *
 * Each answer's shape is checked against the operation (method and path template) before
 * it is handed on. A call goes one of two ways:
 *
 * - with no middleware anywhere (the usual case), through directCall: openapi-fetch's
 *   request and answer at a fraction of its core's cost (see src/direct-call.ts);
 * - once middleware is in play (`use()`, or a call's own `middleware`, `fetch` or
 *   `Request`), through openapi-fetch itself, with the shape check as the innermost
 *   middleware so it sees the transport's answer before any of the caller's hooks.
 */
export function createProductClient<Paths extends {}>(options: {
  product: ZohoProduct;
  baseUrl: string;
  handler: Handler;
  resolveUser: () => string | undefined;
  /** Passed in, not looked up, so a product's bundle carries only its own table. */
  shapes: ShapeTable;
  headers?: Record<string, string>;
}): Client<Paths> {
  const { product, handler, resolveUser } = options;
  const shapes = shapeIndex(options.shapes);
  const checkAnswer = (response: Response, request: Request, operation: Operation): Response => {
    const mismatch = answerMismatch(response, shapes.get(operation.method)?.get(operation.path), operation.parseAs);
    if (mismatch === undefined) return response;
    throw new ZohoResponseError(
      `${product}: ${operation.method} ${operation.path} answered ${mismatch.found}${mismatch.path ? ` at ${mismatch.path}` : ''} where the API has ${mismatch.expected}`,
      { product, status: response.status, ...(mismatch.path ? { details: mismatch } : {}), method: operation.method, url: stripQuery(request.url), user: resolveUser() },
    );
  };
  const send = (request: Request): Promise<Response> => handler(request, requestContext(product, resolveUser()));
  const direct = directCall({
    baseUrl: options.baseUrl,
    headers: options.headers,
    send,
    check: checkAnswer,
  });
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    // Requests that remember their init: the transport resends them without cloning.
    Request: ZohoRequest,
    fetch: send,
  });
  const shapeCheck: Middleware = {
    onResponse: ({ request, response, schemaPath, options: { parseAs } }) =>
      // With a Content-Length, openapi-fetch takes json() (the one parse) instead of parsing text() again.
      withLength(checkAnswer(response, request, { method: request.method, path: schemaPath, parseAs })),
  };
  // The middleware given to use() and not ejected: while there is any, calls take openapi-fetch.
  const used = new Set<Middleware>();
  const raw = client as unknown as { [M in Method]: AnyCall } & { request: (method: string, path: string, init?: CallInit) => Promise<unknown> };
  const call = (method: string, path: string, init: CallInit, viaOpenapiFetch: AnyCall): Promise<unknown> => {
    if (used.size === 0 && init?.['middleware'] === undefined && init?.['fetch'] === undefined && init?.['Request'] === undefined) {
      return direct(method, path, init);
    }
    // A call's own fetch replaces the transport (openapi-fetch's meaning): nothing of ours to check.
    if (init?.['fetch'] !== undefined) return viaOpenapiFetch(path, init);
    const middleware = (init?.['middleware'] as Middleware[] | undefined) ?? [];
    return viaOpenapiFetch(path, { ...init, middleware: [...middleware, shapeCheck] });
  };
  const api: Record<string, unknown> = { ...client };
  for (const method of METHODS) {
    const viaOpenapiFetch = raw[method];
    api[method] = (path: string, init?: CallInit) => call(method, path, init, viaOpenapiFetch);
  }
  api['request'] = (method: string, path: string, init?: CallInit) =>
    call(method.toUpperCase(), path, init, (to, init_) => raw.request(method, to, init_));
  api['use'] = (...middleware: Middleware[]) => {
    client.use(...middleware);
    for (const each of middleware) if (each) used.add(each);
  };
  api['eject'] = (...middleware: Middleware[]) => {
    client.eject(...middleware);
    for (const each of middleware) used.delete(each);
  };
  return api as unknown as Client<Paths>;
}

type ShapeIndex = Map<string, Map<string, ResponseShape>>;

/** Shape tables by method, then path, built once per table. */
const indexes = new WeakMap<ShapeTable, ShapeIndex>();

/**
 * The table by method, then path: a call's method and path are string constants of the
 * caller's, and two Map lookups with them cost less than building and hashing
 * `${method} ${path}` per call.
 */
function shapeIndex(table: ShapeTable): ShapeIndex {
  let index = indexes.get(table);
  if (index) return index;
  index = new Map();
  for (const [operation, shape] of Object.entries(table)) {
    const space = operation.indexOf(' ');
    const method = operation.slice(0, space);
    let paths = index.get(method);
    if (!paths) index.set(method, (paths = new Map()));
    paths.set(operation.slice(space + 1), shape);
  }
  indexes.set(table, index);
  return index;
}

/** A parsed answer that says how long it is, so openapi-fetch reads it with json(). */
function withLength(response: Response): Response {
  return response instanceof ReadResponse ? response.withLength() : response;
}

/**
 * Why a success answer cannot be handed to user code as the operation's data, or undefined.
 *
 * - A JSON body that breaks the operation's top-level shape from spec/ would reach user code
 *   as data of the wrong type (`data` a string, items that are not records): the JSON path,
 *   what the API has there and what came.
 * - A body the transport handed over unread (a file, a CSV export) where the call expects
 *   JSON: openapi-fetch would throw a bare SyntaxError parsing it.
 */
function answerMismatch(response: Response, shape: ResponseShape | undefined, parseAs: string): { path: string; expected: string; found: string } | undefined {
  // Only successes get here: the transport's attempt layer throws a ZohoError for every other status.
  const body = parsedBody(response);
  if (body === undefined) {
    if (parseAs !== 'json' || response.body === null) return undefined;
    return { path: '', expected: 'JSON', found: (response.headers.get('content-type') ?? 'an untyped body').split(';')[0]! };
  }
  return shape === undefined ? undefined : shapeMismatch(shape, body);
}
