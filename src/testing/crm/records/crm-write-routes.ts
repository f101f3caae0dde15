import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { batchAnswer, failWith, jsonOf, recordError, requiredParam, type ItemResult } from './crm-record-answers.js';
import type { SimModule } from '../metadata/crm-metadata.js';
import { RecordWriter, type WriteOutcome } from './crm-record-writer.js';
import type { CrmState, CrmUser, ReceivedWrite } from '../crm-state.js';

const BASE = '/crm/v8';
// Zoho CRM: at most 100 records per insert, update, upsert or delete.
const MAX_WRITE = 100;

type Operation = 'insert' | 'update' | 'upsert';

/** CRM record writes: insert, update, upsert and delete, in batches and one at a time. */
export function crmWriteRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const writer = new RecordWriter(crm, core.now);

  const moduleOf = (context: RouteContext): SimModule => {
    const module = crm.metadata.find(context.params['module_api_name'] ?? '');
    return module && !module.parent ? module : failWith('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
  };

  /** Runs one batch write: checks the body, writes each item, announces the changes. */
  const batch = async (context: RouteContext, operation: Operation, pathId?: string): Promise<Response> => {
    const module = moduleOf(context);
    const user = context.token!.user;
    crm.charge(user, 1);
    const parsed = await jsonOf(context.request);
    const body: Record<string, unknown> = isObject(parsed) ? parsed : {};
    const data = body['data'];
    if (!Array.isArray(data) || data.length === 0) return recordError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data', json_path: '$.data' });
    if (data.length > MAX_WRITE) return recordError('LIMIT_EXCEEDED', 'the number of records exceeds the limit', { limit: MAX_WRITE, api_name: 'data', json_path: '$.data' });
    if (pathId !== undefined && data.length !== 1) return recordError('INVALID_DATA', 'only one record can be updated through its URL', { api_name: 'data', json_path: '$.data' });
    const checkFields = Array.isArray(body['duplicate_check_fields']) ? (body['duplicate_check_fields'] as unknown[]).filter((f): f is string => typeof f === 'string') : undefined;
    const unknownCheck = checkFields?.find((field) => field !== 'id' && !module.fields.some((f) => f.api_name === field));
    if (unknownCheck !== undefined) return recordError('INVALID_DATA', 'the field given in duplicate_check_fields seems to be invalid', { api_name: unknownCheck, json_path: '$.duplicate_check_fields' });
    crm.recordWrite({ module: module.api_name, operation, data, trigger: body['trigger'], duplicateCheckFields: body['duplicate_check_fields'], user } satisfies ReceivedWrite);
    const me = crm.userFor(user);
    const outcomes = data.map((input, index) => write(operation, module, input, index, me, pathId, checkFields));
    announce(crm, module, outcomes, user);
    return batchAnswer(outcomes.map((o) => o.result), operation === 'insert' ? 201 : 200, context.token);
  };

  const write = (operation: Operation, module: SimModule, input: unknown, index: number, me: CrmUser, pathId: string | undefined, checkFields: string[] | undefined): WriteOutcome => {
    switch (operation) {
      case 'insert':
        return writer.insert(module, input, index, me);
      case 'update':
        return writer.update(module, input, index, me, pathId);
      case 'upsert':
        return writer.upsert(module, input, index, me, checkFields);
    }
  };

  const remove = (context: RouteContext, ids: string[]): Response => {
    const module = moduleOf(context);
    const user = context.token!.user;
    crm.charge(user, 1);
    if (ids.length === 0) return requiredParam('ids');
    if (ids.length > MAX_WRITE) return recordError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_WRITE, param_name: 'ids' });
    crm.recordWrite({ module: module.api_name, operation: 'delete', data: ids, trigger: undefined, duplicateCheckFields: undefined, user });
    const me = crm.userFor(user);
    const results: ItemResult[] = [];
    for (const id of ids) {
      // Watch channels (and the recycle bin) hear about a delete while the record is still readable.
      if (crm.module(module.api_name).has(id)) crm.emitChange({ module: module.api_name, operation: 'delete', ids: [id], user });
      results.push(writer.delete(module, id, me).result);
    }
    return batchAnswer(results, 200, context.token);
  };

  return [
    { method: 'POST', path: `${BASE}/{module_api_name}`, auth: true, handle: (context) => batch(context, 'insert') },
    { method: 'PUT', path: `${BASE}/{module_api_name}`, auth: true, handle: (context) => batch(context, 'update') },
    { method: 'POST', path: `${BASE}/{module_api_name}/upsert`, auth: true, handle: (context) => batch(context, 'upsert') },
    { method: 'PUT', path: `${BASE}/{module_api_name}/{record_id}`, auth: true, handle: (context) => batch(context, 'update', context.params['record_id']) },
    {
      method: 'DELETE',
      path: `${BASE}/{module_api_name}`,
      auth: true,
      handle: (context) => remove(context, (context.url.searchParams.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)),
    },
    { method: 'DELETE', path: `${BASE}/{module_api_name}/{record_id}`, auth: true, handle: (context) => remove(context, [context.params['record_id'] ?? '']) },
  ];
}

/** One change event per operation kind, naming the records and fields it touched. */
function announce(crm: CrmState, module: SimModule, outcomes: WriteOutcome[], user: string): void {
  for (const operation of ['insert', 'update'] as const) {
    const changes = outcomes.flatMap((o) => (o.change?.operation === operation ? [o.change] : []));
    if (changes.length === 0) continue;
    const ids = changes.map((c) => c.id);
    if (operation === 'insert') crm.emitChange({ module: module.api_name, operation, ids, user });
    else crm.emitChange({ module: module.api_name, operation, ids, fields: [...new Set(changes.flatMap((c) => c.fields))], user });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
