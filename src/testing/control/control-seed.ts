/**
 * Seeding through the control API: CRM records, Creator apps and records, Analytics
 * workspaces, tables and rows, Desk orgs and departments. Each route hands its JSON to
 * the same state methods tests call in process (`sim.creator.createApp`...), so the two
 * ways of seeding cannot drift apart.
 */
import type { AnalyticsState, SimColumnDefinition } from '../analytics/analytics-state.js';
import { SIM_DATA_TYPES, type SimDataType } from '../analytics/analytics-values.js';
import type { CreatorState, SimAppDefinition, SimFieldDefinition } from '../creator/creator-state.js';
import type { CrmState } from '../crm/crm-state.js';
import type { DeskState } from '../desk/desk-state.js';
import type { Route } from '../router.js';
import { field, readBody } from './control-body.js';
import { ControlError, controlJson } from './control-error.js';

export interface SeedTargets {
  readonly crm: CrmState;
  readonly analytics: AnalyticsState;
  readonly creator: CreatorState;
  readonly desk: DeskState;
}

// Records seeded without an owner belong to this CRM user.
const DEFAULT_OWNER = 'admin@zohokit.test';

export function seedRoutes(prefix: string, sim: () => SeedTargets): Route[] {
  const post = (path: string, handle: (body: Record<string, unknown>, params: Record<string, string>) => Response | Promise<Response>): Route => ({
    method: 'POST',
    path: `${prefix}${path}`,
    auth: false,
    handle: async ({ request, params }) => handle(await readBody(request), params),
  });
  return [
    post('/crm/modules/{module}/records', (body, params) => {
      const { crm } = sim();
      const module = crm.metadata.find(params['module']!);
      if (!module) throw new ControlError(`no CRM module "${params['module']}"`, 404);
      const owner = crm.userFor(field.optionalString(body, 'owner') ?? DEFAULT_OWNER);
      const records = crm.module(module.api_name);
      // As Zoho writes times: seconds, with the offset spelled out.
      const at = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
      const ids = field.objects(body, 'records').map((input) => {
        const id = crm.newId();
        records.set(id, { Owner: { id: owner.id, name: owner.full_name, email: owner.email }, Created_Time: at, Modified_Time: at, ...input, id });
        return id;
      });
      return controlJson({ module: module.api_name, ids }, 201);
    }),
    post('/creator/apps', (body) => {
      const definition: SimAppDefinition = {
        owner: field.string(body, 'owner'),
        app: field.string(body, 'app'),
        forms: field.objects(body, 'forms').map((form) => ({
          name: field.string(form, 'name'),
          ...(form['fields'] !== undefined && { fields: field.objects(form, 'fields').map(creatorField) }),
        })),
        ...(body['reports'] !== undefined && { reports: field.objects(body, 'reports').map((report) => ({ name: field.string(report, 'name'), form: field.string(report, 'form') })) }),
      };
      const app = refused(() => sim().creator.createApp(definition));
      return controlJson({ owner: app.owner, app: app.name, forms: [...app.forms.keys()], reports: [...app.reports.keys()] }, 201);
    }),
    post('/creator/apps/{owner}/{app}/forms/{form}/records', (body, params) => {
      const rows = field.objects(body, 'records');
      const ids = refused(() => sim().creator.seed(params['owner']!, params['app']!, params['form']!, rows), 404);
      return controlJson({ ids }, 201);
    }),
    post('/analytics/workspaces', (body) => {
      const sharedWith = field.optionalStrings(body, 'sharedWith');
      const description = field.optionalString(body, 'description');
      const workspace = sim().analytics.createWorkspace({
        name: field.string(body, 'name'),
        owner: field.string(body, 'owner'),
        ...(sharedWith && { sharedWith }),
        ...(description !== undefined && { description }),
      });
      return controlJson({ id: workspace.id, name: workspace.name, orgId: workspace.orgId }, 201);
    }),
    post('/analytics/workspaces/{workspaceId}/tables', (body, params) => {
      const { analytics } = sim();
      const workspace = analytics.workspaces.get(params['workspaceId']!);
      if (!workspace) throw new ControlError(`no Analytics workspace ${params['workspaceId']}`, 404);
      const columns = field.objects(body, 'columns').map(analyticsColumn);
      const table = analytics.createTable(workspace, { name: field.string(body, 'name'), columns });
      const rows = field.optionalObjects(body, 'rows');
      if (rows) refused(() => analytics.addRows(table, rows));
      return controlJson({ id: table.id, name: table.name, columns: table.columns.map((c) => ({ id: c.id, name: c.name, type: c.type })), rows: table.rows.length }, 201);
    }),
    post('/analytics/workspaces/{workspaceId}/tables/{tableId}/rows', (body, params) => {
      const table = sim().analytics.workspaces.get(params['workspaceId']!)?.tables.get(params['tableId']!);
      if (!table) throw new ControlError(`no Analytics table ${params['tableId']} in workspace ${params['workspaceId']}`, 404);
      const rows = field.objects(body, 'rows');
      refused(() => sim().analytics.addRows(table, rows));
      return controlJson({ added: rows.length, rows: table.rows.length }, 201);
    }),
    post('/desk/orgs', (body) => {
      const id = field.optionalString(body, 'id');
      const companyName = field.optionalString(body, 'companyName');
      const portalName = field.optionalString(body, 'portalName');
      const departments = field.optionalStrings(body, 'departments');
      const org = refused(() =>
        sim().desk.createOrg({ ...(id !== undefined && { id }), ...(companyName !== undefined && { companyName }), ...(portalName !== undefined && { portalName }), ...(departments && { departments }) }),
      );
      return controlJson({ id: org.id, departments: [...org.departments.values()].map((d) => ({ id: d.id, name: d.name })) }, 201);
    }),
    post('/desk/orgs/{orgId}/departments', (body, params) => {
      const org = sim().desk.org(params['orgId']!);
      if (!org) throw new ControlError(`no Desk org ${params['orgId']}`, 404);
      const department = org.addDepartment(field.string(body, 'name'));
      return controlJson({ id: department.id, name: department.name }, 201);
    }),
  ];
}

