import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { isObject, jsonBody, success, userRef, zohoTime } from '../crm-answers.js';
import { crmJson, failWith, noContent } from './crm-record-answers.js';
import type { CrmRecord, CrmState } from '../crm-state.js';

const AT = '/crm/v8/{module_api_name}/{record_id}/Locking_Information__s';

/** Where a record's lock is kept: one lock per record. */
export function lockKey(module: string, id: string): string {
  return `${module}/${id}`;
}

/**
 * Record locking (`/{module}/{id}/Locking_Information__s`): lock with a reason, read, change
 * the reason, unlock. While locked, updates of the record fail item by item with
 * RECORD_LOCKED; locking a locked record is NOT_ALLOWED (403), as Zoho's docs say.
 */
export function crmRecordLockRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const recordOf = (context: RouteContext): { module: string; record: CrmRecord } => {
    const module = crm.metadata.find(context.params['module_api_name'] ?? '');
    if (!module || module.parent) return failWith('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
    const record = crm.module(module.api_name).get(context.params['record_id'] ?? '');
    if (!record) return failWith('INVALID_DATA', 'the id given seems to be invalid', { resource_path_index: 1 });
    crm.charge(context.token!.user, 1);
    return { module: module.api_name, record };
  };
  const reasonOf = async (context: RouteContext): Promise<string> => {
    const body = await jsonBody(context.request);
    const item = isObject(body) && Array.isArray(body['data']) && isObject(body['data'][0]) ? body['data'][0] : undefined;
    const reason = item?.['Locked_Reason__s'];
    if (typeof reason !== 'string' || reason === '') return failWith('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Locked_Reason__s', json_path: '$.data[0].Locked_Reason__s' });
    return reason;
  };
  const lockOf = (context: RouteContext, module: string, record: CrmRecord) => {
    const lock = crm.locks.get(lockKey(module, record.id));
    if (!lock || lock.id !== context.params['lock_id']) return failWith('INVALID_DATA', 'the id given seems to be invalid', { resource_path_index: 3 });
    return lock;
  };

  return [
    {
      method: 'POST',
      path: AT,
      auth: true,
      handle: async (context) => {
        const { module, record } = recordOf(context);
        const reason = await reasonOf(context);
        const key = lockKey(module, record.id);
        if (crm.locks.has(key)) return failWith('NOT_ALLOWED', 'Record is already locked', { id: record.id }, 403);
        const me = crm.userFor(context.token!.user);
        const lock = {
          id: crm.newId(),
          Locked_Reason__s: reason,
          Locked_By__s: userRef(me),
          Locked_Time__s: zohoTime(core.now()),
          Lock_Source__s: 'API',
          Locked_For__s: { id: record.id, module: { api_name: module } },
        };
        crm.locks.set(key, lock);
        return crmJson({ data: [success({ id: lock.id }, 'record locked')] }, 201, context.token);
      },
    },
    {
      method: 'GET',
      path: AT,
      auth: true,
      handle: (context) => {
        const { module, record } = recordOf(context);
        const lock = crm.locks.get(lockKey(module, record.id));
        return lock ? crmJson({ data: [lock] }, 200, context.token) : noContent();
      },
    },
    {
      method: 'GET',
      path: `${AT}/{lock_id}`,
      auth: true,
      handle: (context) => {
        const { module, record } = recordOf(context);
        return crmJson({ data: [lockOf(context, module, record)] }, 200, context.token);
      },
    },
    {
      method: 'PUT',
      path: `${AT}/{lock_id}`,
      auth: true,
      handle: async (context) => {
        const { module, record } = recordOf(context);
        const lock = lockOf(context, module, record);
        lock['Locked_Reason__s'] = await reasonOf(context);
        return crmJson({ data: [success({ id: lock.id }, 'relation updated')] }, 200, context.token);
      },
    },
    {
      method: 'DELETE',
      path: `${AT}/{lock_id}`,
      auth: true,
      handle: (context) => {
        const { module, record } = recordOf(context);
        const lock = lockOf(context, module, record);
        crm.locks.delete(lockKey(module, record.id));
        return crmJson({ data: [success({ id: lock.id }, 'record unlocked')] }, 200, context.token);
      },
    },
  ];
}
