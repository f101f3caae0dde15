import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { singlePage, type Page } from '../../page.js';

import { batch, type ItemResult } from '../item-result.js';

/** A global picklist: one set of values shared by picklist fields of several modules. */
export type GlobalPicklistData = components['schemas']['GlobalPicklist'];

/** A global picklist to create or change (`id` to change one); Zoho's keys, e.g. `display_label`, `pick_list_values`. */
export type GlobalPicklistInput = Omit<GlobalPicklistData, 'id'> & { id?: string };

const SETTINGS = '/crm/v8/settings/global_picklists';

/** The org's global picklists: `zoho.crm.globalPicklists`. Writes answer one result per picklist, in input order. */
export class GlobalPicklists {
  constructor(readonly crm: Crm) {}

  /**
   * Every global picklist, as one page (Zoho answers them in one piece).
   *
   * @example
   * const picklists = await zoho.crm.globalPicklists.list();
   * console.log(picklists.items.map((picklist) => picklist.display_label));
   * @see https://zoho.com/crm/developer/docs/api/v8/get-global-picklist.html
   */
  async list(options: CallOptions = {}): Promise<Page<GlobalPicklistData>> {
    const { data, response } = await this.crm.api.GET(SETTINGS, { signal: options.signal ?? null });
    return singlePage(data?.global_picklists ?? [], rateLimitOf(response.headers));
  }

  /**
   * One global picklist with its values; undefined when there is none.
   *
   * @example
   * const picklist = await zoho.crm.globalPicklists.get(id);
   * console.log(picklist?.pick_list_values?.map((value) => value.display_value));
   * @see https://zoho.com/crm/developer/docs/api/v8/get-global-picklist.html
   */
  async get(id: string, options: CallOptions = {}): Promise<GlobalPicklistData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{id}`, { params: { path: { id } }, signal: options.signal ?? null });
    return data?.global_picklists?.[0];
  }

  /**
   * Creates global picklists; one result per picklist, in input order.
   *
   * @example
   * const [result] = await zoho.crm.globalPicklists.create([{ display_label: 'Region', pick_list_values: [{ display_value: 'North', actual_value: 'North' }] }]);
   * if (result?.ok) console.log(result.id);
   * @see https://zoho.com/crm/developer/docs/api/v8/create-global-picklists.html
   */
  async create(picklists: readonly GlobalPicklistInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { body: { global_picklists: [...picklists] }, signal: options.signal ?? null });
      return data?.global_picklists;
    }, picklists.map((picklist) => picklist.id));
  }

  /**
   * Changes global picklists by id (Zoho's PATCH: keys not given stay as they are).
   *
   * @example
   * await zoho.crm.globalPicklists.update([{ id, display_label: 'Sales region' }]);
   */
  async update(picklists: readonly (GlobalPicklistInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PATCH(SETTINGS, { body: { global_picklists: [...picklists] }, signal: options.signal ?? null });
      return data?.global_picklists;
    }, picklists.map((picklist) => picklist.id));
  }

  /**
   * Deletes global picklists by id; one result per id.
   *
   * @example
   * const [result] = await zoho.crm.globalPicklists.delete([id]);
   */
  async delete(ids: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.DELETE(SETTINGS, { params: { query: { ids: ids.join(',') } }, signal: options.signal ?? null });
      return data?.global_picklists;
    }, ids);
  }
}