/** The state's own refusal (a duplicate app, a bad cell) as a control error with its message. */
function refused<T>(seed: () => T, status: 400 | 404 = 400): T {
  try {
    return seed();
  } catch (error) {
    if (error instanceof Error && !(error instanceof ControlError)) throw new ControlError(error.message, status);
    throw error;
  }
}

const CREATOR_TYPES = ['text', 'number', 'decimal', 'email'] as const;

function creatorField(input: Record<string, unknown>): SimFieldDefinition {
  const type = input['type'];
  if (type !== undefined && !(CREATOR_TYPES as readonly unknown[]).includes(type)) throw new ControlError(`a Creator field's "type" must be one of ${CREATOR_TYPES.join(', ')}`);
  const mandatory = field.optionalBoolean(input, 'mandatory');
  const unique = field.optionalBoolean(input, 'unique');
  return {
    link_name: field.string(input, 'link_name'),
    ...(type !== undefined && { type: type as (typeof CREATOR_TYPES)[number] }),
    ...(mandatory !== undefined && { mandatory }),
    ...(unique !== undefined && { unique }),
  };
}

function analyticsColumn(input: Record<string, unknown>): SimColumnDefinition {
  const type = input['type'] ?? 'PLAIN';
  if (typeof type !== 'string' || !(SIM_DATA_TYPES as readonly string[]).includes(type)) throw new ControlError(`a column's "type" must be one of ${SIM_DATA_TYPES.join(', ')}`);
  const mandatory = field.optionalBoolean(input, 'mandatory');
  return { name: field.string(input, 'name'), type: type as SimDataType, ...(mandatory !== undefined && { mandatory }) };
}

