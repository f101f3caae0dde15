import type { RouteContext } from '../router.js';
import { checkOrg, findTable, findWorkspace, type Found } from './analytics-answers.js';
import type { AnalyticsState, SimTable, SimWorkspace } from './analytics-state.js';

/**
 * What most Analytics routes check first, in Zoho's order: the org header (8083), the
 * workspace (7103, 7301 without access), that it belongs to the org (7387), then the view.
 */
export function workspaceScope(state: AnalyticsState, { request, params, token }: RouteContext, orgRequired = true): Found<SimWorkspace> {
  const missingOrg = checkOrg(request, state, orgRequired);
  if (missingOrg) return { ok: false, answer: missingOrg };
  const found = findWorkspace(state, params['workspaceId'], token!.user);
  if (!found.ok) return found;
  const wrongOrg = checkOrg(request, state, orgRequired, found.value);
  if (wrongOrg) return { ok: false, answer: wrongOrg };
  return found;
}

/** The workspace and the table of the path; `code` is the "no such view" code of the API group. */
export function tableScope(state: AnalyticsState, context: RouteContext, code: 7104 | 7138 = 7138): Found<{ workspace: SimWorkspace; table: SimTable }> {
  const workspace = workspaceScope(state, context);
  if (!workspace.ok) return workspace;
  const table = findTable(workspace.value, context.params['viewId'], code);
  if (!table.ok) return table;
  return { ok: true, value: { workspace: workspace.value, table: table.value } };
}
