import type { SimulatorCore } from '../../core.js';
import type { Route } from '../../router.js';
import { batchAnswer, crmError, failure, idList, idText, isObject, jsonBody, ownerRef, stamps, success, userRef, zohoTime, type ItemAnswer } from '../crm-answers.js';
import { listAnswer } from './crm-list-answer.js';
import { displayNameOf, moduleName } from './crm-parent.js';
import type { CrmRecord, CrmState } from '../crm-state.js';

const BASE = '/crm/v8';
// Notes are written 100 at a time, like records.
const MAX_WRITE = 100;

/**
 * CRM Notes: `/Notes` and `/Notes/{id}`. Notes are records of the `Notes` module whose
 * `Parent_Id` names the record they belong to (`{module: {api_name}, id}`).
 */
export function crmNotesRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const notes = (): Map<string, CrmRecord> => crm.module('Notes');
  const now = (): string => zohoTime(core.now());

  const create = (input: unknown, index: number, user: string): ItemAnswer => {
    if (!isObject(input)) return failure('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: `$.data[${index}]` });
    const content = input['Note_Content'];
    if (typeof content !== 'string' || content === '') return mandatory('Note_Content', index);
    const parent = input['Parent_Id'];
    const named = isObject(parent) && isObject(parent['module']) ? parent['module']['api_name'] : undefined;
    const parentId = isObject(parent) ? idText(parent['id']) : undefined;
    if (typeof named !== 'string' || parentId === undefined) return mandatory('Parent_Id', index);
    const module = moduleName(crm, named);
    const record = module === undefined ? undefined : crm.module(module).get(parentId);
    if (!record || module === undefined) return failure('INVALID_DATA', 'the id given seems to be invalid', { api_name: 'Parent_Id', json_path: `$.data[${index}].Parent_Id` });
    const me = crm.userFor(user);
    const at = now();
    const id = crm.newId();
    notes().set(id, {
      ...stripSystem(input),
      id,
      Note_Title: typeof input['Note_Title'] === 'string' ? input['Note_Title'] : null,
      Note_Content: content,
      Parent_Id: { module: { api_name: module }, id: parentId, name: displayNameOf(crm, module, record) },
      Owner: ownerRef(me),
      ...stamps(id, me, at),
      $attachments: null,
      $editable: true,
      $is_shared_to_client: false,
      $state: 'save',
      $size: null,
      $voice_note: false,
    });
    return success(stamps(id, me, at), 'record added');
  };

  const update = (id: string, input: unknown, index: number, user: string): ItemAnswer => {
    const note = notes().get(id);
    if (!note) return failure('INVALID_DATA', 'the id given seems to be invalid', { id });
    if (!isObject(input)) return failure('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: `$.data[${index}]` });
    if ('Note_Content' in input && (typeof input['Note_Content'] !== 'string' || input['Note_Content'] === '')) {
      return failure('INVALID_DATA', 'invalid data', { api_name: 'Note_Content', json_path: `$.data[${index}].Note_Content` });
    }
    const me = crm.userFor(user);
    const at = now();
    // Parent_Id cannot move a note to another record.
    const { Parent_Id: _parent, ...changes } = stripSystem(input);
    void _parent;
    notes().set(id, { ...note, ...changes, id, Modified_Time: at, Modified_By: { id: me.id, name: me.full_name } });
    return success(stamps(id, me, at, false), 'record updated');
  };

  const remove = (ids: string[], user: string): ItemAnswer[] => {
    const me = crm.userFor(user);
    return ids.map((id) => {
      const note = notes().get(id);
      if (!note) return failure('INVALID_DATA', 'the id given seems to be invalid', { id });
      // Announced before removal, as the record routes do: listeners still see the note.
      crm.emitChange({ module: 'Notes', operation: 'delete', ids: [id], user });
      notes().delete(id);
      crm.deletions.push({
        module: 'Notes',
        id,
        display_name: displayNameOf(crm, 'Notes', note),
        created_by: note['Created_By'] ?? null,
        deleted_by: userRef(me),
        deleted_time: now(),
        type: 'recycle',
      });
      return success({ id }, 'record deleted');
    });
  };

  return [
    {
      method: 'GET',
      path: `${BASE}/Notes`,
      auth: true,
      handle: ({ url }) => {
        if (!url.searchParams.get('fields')) return missingFields();
        const wanted = url.searchParams.get('ids');
        const all = [...notes().values()].filter((note) => wanted === null || idList(wanted).includes(note.id));
        return listAnswer(crm, core.now(), all, url, 'Notes', { keepDollar: true });
      },
    },
    {
      method: 'POST',
      path: `${BASE}/Notes`,
      auth: true,
      handle: async ({ request, token }) => {
        const data = await dataOf(request);
        if (data instanceof Response) return data;
        const results = data.map((input, i) => create(input, i, token!.user));
        const created = succeededIds(results);
        if (created.length > 0) crm.emitChange({ module: 'Notes', operation: 'insert', ids: created, user: token!.user });
        return batchAnswer(results, 201);
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/Notes`,
      auth: true,
      handle: async ({ request, token }) => {
        const data = await dataOf(request);
        if (data instanceof Response) return data;
        const results = data.map((input, i) => {
          const id = isObject(input) ? idText(input['id']) : undefined;
          return id !== undefined ? update(id, input, i, token!.user) : mandatory('id', i);
        });
        announceUpdates(crm, results, data, token!.user);
        return batchAnswer(results);
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/Notes`,
      auth: true,
      handle: ({ url, token }) => {
        const ids = idList(url.searchParams.get('ids'));
        if (ids.length === 0) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'ids' });
        if (ids.length > MAX_WRITE) return crmError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_WRITE, param_name: 'ids' });
        return batchAnswer(remove(ids, token!.user));
      },
    },
    {
      method: 'GET',
      path: `${BASE}/Notes/{note_id}`,
      auth: true,
      handle: ({ params, url }) => {
        if (!url.searchParams.get('fields')) return missingFields();
        const note = notes().get(params['note_id']!);
        // An id that names nothing answers like an empty list: 204.
        return note ? listAnswer(crm, core.now(), [note], url, 'Notes', { keepDollar: true }) : new Response(null, { status: 204 });
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/Notes/{note_id}`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const data = await dataOf(request);
        if (data instanceof Response) return data;
        const id = params['note_id']!;
        const results = [update(id, data[0], 0, token!.user)];
        announceUpdates(crm, results, [{ ...(isObject(data[0]) ? data[0] : {}), id }], token!.user);
        return batchAnswer(results);
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/Notes/{note_id}`,
      auth: true,
      handle: ({ params, token }) => batchAnswer(remove([params['note_id']!], token!.user)),
    },
  ];
}

