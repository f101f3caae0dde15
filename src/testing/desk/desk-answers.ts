import type { AccessTokenRecord } from '../accounts/oauth-state.js';
import { json } from '../products.js';
import type { DeskOrg } from './desk-org.js';
import type { DeskState } from './desk-state.js';

/** One faulty field of a Desk error: `fieldName` is a JSON pointer such as `/contactId`. */
export interface DeskFieldError {
  fieldName: string;
  errorType: 'missing' | 'invalid' | 'duplicate';
  errorMessage?: string;
}

/** Desk's error object: `{errorCode, message, errors?}` (Desk API docs, "Errors"). */
export function deskError(status: number, errorCode: string, message: string, errors?: DeskFieldError[]): Response {
  return json(errors ? { errorCode, message, errors } : { errorCode, message }, status);
}

/**
 * The answers the simulator gives. Messages quote what Desk was seen answering where that
 * is known (the orgId, extra-parameter and range messages); the others are Desk-like.
 */
export const DESK_ERRORS = {
  // Desk answers a missing orgId header exactly like a wrong one.
  badOrgId: () => deskError(422, 'UNPROCESSABLE_ENTITY', "The value passed for the 'orgId' parameter is invalid."),
  extraParameter: (name: string) => deskError(422, 'UNPROCESSABLE_ENTITY', `Extra query parameter '${name}' is present in the input.`),
  outOfRange: (name: string, range: string) => deskError(422, 'UNPROCESSABLE_ENTITY', `The value passed for field '${name}' exceeds the range of '${range}'.`),
  invalidParameter: (name: string) => deskError(422, 'UNPROCESSABLE_ENTITY', `The value passed for field '${name}' is invalid.`),
  // An id that names nothing (or something in the recycle bin): the URL does not exist.
  notFound: () => deskError(404, 'URL_NOT_FOUND', 'The URL you requested could not be found.'),
  badJson: () => deskError(400, 'BAD_REQUEST', 'The request body is not a valid JSON object.'),
  emptyPayload: () => deskError(422, 'EMPTY_PAYLOAD', 'The payload is empty.'),
  /**
   * Field errors. Zoho: UNPROCESSABLE_ENTITY when the input does not fulfil the conditions
   * of the API (a mandatory field missing), INVALID_DATA for inaccuracies such as invalid
   * ids or duplicates. Both are HTTP 422 and list the fields in `errors`.
   */
  fields: (errors: DeskFieldError[]) =>
    errors.some((error) => error.errorType === 'missing')
      ? deskError(422, 'UNPROCESSABLE_ENTITY', 'The request does not have the mandatory fields.', errors)
      : deskError(422, 'INVALID_DATA', 'The data does not comply to the validation restrictions defined.', errors),
};

/** Desk's OAuth scopes: `Desk.<area>.<ACTION>`; `Desk.<area>.ALL` covers an area. */
export type DeskScope = `Desk.${'tickets' | 'contacts' | 'search' | 'basic'}.${'READ' | 'CREATE' | 'UPDATE' | 'DELETE'}`;

/** Desk's answer when the token lacks a scope the call needs (when the state checks scopes). */
export function scopeRefusal(state: DeskState, token: AccessTokenRecord | undefined, scopes: readonly DeskScope[]): Response | undefined {
  if (!state.requireScopes) return undefined;
  const granted = token?.scopes ?? [];
  const missing = scopes.find((scope) => !granted.some((g) => g === scope || g === `${scope.slice(0, scope.lastIndexOf('.'))}.ALL` || g === 'Desk.ALL'));
  return missing === undefined ? undefined : deskError(403, 'SCOPE_MISMATCH', `The OAuth token does not contain the scope ${missing} required for this operation.`);
}

/**
 * What every call but `GET /organizations` checks, in this order: the token's scopes, then
 * the org named by the `orgId` header. Answers the org, or Desk's refusal.
 */
export function admit(state: DeskState, request: Request, token: AccessTokenRecord | undefined, ...scopes: DeskScope[]): DeskOrg | Response {
  const refused = scopeRefusal(state, token, scopes);
  if (refused) return refused;
  const id = request.headers.get('orgId');
  return (id !== null && state.org(id)) || DESK_ERRORS.badOrgId();
}

/** The JSON object of a request body, or Desk's answer when there is none or it is not JSON. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await request.text();
  if (text.trim() === '') return DESK_ERRORS.emptyPayload();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: Desk's own answer is a 400 BAD_REQUEST, given just below.
    return DESK_ERRORS.badJson();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DESK_ERRORS.badJson();
  return Object.keys(value).length === 0 ? DESK_ERRORS.emptyPayload() : (value as Record<string, unknown>);
}

/** An empty list or search result: HTTP 204 with no body. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
