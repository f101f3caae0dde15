import createClient, { type Client } from 'openapi-fetch';
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
 * Each call hands openapi-fetch a `fetch` of its own that knows the operation (method and
 * path template) and checks the answer's shape before openapi-fetch parses it. A middleware
 * would know the operation too, but openapi-fetch pays for any middleware on every call
 * (an id, a frozen options object, one more await): a closure is a fraction of that
 * (scripts/bench/transport-layers.ts).
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
  const send = (request: Request): Promise<Response> => handler(request, { product, user: resolveUser(), attempt: 1 });
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    // Requests that remember their init: the transport resends them without cloning.
    Request: ZohoRequest,
    // Only reached through a middleware a user adds that calls `options.fetch` itself.
    fetch: send,
  });
  const checked = (method: string, path: string, init: CallInit): NonNullable<CallInit> => {
    const parseAs = init?.parseAs ?? 'json';
    const fetch = (request: Request): Promise<Response> => send(request).then((response) => checkAnswer(response, request, method, path, parseAs));
    return init ? { ...init, fetch } : { fetch };
  };
  const checkAnswer = (response: Response, request: Request, method: string, path: string, parseAs: string): Response => {
    const mismatch = answerMismatch(response, shapes[`${method} ${path}`], parseAs);
    if (mismatch === undefined) return response;
    throw new ZohoResponseError(`${product}: ${method} ${path} answered ${mismatch.found}${mismatch.path ? ` at ${mismatch.path}` : ''} where the API has ${mismatch.expected}`, {
      product,
      status: response.status,
      ...(mismatch.path ? { details: mismatch } : {}),
      method,
      url: stripQuery(request.url),
      user: resolveUser(),
    });
  };
  const raw = client as unknown as { [M in Method]: AnyCall } & { request: (method: string, path: string, init?: CallInit) => Promise<unknown> };
  const api: Record<string, unknown> = { ...client };
  for (const method of METHODS) {
    const call = raw[method];
    api[method] = (path: string, init?: CallInit) => call(path, checked(method, path, init));
  }
  api['request'] = (method: string, path: string, init?: CallInit) => raw.request(method, path, checked(method.toUpperCase(), path, init));
  return api as unknown as Client<Paths>;
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
  if (!response.ok) return undefined;
  const body = parsedBody(response);
  if (body === undefined) {
    if (parseAs !== 'json' || response.body === null) return undefined;
    return { path: '', expected: 'JSON', found: (response.headers.get('content-type') ?? 'an untyped body').split(';')[0]! };
  }
  return shape === undefined ? undefined : shapeMismatch(shape, body);
}
