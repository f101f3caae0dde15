import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoResponseError } from '../../errors.js';

import { batch, onlyItem, type ItemResult } from '../item-result.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmTokenPageOptions } from '../crm-page.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

/** A lock on a record (a record of Zoho's Locking_Information__s module). */
export type RecordLock = components['schemas']['LockingInformation'];

const LOCKS = '/crm/v8/{module_api_name}/{record_id}/Locking_Information__s';
// Zoho requires `fields` on reads of this module, as on any module's records.
const LOCK_FIELDS = 'Locked_By__s,Locked_Time__s,Locked_Reason__s,Lock_Source__s';

/**
 * The locks of one record: `record.locks.lock('deal in review')`, `.list()`, `.unlock(id)`.
 * While a record is locked, Zoho refuses updates to it with RECORD_LOCKED.
 */
export class RecordLocks {
  constructor(readonly record: CrmRecord) {}

  #path(what: string) {
    return { module_api_name: this.record.module.apiName, record_id: savedId(this.record, what) };
  }

  /**
   * Locks the record and returns the lock's id. Zoho requires the reason (Lock Records:
   * `Locked_Reason__s` is mandatory; without it CRM answers MANDATORY_NOT_FOUND).
   *
   * @example
   * const lockId = await zoho.crm.module('Deals').record(id).locks.lock('in legal review');
   */
  async lock(reason: string, options: CallOptions = {}): Promise<string> {
    const { data, response } = await this.record.module.crm.api.POST(LOCKS, {
      params: { path: this.#path('locking') },
      body: { data: [{ Locked_Reason__s: reason }] },
      signal: options.signal ?? null,
    });
    const created = onlyItem(data?.data, `locking ${this.record.module.apiName} ${this.record.id}`, response.status);
    if (created.id === undefined) throw new ZohoResponseError('crm: the record was locked but CRM returned no lock id', { product: 'crm', status: response.status });
    return created.id;
  }

  /**
   * One page of the record's locks (empty when it is not locked).
   *
   * @example
   * const locks = await zoho.crm.module('Deals').record(id).locks.list();
   * console.log(locks.items.map((lock) => lock.Locked_Reason__s));
   */
  list(options: CrmTokenPageOptions = {}): Promise<Page<RecordLock>> {
    return crmPage(this.#lister(), options, 'token');
  }

  /**
   * Every lock of the record, page after page.
   *
   * @example
   * for await (const lock of record.locks.iterate()) console.log(lock.id);
   */
  iterate(options: IterateOptions = {}): AsyncGenerator<RecordLock, void, undefined> {
    return crmIterate(this.#lister(), options, 'token');
  }

  #lister(): CrmFetch<RecordLock> {
    return async (paging, call) => {
      const { data, response } = await this.record.module.crm.api.GET(LOCKS, { params: { path: this.#path('listing locks'), query: { fields: LOCK_FIELDS, ...paging } }, signal: call.signal ?? null });
      return { items: data?.data, info: data?.info, response };
    };
  }

  /**
   * Removes one lock; the record takes updates again once no lock is left.
   *
   * @example
   * const result = await record.locks.unlock(lockId);
   * if (!result.ok) console.error(result.error.message);
   */
  async unlock(lockId: string, options: CallOptions = {}): Promise<ItemResult> {
    const [result] = await batch(async () => {
      const { data } = await this.record.module.crm.api.DELETE(`${LOCKS}/{lock_id}`, {
        params: { path: { ...this.#path('unlocking'), lock_id: lockId } },
        signal: options.signal ?? null,
      });
      return data?.data;
    }, [lockId]);
    return result!;
  }
}
