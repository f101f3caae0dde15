import { json } from '../products.js';
import type { AnalyticsState, SimTable, SimWorkspace } from './analytics-state.js';

/**
 * The pieces every simulated Analytics endpoint shares: Zoho's success and failure
 * envelopes, the `ZANALYTICS-ORGID` check, reading `CONFIG`, and finding the workspace and
 * view named in the path, each failing with Zoho's own code.
 */

/** `{"status":"success","summary","data"}`. */
export function success(summary: string, data: unknown): Response {
  return json({ status: 'success', summary, data });
}

/** `{"status":"failure","summary","data":{"errorCode","errorMessage"}}`; most errors are HTTP 400. */
export function failure(errorCode: number, summary: string, errorMessage: string, status = 400): Response {
  return json({ status: 'failure', summary, data: { errorCode, errorMessage } }, status);
}

/** 204: what rename and delete calls answer. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * The org id header. Calls that require it answer 8083 without it; a workspace of another
 * org answers 7387.
 */
export function checkOrg(request: Request, state: AnalyticsState, required: boolean, workspace?: SimWorkspace): Response | undefined {
  const orgId = request.headers.get('ZANALYTICS-ORGID');
  if (orgId === null || orgId === '') {
    return required ? failure(8083, 'ORGID_NOT_PRESENT', 'Organization id is not present in the request header.') : undefined;
  }
  if (!state.orgs.has(orgId)) return failure(7925, 'NOT_PART_OF_ORG', 'You are not part of the analytics organization.');
  if (workspace && workspace.orgId !== orgId) return failure(7387, 'WORKSPACE_NOT_IN_ORG', 'Workspaces does not belongs to current organization.');
  return undefined;
}

export type ConfigResult = { ok: true; config: Record<string, unknown> } | { ok: false; answer: Response };

/**
 * Reads `CONFIG`: from the query on GET and on imports (multipart bodies keep only the
 * file), from the form body on POST/PUT/DELETE. Zoho's own client libraries send it in the
 * query for every method, so the query is accepted there too.
 */
export async function readConfig(request: Request, url: URL, options: { required: boolean; queryOnly?: boolean }): Promise<ConfigResult> {
  let raw = url.searchParams.get('CONFIG');
  if (raw === null && !options.queryOnly && request.method !== 'GET') {
    const type = request.headers.get('content-type') ?? '';
    if (/application\/x-www-form-urlencoded/i.test(type)) raw = new URLSearchParams(await request.text()).get('CONFIG');
  }
  if (raw === null || raw.trim() === '') {
    if (!options.required) return { ok: true, config: {} };
    return { ok: false, answer: failure(8504, 'LESS_THAN_MIN_OCCURANCE', 'The parameter CONFIG is not proper(Has not been sent or is less than required count)') };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Not JSON at all: Zoho's answer for a CONFIG it cannot read (code unverified, see spec).
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, answer: failure(8080, 'INVALID_CONFIG', 'The CONFIG parameter is not a valid JSON object') };
  }
  return { ok: true, config: parsed as Record<string, unknown> };
}

/** 8079: a required CONFIG key is missing. */
export function missingKey(key: string): Response {
  return failure(8079, 'ATTRIBUTE_NOT_PRESENT', `The attribute ${key} is not present in the JSON configuration.`);
}

/** 8119: a CONFIG key has a value Zoho does not accept. */
export function invalidValue(key: string, value: unknown): Response {
  return failure(8119, 'INVALID_ATTRIBUTE_VALUE', `Invalid value ${JSON.stringify(value)} provided for the attribute ${key}.`);
}

/** Whether `user` may use the workspace: its owner or someone it is shared with. */
export function canUse(workspace: SimWorkspace, user: string): boolean {
  return workspace.owner === user || workspace.sharedWith.has(user);
}

export type Found<T> = { ok: true; value: T } | { ok: false; answer: Response };

/** The workspace of the path, visible to `user`: 7103 if there is none. */
export function findWorkspace(state: AnalyticsState, id: string | undefined, user: string): Found<SimWorkspace> {
  const workspace = id === undefined ? undefined : state.workspaces.get(id);
  if (!workspace) return { ok: false, answer: failure(7103, 'WORKSPACE_NOT_PRESENT', 'The workspace id mentioned in the API does not exist.') };
  if (!canUse(workspace, user)) return { ok: false, answer: failure(7301, 'NO_PERMISSION', `You (${user}) do not have the permission to do this operation.`) };
  return { ok: true, value: workspace };
}

/** The view of the path: 7138 on the data and bulk APIs, 7104 on the metadata ones. */
export function findTable(workspace: SimWorkspace, id: string | undefined, code: 7104 | 7138 = 7138): Found<SimTable> {
  const table = id === undefined ? undefined : workspace.tables.get(id);
  if (!table) return { ok: false, answer: failure(code, 'VIEW_NOT_PRESENT', 'The view id mentioned in the API does not exist.') };
  return { ok: true, value: table };
}
