import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { batchAnswer, crmError, failure, idText, isObject, jsonBody, ownerRef, refId, success, userRef, zohoTime, type ItemAnswer } from '../crm-answers.js';
import { convertLead } from './crm-convert-lead.js';
import { findParent, moduleName, patchRecord } from './crm-parent.js';
import type { CrmState } from '../crm-state.js';
import type { CrmSubresources, SimMassUpdateJob } from '../crm-subresource-state.js';

const BASE = '/crm/v8';
// Zoho CRM: change owner takes up to 500 ids; mass update up to 50,000.
const MAX_CHANGE_OWNER = 500;
const MAX_MASS_UPDATE = 50_000;

/** Record-level actions: convert a lead, change owners, mass update. */
export function crmActionRoutes(core: SimulatorCore, crm: CrmState, state: CrmSubresources): Route[] {
  /** Changes the owner of one record (and of its related records in `related_modules`). */
  const changeOwner = (module: string, id: string, owner: { id: string; name: string; email: string }, related: string[], user: string): ItemAnswer => {
    const record = crm.module(module).get(id);
    if (!record) return failure('INVALID_DATA', 'the id given seems to be invalid', { id });
    const me = crm.userFor(user);
    const at = zohoTime(core.now());
    const touched = [{ module, record }];
    for (const relatedModule of related) {
      for (const { record: child } of state.relations.related(crm, { module, id }, relatedModule)) touched.push({ module: relatedModule, record: child });
    }
    for (const { module: m, record: r } of touched) {
      patchRecord(crm, m, r, { Owner: owner, Modified_Time: at, Modified_By: userRef(me) });
      crm.emitChange({ module: m, operation: 'update', ids: [r.id], fields: ['Owner'], user });
    }
    return success({ id }, 'owner updated successfully');
  };

  /** The new owner and related modules of a change-owner body, or CRM's answer. */
  const ownerOf = (body: unknown): { owner: { id: string; name: string; email: string }; related: string[] } | Response => {
    if (!isObject(body)) return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject' });
    const ownerId = refId(body['owner']);
    if (!ownerId) return crmError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'owner', json_path: '$.owner' });
    const user = crm.userById(ownerId);
    if (!user) return crmError('INVALID_DATA', 'the id given seems to be invalid', { api_name: 'id', json_path: '$.owner.id' });
    const related = Array.isArray(body['related_modules'])
      ? body['related_modules'].map((m) => (isObject(m) ? m['api_name'] : undefined)).filter((m): m is string => typeof m === 'string')
      : [];
    return { owner: ownerRef(user), related };
  };

  return [
    {
      method: 'POST',
      path: `${BASE}/Leads/{record_id}/actions/convert`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const body = await jsonBody(request);
        const data = isObject(body) ? body['data'] : undefined;
        if (!Array.isArray(data) || data.length !== 1) {
          return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data' });
        }
        const answer = convertLead(crm, state, core.now(), params['record_id']!, data[0], token!.user);
        return json(answer.body, answer.status);
      },
    },
    {
      method: 'POST',
      path: `${BASE}/{module_api_name}/{record_id}/actions/change_owner`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const change = ownerOf(await jsonBody(request));
        if (change instanceof Response) return change;
        return batchAnswer([changeOwner(parent.module, parent.record.id, change.owner, change.related, token!.user)]);
      },
    },
    {
      method: 'POST',
      path: `${BASE}/{module_api_name}/actions/change_owner`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const module = moduleName(crm, params['module_api_name']!);
        if (module === undefined) return crmError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
        const body = await jsonBody(request);
        const ids = isObject(body) && Array.isArray(body['ids']) ? body['ids'] : undefined;
        if (!ids || ids.length === 0) return crmError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'ids', json_path: '$.ids' });
        if (ids.length > MAX_CHANGE_OWNER) return crmError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_CHANGE_OWNER, api_name: 'ids' });
        const change = ownerOf(body);
        if (change instanceof Response) return change;
        return batchAnswer(ids.map((raw) => idText(raw)).map((id) => (id !== undefined ? changeOwner(module, id, change.owner, change.related, token!.user) : failure('INVALID_DATA', 'invalid data', { api_name: 'ids' }))));
      },
    },
    {
      method: 'POST',
      path: `${BASE}/{module_api_name}/actions/mass_update`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const module = moduleName(crm, params['module_api_name']!);
        if (module === undefined) return crmError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
        const body = await jsonBody(request);
        if (!isObject(body)) return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject' });
        const data = body['data'];
        const values: unknown = Array.isArray(data) && data.length === 1 ? data[0] : undefined;
        if (!isObject(values) || Object.keys(values).length === 0) return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data' });
        if ('id' in values) return crmError('INVALID_DATA', 'the id cannot be mass updated', { api_name: 'id', json_path: '$.data[0].id' });
        const ids = targetIds(crm, module, body);
        if (ids instanceof Response) return ids;
        const job: SimMassUpdateJob = { id: crm.newId(), module, ids, values, user: token!.user, polls: 0, status: 'SCHEDULED', updated: 0, notUpdated: 0 };
        state.massUpdates.set(job.id, job);
        return json({ data: [success({ job_id: job.id }, 'Mass update scheduled successfully', 'SCHEDULED')] }, 202);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}/actions/mass_update`,
      auth: true,
      handle: ({ params, url }) => {
        const job = state.massUpdates.get(url.searchParams.get('job_id') ?? '');
        if (!job || job.module !== moduleName(crm, params['module_api_name']!)) return crmError('INVALID_DATA', 'the job id given seems to be invalid', { param_name: 'job_id' });
        // A job runs in the background: the first poll sees it running, the next done.
        job.polls++;
        if (job.status === 'SCHEDULED') job.status = 'RUNNING';
        else if (job.status === 'RUNNING') runMassUpdate(crm, job, zohoTime(core.now()));
        const done = job.status === 'COMPLETED';
        return json({
          data: [{ Status: job.status, Total_Count: job.ids.length, Updated_Count: done ? job.updated : 0, Not_Updated_Count: done ? job.notUpdated : 0, Failed_Count: 0 }],
        });
      },
    },
  ];
}

/** The records a mass update targets: `ids`, or a custom view (`cvid`: every record here). */
function targetIds(crm: CrmState, module: string, body: Record<string, unknown>): string[] | Response {
  const ids = body['ids'];
  if (Array.isArray(ids)) {
    const texts = ids.map(idText);
    if (texts.length === 0 || texts.some((id) => id === undefined)) return crmError('INVALID_DATA', 'invalid data', { api_name: 'ids', json_path: '$.ids' });
    if (texts.length > MAX_MASS_UPDATE) return crmError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_MASS_UPDATE, api_name: 'ids' });
    return texts as string[];
  }
  if (typeof body['cvid'] === 'string') {
    // The simulator has no custom views of its own; every view shows all records.
    return [...crm.module(module).keys()].slice(0, MAX_MASS_UPDATE);
  }
  return crmError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'ids', json_path: '$.ids' });
}

function runMassUpdate(crm: CrmState, job: SimMassUpdateJob, at: string): void {
  const records = crm.module(job.module);
  const me = crm.userFor(job.user);
  const updated: string[] = [];
  for (const id of job.ids) {
    const record = records.get(id);
    if (!record) continue;
    patchRecord(crm, job.module, record, { ...job.values, Modified_Time: at, Modified_By: userRef(me) });
    updated.push(id);
  }
  job.updated = updated.length;
  job.notUpdated = job.ids.length - updated.length;
  job.status = 'COMPLETED';
  if (updated.length > 0) crm.emitChange({ module: job.module, operation: 'update', ids: updated, fields: Object.keys(job.values), user: job.user });
}
