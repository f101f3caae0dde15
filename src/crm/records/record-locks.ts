import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoResponseError } from '../../errors.js';

import { batch, onlyItem, type ItemResult } from '../item-result.js';
import { iteratePages, pageOf, pageQuery, type IterateOptions, type Page, type PageOptions } from '../paged-list.js';
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

  /** Locks the record and returns the lock's id. */
  async lock(reason?: string, options: CallOptions = {}): Promise<string> {
    const { data, response } = await this.record.module.crm.api.POST(LOCKS, {
      params: { path: this.#path('locking') },
      body: { data: [reason === undefined ? {} : { Locked_Reason__s: reason }] },
      signal: options.signal ?? null,
    });
    const created = onlyItem(data?.data, `locking ${this.record.module.apiName} ${this.record.id}`, response.status);
    if (created.id === undefined) throw new ZohoResponseError('crm: the record was locked but CRM returned no lock id', { product: 'crm', status: response.status });
    return created.id;
  }

  /** One page of the record's locks (empty when it is not locked). */
  async list(options: PageOptions = {}): Promise<Page<RecordLock>> {
    const { data, response } = await this.record.module.crm.api.GET(LOCKS, {
      params: { path: this.#path('listing locks'), query: { fields: LOCK_FIELDS, ...pageQuery(options) } },
      signal: options.signal ?? null,
    });
    return pageOf<RecordLock>(data?.data, data?.info, response);
  }

  /** Every lock of the record. */
  iterate(options: IterateOptions = {}): AsyncGenerator<RecordLock, void, undefined> {
    return iteratePages(({ page }) => this.list({ ...options, page }), options);
  }

  /** Removes one lock; the record takes updates again once no lock is left. */
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
