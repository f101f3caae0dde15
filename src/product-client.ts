import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ZohoResponseError, type ZohoProduct } from './errors.js';
import type { Handler } from './http/handler.js';
import { parsedBody, stripQuery } from './http/normalise.js';
import { shapeMismatch, type ResponseShape } from './http/response-shape.js';
import { ZohoRequest } from './http/zoho-request.js';

/** A product's response shapes by operation (`METHOD /path`), from generated/<product>.shapes.ts. */
export type ShapeTable = { readonly [operation: string]: ResponseShape };

/**
 * An openapi-fetch client for one product whose every request goes through our transport,
 * tagged with the product and the user resolved at call time. The client itself is the
 * unmodified openapi-fetch one: its types come straight from generated/.
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
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    // Requests that remember their init: the transport resends them without cloning.
    Request: ZohoRequest,
    fetch: (request: Request) => handler(request, { product, user: resolveUser(), attempt: 1 }),
  });
  client.use(shapeCheck(product, options.shapes, resolveUser));
  return client;
}

/**
 * Checks each JSON success body against its operation's top-level shape from spec/, where
 * only openapi-fetch knows the operation (`schemaPath`). A body that breaks it would reach
 * user code as data of the wrong type (`data` a string, items that are not records), so it
 * becomes a ZohoResponseError naming the JSON path instead.
 */
function shapeCheck(product: ZohoProduct, table: ShapeTable, resolveUser: () => string | undefined): Middleware {
  return {
    // Only successes get here: the transport's normaliser throws a ZohoError for every other status.
    onResponse({ request, response, schemaPath, options }) {
      const body = parsedBody(response);
      if (body === undefined) {
        // A body the transport handed over unread (a file, a CSV export) where the call
        // expects JSON: openapi-fetch would throw a bare SyntaxError parsing it.
        if (options.parseAs === 'json' && response.body !== null) {
          // Always typed: only a pass-through type or text rebuilt as a Response (text/plain) gets here unread.
          const type = response.headers.get('content-type')!.split(';')[0];
          throw new ZohoResponseError(`${product}: ${request.method} ${schemaPath} answered ${type} where the API has JSON`, {
            product,
            status: response.status,
            method: request.method,
            url: stripQuery(request.url),
            user: resolveUser(),
          });
        }
        return undefined;
      }
      const shape = table[`${request.method} ${schemaPath}`];
      if (shape === undefined) return undefined;
      const mismatch = shapeMismatch(shape, body);
      if (mismatch === undefined) return undefined;
      throw new ZohoResponseError(
        `${product}: ${request.method} ${schemaPath} answered ${mismatch.found} at ${mismatch.path} where the API has ${mismatch.expected}`,
        { product, status: response.status, details: mismatch, method: request.method, url: stripQuery(request.url), user: resolveUser() },
      );
    },
  };
}