async function dataOf(request: Request): Promise<unknown[] | Response> {
  const body = await jsonBody(request);
  const data = isObject(body) ? body['data'] : undefined;
  if (!Array.isArray(data) || data.length === 0) return crmError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data' });
  if (data.length > MAX_WRITE) return crmError('LIMIT_EXCEEDED', 'the number of records exceeds the limit', { limit: MAX_WRITE, api_name: 'data' });
  return data;
}

function announceUpdates(crm: CrmState, results: ItemAnswer[], inputs: unknown[], user: string): void {
  const ids = succeededIds(results);
  if (ids.length === 0) return;
  const fields = [...new Set(inputs.flatMap((input) => (isObject(input) ? Object.keys(input).filter((k) => k !== 'id') : [])))];
  crm.emitChange({ module: 'Notes', operation: 'update', ids, fields, user });
}

function missingFields(): Response {
  return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'fields' });
}

function mandatory(field: string, index: number): ItemAnswer {
  return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: field, json_path: `$.data[${index}].${field}` });
}

// Fields the server owns: a client cannot set them.
const SYSTEM = new Set(['id', 'Owner', 'Created_Time', 'Created_By', 'Modified_Time', 'Modified_By']);

function stripSystem(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([k]) => !SYSTEM.has(k) && !k.startsWith('$')));
}

function succeededIds(results: ItemAnswer[]): string[] {
  return results.filter((result) => result.status === 'success').map((result) => (result.details as { id: string }).id);
}
