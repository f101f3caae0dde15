import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/desk.js';
import { ZohoResponseError } from '../errors.js';

/** The typed openapi-fetch client of spec/desk.yaml (`zoho.desk.api`). */
export type DeskClient = Client<paths>;

/**
 * What each typed call of the friendly layer carries besides its own parameters: the
 * `orgId` header, the guard that refuses to send without one, and the caller's signal.
 * Spread `init` into the openapi-fetch options and put `header` in `params`.
 */
export interface DeskCall {
  header: { orgId: string };
  init: { middleware: Middleware[]; signal?: AbortSignal };
}

/**
 * The body of an answer that must have one. The transport has already turned every error
 * answer into a ZohoError; what is left is a 2xx, and an empty one here is not Desk's.
 */
export function bodyOf<T>(data: T | undefined, what: string): T {
  if (data === undefined) throw new ZohoResponseError(`desk: ${what} answered without a body`, { product: 'desk' });
  return data;
}
