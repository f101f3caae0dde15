import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { canUse, checkOrg, failure, findWorkspace, missingKey, noContent, readConfig, success } from './analytics-answers.js';
import { analyticsExportRoutes } from './analytics-export-routes.js';
import { analyticsImportRoutes } from './analytics-import-routes.js';
import { analyticsModelingRoutes } from './analytics-modeling-routes.js';
import { analyticsRowRoutes } from './analytics-row-routes.js';
import { workspaceScope } from './analytics-scope.js';
import type { AnalyticsState, SimTable, SimWorkspace } from './analytics-state.js';
import { TYPE_NAMES } from './analytics-values.js';

const BASE = '/restapi/v2';

/** Analytics v2 endpoints (`/restapi/v2/...`): orgs, workspaces and views here, the rest by group. */
export function analyticsRoutes(core: SimulatorCore, state: AnalyticsState): Route[] {
  const list = (user: string, which: 'owned' | 'shared') =>
    [...state.workspaces.values()].filter((w) => (which === 'owned' ? w.owner === user : w.owner !== user && canUse(w, user))).map(asWorkspace);
  return [
    {
      method: 'GET',
      path: `${BASE}/orgs`,
      auth: true,
      handle: ({ token }) =>
        success('Get organizations', {
          orgs: [...state.orgs.values()].map((org) => ({
            orgId: org.orgId,
            orgName: org.orgName,
            orgDesc: '',
            createdBy: token!.user,
            isDefault: org.isDefault,
            numberOfworkspaces: [...state.workspaces.values()].filter((w) => w.orgId === org.orgId && canUse(w, token!.user)).length,
            role: 'Account Admin',
          })),
        }),
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces`,
      auth: true,
      handle: ({ request, token }) =>
        checkOrg(request, state, false) ?? success('Get all workspaces', { ownedWorkspaces: list(token!.user, 'owned'), sharedWorkspaces: list(token!.user, 'shared') }),
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces/owned`,
      auth: true,
      handle: ({ request, token }) => checkOrg(request, state, false) ?? success('Get owned workspaces', { workspaces: list(token!.user, 'owned') }),
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces/shared`,
      auth: true,
      handle: ({ request, token }) => checkOrg(request, state, false) ?? success('Get shared workspaces', { workspaces: list(token!.user, 'shared') }),
    },
    {
      method: 'POST',
      path: `${BASE}/workspaces`,
      auth: true,
      handle: async ({ request, url, token }) => {
        const orgProblem = checkOrg(request, state, true);
        if (orgProblem) return orgProblem;
        const read = await readConfig(request, url, { required: true });
        if (!read.ok) return read.answer;
        const name = read.config['workspaceName'];
        if (typeof name !== 'string' || name === '') return missingKey('workspaceName');
        const orgId = request.headers.get('ZANALYTICS-ORGID')!;
        const taken = [...state.workspaces.values()].some((w) => w.orgId === orgId && w.name.toLowerCase() === name.toLowerCase());
        if (taken) return failure(7101, 'WORKSPACE_ALREADY_EXIST', 'Workspace with the same name exists already.');
        const desc = read.config['workspaceDesc'];
        const workspace = state.createWorkspace({ name, owner: token!.user, orgId, now: core.now(), ...(typeof desc === 'string' ? { description: desc } : {}) });
        return success('Create workspace', { workspaceId: workspace.id });
      },
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces/{workspaceId}`,
      auth: true,
      handle: (context) => {
        const found = workspaceScope(state, context, false);
        return found.ok ? success('Get workspace details', { workspaces: asWorkspace(found.value) }) : found.answer;
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/workspaces/{workspaceId}`,
      auth: true,
      handle: async (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: true });
        if (!read.ok) return read.answer;
        const name = read.config['workspaceName'];
        if (typeof name !== 'string' || name === '') return missingKey('workspaceName');
        found.value.name = name;
        return noContent();
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/workspaces/{workspaceId}`,
      auth: true,
      handle: (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        if (found.value.owner !== context.token!.user) return failure(7301, 'NO_PERMISSION', 'Only the owner can delete a workspace.');
        state.workspaces.delete(found.value.id);
        return noContent();
      },
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces/{workspaceId}/views`,
      auth: true,
      handle: async (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const read = await readConfig(context.request, context.url, { required: false });
        if (!read.ok) return read.answer;
        const { viewTypes, keyword, startIndex, noOfResult } = read.config;
        // Every simulated view is a table (type 0).
        let tables = [...found.value.tables.values()];
        if (Array.isArray(viewTypes) && !viewTypes.includes(0)) tables = [];
        if (typeof keyword === 'string') tables = tables.filter((t) => t.name.toLowerCase().includes(keyword.toLowerCase()));
        const start = typeof startIndex === 'number' ? startIndex - 1 : 0;
        tables = tables.slice(start, typeof noOfResult === 'number' ? start + noOfResult : undefined);
        return success('Get views', { views: tables.map((t) => asView(found.value, t)) });
      },
    },
    {
      method: 'GET',
      path: `${BASE}/views/{viewId}`,
      auth: true,
      handle: ({ request, params, token }) => {
        const orgProblem = checkOrg(request, state, false);
        if (orgProblem) return orgProblem;
        for (const workspace of state.workspaces.values()) {
          const table = workspace.tables.get(params['viewId']!);
          if (!table) continue;
          const found = findWorkspace(state, workspace.id, token!.user);
          if (!found.ok) return found.answer;
          return success('Get view details', { views: { ...asView(workspace, table), workspaceId: workspace.id, orgId: workspace.orgId } });
        }
        return failure(7104, 'VIEW_NOT_PRESENT', 'The view id specified in the API does not exist.');
      },
    },
    {
      method: 'GET',
      path: `${BASE}/workspaces/{workspaceId}/views/{viewId}/metadata`,
      auth: true,
      handle: (context) => {
        const found = workspaceScope(state, context);
        if (!found.ok) return found.answer;
        const table = found.value.tables.get(context.params['viewId']!);
        if (!table) return failure(7104, 'VIEW_NOT_PRESENT', 'The view id specified in the API does not exist.');
        return success('Get table metadata', {
          columns: table.columns.map((column, index) => ({
            columnId: column.id,
            columnName: column.name,
            dataType: column.type,
            dataTypeId: TYPE_NAMES[column.type].id,
            dataTypeName: TYPE_NAMES[column.type].name,
            columnIndex: index + 1,
            columnDesc: column.description,
            isNullable: !column.mandatory,
            isHidden: false,
          })),
        });
      },
    },
    ...analyticsModelingRoutes(core, state),
    ...analyticsRowRoutes(core, state),
    ...analyticsImportRoutes(core, state),
    ...analyticsExportRoutes(core, state),
  ];
}

function asWorkspace(workspace: SimWorkspace) {
  return {
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    workspaceDesc: workspace.description,
    orgId: workspace.orgId,
    createdTime: String(workspace.createdTime),
    createdBy: workspace.owner,
    isDefault: false,
  };
}

function asView(workspace: SimWorkspace, table: SimTable) {
  return {
    viewId: table.id,
    viewName: table.name,
    viewDesc: table.description,
    viewType: 'Table',
    folderName: table.folder,
    createdBy: workspace.owner,
  };
}
