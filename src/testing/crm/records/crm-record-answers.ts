import { SimError } from '../../sim-error.js';
import { readJsonBody } from '../../lossless-json-body.js';
import type { AccessTokenRecord } from '../../accounts/oauth-state.js';
import { json } from '../../products.js';

/** Zoho's date-time format: ISO 8601 to the second, with an offset (the org's; UTC here). */
export function zohoTime(ms: number): string {
  // A batch stamps every record with the same instant: format it once.
  if (ms !== lastTime.ms) lastTime = { ms, text: new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00') };
  return lastTime.text;
}

let lastTime = { ms: Number.NaN, text: '' };

/**
 * A CRM JSON answer. Zoho sends `X-ACCESSTOKEN-RESET` (when the access token that signed the
 * call expires) on its API answers; the older per-window `X-RATELIMIT-*` headers of the
 * pre-credit API are not sent any more, so the simulator does not invent them.
 */
export function crmJson(body: unknown, status: number, token: AccessTokenRecord | undefined): Response {
  return json(body, status, token ? { 'X-ACCESSTOKEN-RESET': zohoTime(token.expiresAt) } : {});
}

/** Zoho's error envelope for a whole request: `{code, details, message, status: "error"}`. */
export function recordError(code: string, message: string, details: Record<string, unknown> = {}, status = 400): Response {
  return json({ code, details, message, status: 'error' }, status);
}

/** Zoho answers an empty list with HTTP 204 and no body. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Gives up on the request with Zoho's error envelope (caught by the request lifecycle). */
export function failWith(code: string, message: string, details: Record<string, unknown> = {}, status = 400): never {
  throw new SimError(recordError(code, message, details, status));
}

export function invalidModule(): Response {
  return recordError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
}

export function requiredParam(name: string): Response {
  return recordError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: name });
}

/** A per-item result or error, as it appears in `data` of a batch answer. */
export interface ItemResult {
  code: string;
  details: Record<string, unknown>;
  message: string;
  status: 'success' | 'error';
  action?: 'insert' | 'update';
  duplicate_field?: string | null;
}

export function itemError(code: string, message: string, details: Record<string, unknown>): ItemResult {
  return { code, details, message, status: 'error' };
}

/**
 * A batch answer, with Zoho's status: every item done → `okStatus` (201 for insert, 200 for
 * the others), some failed → 207 Multi-Status, all failed → 400 with the errors in `data`.
 */
export function batchAnswer(items: ItemResult[], okStatus: number, token: AccessTokenRecord | undefined): Response {
  const failed = items.filter((item) => item.status === 'error').length;
  const status = failed === 0 ? okStatus : failed === items.length ? 400 : 207;
  return crmJson({ data: items }, status, token);
}

/**
 * The request's JSON body; undefined when there is none or it is not JSON, which the route
 * answers as Zoho does (INVALID_DATA or REQUIRED_PARAM_MISSING), so nothing is lost here.
 */
export async function jsonOf(request: Request): Promise<unknown> {
  return readJsonBody(request);
}
