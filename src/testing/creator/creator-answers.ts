import type { AccessTokenRecord } from '../accounts/oauth-state.js';
import { json } from '../products.js';
import type { CreatorState, SimApp } from './creator-state.js';

/**
 * Creator's error answers: `{code, message}`, where code 3000 is success and anything else
 * an error, often with HTTP 200 (Zoho's "API Status Codes" page for v2.1).
 */
export function creatorError(code: number, message: string, status = 200): Response {
  return json({ code, message }, status);
}

export const CREATOR_ERRORS = {
  perMinuteLimit: () => creatorError(2955, 'You have reached the API call limit per minute. Please try again after some time.', 429),
  dailyLimit: () => creatorError(4000, "Account's Developer API limit has been reached. Please upgrade to execute more REST API calls."),
  noOwner: (owner: string) => creatorError(1040, `No account owner named "${owner}" found.`, 404),
  noApp: () => creatorError(2892, 'No application named with the given link name found.', 404),
  noForm: () => creatorError(2893, 'No form named with the given link name found.', 404),
  noReport: () => creatorError(2894, 'No report named with the given link name found.', 404),
  noScope: (scope: string) => creatorError(2945, `Invalid OAuth scope: the token lacks ${scope}.`, 401),
  noRecords: () => creatorError(3100, 'No records found for the given criteria.', 404),
  noRecord: () => creatorError(3190, 'No record found for the given ID.', 404),
  badBody: (what: string) => creatorError(3020, `The request body is missing or incomplete: ${what}.`, 400),
  // Zoho documents 1060 ("Invalid request parameter found") with HTTP 401; the simulator
  // answers 400 so that a bad criteria is not mistaken for a refused token.
  badParameter: (name: string, why: string) => creatorError(1060, `Invalid request parameter found - ${name}: ${why}`, 400),
  tooManyToAdd: () => creatorError(3950, 'A maximum of 200 records can be added per request.'),
  tooManyToProcess: () =>
    creatorError(3960, 'A maximum of 200 records can be processed per request. Include the "process_until_limit" parameter to process the first 200 records.'),
  tooManyToFetch: () => creatorError(3970, 'A maximum of 1000 records can be fetched per request.'),
  noJob: () => creatorError(7120, 'Invalid job ID.', 404),
  jobNotCompleted: () => creatorError(11120, 'The job is not completed yet.'),
};

/** Creator's scopes: `ZohoCreator.<area>.<ACTION>`; `ZohoCreator.<area>.ALL` covers the area. */
export type CreatorScope = `ZohoCreator.${'report' | 'form' | 'bulk'}.${'READ' | 'CREATE' | 'UPDATE' | 'DELETE'}`;

/**
 * What every Creator call checks first: the per-minute and daily limits (each call counts),
 * the token's scope (when the state asks for it), then owner and application.
 */
export function admit(state: CreatorState, token: AccessTokenRecord | undefined, scope: CreatorScope, owner: string, appName: string): SimApp | Response {
  if (state.throttleNext > 0) {
    state.throttleNext--;
    return CREATOR_ERRORS.perMinuteLimit();
  }
  if (state.remainingDailyCalls <= 0) return CREATOR_ERRORS.dailyLimit();
  state.remainingDailyCalls--;
  if (state.requireScopes && !hasScope(token?.scopes ?? [], scope)) return CREATOR_ERRORS.noScope(scope);
  const app = state.app(owner, appName);
  if (app) return app;
  return state.hasOwner(owner) ? CREATOR_ERRORS.noApp() : CREATOR_ERRORS.noOwner(owner);
}

function hasScope(granted: readonly string[], needed: CreatorScope): boolean {
  const area = needed.slice(0, needed.lastIndexOf('.'));
  return granted.some((scope) => scope === needed || scope === `${area}.ALL` || scope === 'ZohoCreator.ALL');
}

/** The JSON body, or undefined when it is missing or not JSON. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    // Not JSON: the caller answers 3020 (body missing or incomplete), as Zoho does.
    return undefined;
  }
}
