import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { inChunks } from '../in-chunks.js';
import { batch, type ItemResult } from '../item-result.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

/** A record of a related list, with the relation's own fields (e.g. `Contact_Role`) beside its fields. */
export type RelatedRecord = components['schemas']['Record'];

/** A record to link, by id, with relation fields to set (`{ id, Contact_Role: {id} }`). */
export type RelatedLink = { id: string } & { [relationField: string]: unknown };

// What a related list shows when no fields are asked for (CRM requires `fields`): the
// name fields of the usual modules, by related-list API name.
const DEFAULT_FIELDS: { [list: string]: string[] } = {
  Contacts: ['First_Name', 'Last_Name', 'Full_Name', 'Email', 'Account_Name'],
  Contact_Roles: ['First_Name', 'Last_Name', 'Full_Name', 'Email', 'Contact_Role'],
  Leads: ['First_Name', 'Last_Name', 'Full_Name', 'Company', 'Email'],
  Accounts: ['Account_Name'],
  Deals: ['Deal_Name', 'Stage', 'Amount', 'Closing_Date'],
  Products: ['Product_Name', 'Product_Code', 'Unit_Price'],
  Activities: ['Subject', 'Due_Date', 'Status'],
  Tasks: ['Subject', 'Due_Date', 'Status'],
  Campaigns: ['Campaign_Name', 'Status'],
  Notes: ['Note_Title', 'Note_Content'],
};
const COMMON_FIELDS = ['Owner', 'Created_Time', 'Modified_Time'];

/**
 * The records related to one record through a related list (`Contacts` of an Account,
 * `Contact_Roles` of a Deal...): list and iterate them, link (`add`) and delink (`remove`).
 * Links and delinks go 100 per call; each input gets its own result, failures as data.
 */
export class RelatedRecords {
  constructor(
    readonly record: CrmRecord,
    readonly listName: string,
  ) {}

  /**
   * One page of related records (empty when there are none).
   *
   * @example
   * const contacts = await zoho.crm.module('Accounts').record(id).related('Contacts').list({ fields: ['Last_Name'] });
   * for await (const contact of contacts) console.log(contact.Last_Name);
   */
  list(options: CrmPageOptions & { fields?: string[] } = {}): Promise<Page<RelatedRecord>> {
    return crmPage(this.#lister(options.fields), options);
  }

  /**
   * Every related record, page after page. Zoho documents page/per_page only for this list
   * (no page_token), so paging is by number.
   *
   * @example
   * for await (const deal of record.related('Deals').iterate({ fields: ['Deal_Name'] })) console.log(deal.Deal_Name);
   */
  iterate(options: IterateOptions & { fields?: string[] } = {}): AsyncGenerator<RelatedRecord, void, undefined> {
    return crmIterate(this.#lister(options.fields), options);
  }

  #lister(fields: string[] | undefined): CrmFetch<RelatedRecord> {
    return async (paging, call) => {
      const { data, response } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
        params: { path: this.#path('listing related records'), query: { fields: this.#fields(fields), ...paging } },
        signal: call.signal ?? null,
      });
      return { items: data?.data, info: data?.info, response };
    };
  }

  /**
   * One related record; undefined when it is not related.
   *
   * @example
   * const contact = await zoho.crm.module('Accounts').record(id).related('Contacts').get(id1, { fields: ['Last_Name', 'Email'] });
   */
  async get(relatedId: string, options: CallOptions & { fields?: string[] } = {}): Promise<RelatedRecord | undefined> {
    const { data } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}', {
      params: { path: { ...this.#path('reading a related record'), related_record_id: relatedId }, query: { fields: this.#fields(options.fields) } },
      signal: options.signal ?? null,
    });
    return data?.data[0];
  }

  /**
   * Links records (ids, or `{ id, ...relationFields }`); one result per input.
   *
   * @example
   * const results = await zoho.crm.module('Deals').record(id).related('Contact_Roles').add([{ id: id1, Contact_Role: { id: id2 } }]);
   */
  async add(records: string | RelatedLink | readonly (string | RelatedLink)[], options: CallOptions = {}): Promise<ItemResult[]> {
    const path = this.#path('linking records');
    const links = (Array.isArray(records) ? records : [records]).map((r: string | RelatedLink) => (typeof r === 'string' ? { id: r } : r));
    return await inChunks(links, (chunk) =>
      batch(async () => {
        const { data } = await this.record.module.crm.api.PUT('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
          params: { path },
          body: { data: chunk },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk.map((link) => link.id)),
    );
  }

  /**
   * Delinks records by id; one result per id. The records themselves are not deleted.
   *
   * @example
   * const [result] = await zoho.crm.module('Accounts').record(id).related('Contacts').remove(id1);
   */
  async remove(ids: string | readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    const path = this.#path('delinking records');
    const list = typeof ids === 'string' ? [ids] : ids;
    return await inChunks(list, (chunk) =>
      batch(async () => {
        const { data } = await this.record.module.crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
          params: { path, query: { ids: chunk.join(',') } },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk),
    );
  }

  #path(action: string): { module_api_name: string; record_id: string; related_list_api_name: string } {
    return { module_api_name: this.record.module.apiName, record_id: savedId(this.record, action), related_list_api_name: this.listName };
  }

  #fields(fields: string[] | undefined): string {
    return (fields ?? [...(DEFAULT_FIELDS[this.listName] ?? []), ...COMMON_FIELDS]).join(',');
  }
}
