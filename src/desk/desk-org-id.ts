import type { Middleware } from 'openapi-fetch';
import { ZohoConfigError } from '../errors.js';

/**
 * The `orgId` header of one call. Desk needs it on every call but `GET /organizations`
 * (Desk API docs, "Getting Started"). spec/desk.yaml declares it required, so the typed
 * calls want a string; when the friendly layer has no org of its own, `undefined` leaves
 * the header the client already sends from `desk: { orgId }` in the config (openapi-fetch
 * skips undefined header values).
 */
export function orgIdHeader(orgId: string | undefined): { orgId: string } {
  return { orgId } as { orgId: string };
}

/**
 * Stops a call that would go out without an `orgId`: Desk would answer a bare 422 "The value
 * passed for the 'orgId' parameter is invalid." This says what to do instead, and sends nothing.
 */
export const REQUIRE_ORG_ID: Middleware = {
  onRequest({ request }) {
    if (request.headers.get('orgId')) return undefined;
    throw new ZohoConfigError(
      'desk.orgId',
      'Zoho Desk needs the organization id on every call but organizations(): set desk: { orgId } in createZoho(), or use zoho.desk.org(id)',
    );
  },
};
