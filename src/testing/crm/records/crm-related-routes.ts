import type { SimulatorCore } from '../../core.js';
import type { Route } from '../../router.js';
import { batchAnswer, crmError, failure, idList, idText, isObject, jsonBody, success, type ItemAnswer } from '../crm-answers.js';
import { listAnswer } from './crm-list-answer.js';
import { findParent, moduleName, patchRecord } from './crm-parent.js';
import { lookupFieldTo, relatedModuleOf } from './crm-relations.js';
import type { CrmRecord, CrmState } from '../crm-state.js';
import type { CrmSubresources } from '../crm-subresource-state.js';

const BASE = '/crm/v8';
const LIST = `${BASE}/{module_api_name}/{record_id}/{related_list_api_name}`;
// Links and delinks take 100 records per call, like record writes.
const MAX_WRITE = 100;

/**
 * Related records: `GET|PUT|DELETE /{module}/{id}/{related_list}` and the one-record form
 * `/{module}/{id}/{related_list}/{related_id}`. The Notes list shows the record's notes.
 */
export function crmRelatedRoutes(core: SimulatorCore, crm: CrmState, state: CrmSubresources): Route[] {
  const { relations } = state;

  /** The parent and the module the list shows, or CRM's answer. */
  const resolve = (params: Record<string, string>): { parent: CrmRecord; module: string; list: string; target: string } | Response => {
    const found = findParent(crm, params['module_api_name']!, params['record_id']!);
    if (found instanceof Response) return found;
    const { module, record: parent } = found;
    const list = params['related_list_api_name']!;
    const declared = crm.metadata.find(module)?.relatedLists.includes(list) ?? false;
    const target = moduleName(crm, relatedModuleOf(list));
    if (target === undefined || (!declared && target === module)) {
      return crmError('INVALID_DATA', 'the relation name given seems to be invalid', { resource_path_index: 2 });
    }
    return { parent, module, list, target };
  };

  const link = (at: { parent: CrmRecord; module: string; target: string }, input: unknown, index: number): ItemAnswer => {
    const id = isObject(input) ? idText(input['id']) : undefined;
    if (id === undefined) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.data[${index}].id` });
    if (!crm.module(at.target).has(id)) return failure('INVALID_DATA', 'the related id given seems to be invalid', { id });
    const { id: _id, ...fields } = input as Record<string, unknown>;
    void _id;
    relations.link({ module: at.module, id: at.parent.id }, { module: at.target, id }, fields);
    return success({ id }, 'relation updated');
  };

  const delink = (at: { parent: CrmRecord; module: string; target: string }, id: string, user: string): ItemAnswer => {
    const record = crm.module(at.target).get(id);
    const linked = relations.unlink({ module: at.module, id: at.parent.id }, { module: at.target, id });
    // A lookup-based relation ends by clearing the child's lookup field.
    const field = record ? lookupFieldTo(record, at.parent.id) : undefined;
    if (record && field) {
      patchRecord(crm, at.target, record, { [field]: null });
      crm.emitChange({ module: at.target, operation: 'update', ids: [id], fields: [field], user });
    }
    return linked || field ? success({ id }, 'relation removed') : failure('INVALID_DATA', 'the related id given seems to be invalid', { id });
  };

  return [
    {
      method: 'GET',
      path: LIST,
      auth: true,
      handle: ({ params, url }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        const fields = url.searchParams.get('fields');
        if (!fields) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'fields' });
        const ids = url.searchParams.get('ids');
        if (at.target === 'Notes') {
          return listAnswer(crm, core.now(), notesOf(crm, at.parent.id).filter((note) => ids === null || idList(ids).includes(note.id)), url, `${at.module}/${at.parent.id}/Notes`, { keepDollar: true });
        }
        const rows = relations
          .related(crm, { module: at.module, id: at.parent.id }, at.target)
          .filter(({ record }) => ids === null || idList(ids).includes(record.id));
        return listAnswer(crm, core.now(), rows.map(({ record, fields: relation }) => ({ ...record, ...relation })), url, `${at.module}/${at.parent.id}/${at.list}`);
      },
    },
    {
      method: 'PUT',
      path: LIST,
      auth: true,
      handle: async ({ request, params }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        if (at.target === 'Notes') return crmError('NOT_SUPPORTED', 'notes are added through the Notes API', { resource_path_index: 2 });
        const body = await jsonBody(request);
        const data = isObject(body) ? body['data'] : undefined;
        if (!Array.isArray(data) || data.length === 0) return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data' });
        if (data.length > MAX_WRITE) return crmError('LIMIT_EXCEEDED', 'the number of records exceeds the limit', { limit: MAX_WRITE, api_name: 'data' });
        return batchAnswer(data.map((input, i) => link(at, input, i)));
      },
    },
    {
      method: 'DELETE',
      path: LIST,
      auth: true,
      handle: ({ params, url, token }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        const ids = idList(url.searchParams.get('ids'));
        if (ids.length === 0) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'ids' });
        if (ids.length > MAX_WRITE) return crmError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_WRITE, param_name: 'ids' });
        return batchAnswer(ids.map((id) => delink(at, id, token!.user)));
      },
    },
    {
      method: 'GET',
      path: `${LIST}/{related_record_id}`,
      auth: true,
      handle: ({ params, url }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        const id = params['related_record_id']!;
        const found = relations.related(crm, { module: at.module, id: at.parent.id }, at.target).find(({ record }) => record.id === id);
        if (!found) return new Response(null, { status: 204 });
        return listAnswer(crm, core.now(), [{ ...found.record, ...found.fields }], url, `${at.module}/${at.parent.id}/${at.list}`);
      },
    },
    {
      method: 'PUT',
      path: `${LIST}/{related_record_id}`,
      auth: true,
      handle: async ({ request, params }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        const body = await jsonBody(request);
        const data = isObject(body) && Array.isArray(body['data']) ? body['data'] : [{}];
        const first: unknown = data[0];
        return batchAnswer([link(at, { ...(isObject(first) ? first : {}), id: params['related_record_id'] }, 0)]);
      },
    },
    {
      method: 'DELETE',
      path: `${LIST}/{related_record_id}`,
      auth: true,
      handle: ({ params, token }) => {
        const at = resolve(params);
        if (at instanceof Response) return at;
        return batchAnswer([delink(at, params['related_record_id']!, token!.user)]);
      },
    },
  ];
}

function notesOf(crm: CrmState, parentId: string): CrmRecord[] {
  return [...crm.module('Notes').values()].filter((note) => (note['Parent_Id'] as { id?: unknown } | undefined)?.id === parentId);
}
