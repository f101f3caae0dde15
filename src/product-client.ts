import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ZohoResponseError, type ZohoProduct } from './errors.js';
import type { Handler } from './http/handler.js';
import { parsedBody, stripQuery } from './http/normalise.js';
import { shapeMismatch, type ResponseShape } from './http/response-shape.js';
import { ZohoRequest } from './http/zoho-request.js';

/** A product's response shapes by operation (`METHOD /path`), from generated/<product>.shapes.ts. */
export type ShapeTable = { readonly [operation: string]: ResponseShape };

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Method = (typeof METHODS)[number];

/** What openapi-fetch's methods take as their second argument, as far as we read it. */
type CallInit = { parseAs?: string; [key: string]: unknown } | undefined;
type AnyCall = (path: string, init?: CallInit) => Promise<unknown>;

/**
 * An openapi-fetch client for one product whose every request goes through our transport,
 * tagged with the product and the user resolved at call time. Its types are openapi-fetch's
 * own, straight from generated/; its methods take and answer exactly what openapi-fetch's do.
 *
 * Each answer's shape is checked before openapi-fetch parses it, which needs the operation
 * (method and path template). openapi-fetch tells a middleware, but it pays for any
 * middleware on every call (an id, a frozen options object, an await per hook), and a
 * per-call `fetch` option costs more still (its options are copied twice more); together
 * they were a third of our own cost per call (scripts/bench/transport-layers.ts). So each
 * method names its operation just before calling openapi-fetch, and our `fetch` takes it:
 * without middleware, openapi-fetch calls `fetch` before its first `await`, so the hand-off
 * happens within one synchronous run and cannot meet another call's. Once a user adds a
 * middleware (`use()`), fetch may run later: the check then becomes a middleware as well.
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
  const { product, handler, resolveUser, shapes } = options;
  let pending: Operation | undefined;
  let viaMiddleware = false;
  const checkAnswer = (response: Response, request: Request, operation: Operation): Response => {
    const mismatch = answerMismatch(response, shapes[`${operation.method} ${operation.path}`], operation.parseAs);
    if (mismatch === undefined) return response;
    throw new ZohoResponseError(
      `${product}: ${operation.method} ${operation.path} answered ${mismatch.found}${mismatch.path ? ` at ${mismatch.path}` : ''} where the API has ${mismatch.expected}`,
      { product, status: response.status, ...(mismatch.path ? { details: mismatch } : {}), method: operation.method, url: stripQuery(request.url), user: resolveUser() },
    );
  };
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    // Requests that remember their init: the transport resends them without cloning.
    Request: ZohoRequest,
    fetch: (request: Request) => {
      const operation = pending;
      pending = undefined;
      const answer = handler(request, { product, user: resolveUser(), attempt: 1 });
      return operation ? answer.then((response) => checkAnswer(response, request, operation)) : answer;
    },
  });
  const raw = client as unknown as { [M in Method]: AnyCall } & { request: (method: string, path: string, init?: CallInit) => Promise<unknown> };
  const named = (method: string, path: string, init: CallInit, call: AnyCall): Promise<unknown> => {
    if (viaMiddleware) return call(path, init);
    pending = { method, path, parseAs: init?.parseAs ?? 'json' };
    try {
      return call(path, init);
    } finally {
      pending = undefined;
    }
  };
  const api: Record<string, unknown> = { ...client };
  for (const method of METHODS) {
    const call = raw[method];
    api[method] = (path: string, init?: CallInit) => named(method, path, init, call);
  }
  api['request'] = (method: string, path: string, init?: CallInit) =>
    named(method.toUpperCase(), path, init, (to, init_) => raw.request(method, to, init_));
  api['use'] = (...middleware: Middleware[]) => {
    if (!viaMiddleware) {
      viaMiddleware = true;
      client.use({
        onResponse: ({ request, response, schemaPath, options: { parseAs } }) => {
          checkAnswer(response, request, { method: request.method, path: schemaPath, parseAs });
          return undefined;
        },
      });
    }
    client.use(...middleware);
  };
  return api as unknown as Client<Paths>;
}

/** The call openapi-fetch is about to send: what the shape check needs to know. */
interface Operation {
  method: string;
  /** The path template, as in spec/ (`/crm/v8/{module_api_name}`). */
  path: string;
  parseAs: string;
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
  // Only successes get here: the transport's normaliser throws a ZohoError for every other status.
  const body = parsedBody(response);
  if (body === undefined) {
    if (parseAs !== 'json' || response.body === null) return undefined;
    return { path: '', expected: 'JSON', found: (response.headers.get('content-type') ?? 'an untyped body').split(';')[0]! };
  }
  return shape === undefined ? undefined : shapeMismatch(shape, body);
}
