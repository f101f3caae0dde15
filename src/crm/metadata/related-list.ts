import type { components } from '../../../generated/crm.js';
import type { CrmRecord } from '../records/record.js';
import type { RelatedRecords } from '../records/related-records.js';
import { MetadataEntity } from './metadata-entity.js';

export type RelatedListData = components['schemas']['RelatedList'];

/** A related list of a module (a record's Contacts, Deals, Notes...), from the metadata API. */
export class RelatedList extends MetadataEntity<RelatedListData> {
  /** The name to use in `record.related(apiName)`. */
  get apiName(): string {
    return this.data.api_name ?? '';
  }

  get label(): string {
    return this.data.display_label ?? this.data.name ?? this.apiName;
  }

  /** The module whose records the list shows. */
  get moduleApiName(): string | undefined {
    return this.data.module?.api_name;
  }

  /**
   * This list's records for one record.
   *
   * @example
   * const contacts = (await zoho.crm.module('Accounts').relatedLists()).find((list) => list.apiName === 'Contacts');
   * const page = await contacts?.of(zoho.crm.module('Accounts').record(id)).list();
   */
  of(record: CrmRecord): RelatedRecords {
    return record.related(this.apiName);
  }
}
