import createClient, { type Client } from 'openapi-fetch';
import type { ZohoProduct } from './errors.js';
import type { Handler } from './http/handler.js';
import { ZohoRequest } from './http/zoho-request.js';

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
  headers?: Record<string, string>;
}): Client<Paths> {
  const { product, handler, resolveUser } = options;
  return createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.headers ? { headers: options.headers } : {}),
    // Requests that remember their init: the transport resends them without cloning.
    Request: ZohoRequest,
    fetch: (request: Request) => handler(request, { product, user: resolveUser(), attempt: 1 }),
  });
}
