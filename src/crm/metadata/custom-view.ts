import type { components } from '../../../generated/crm.js';
import type { CrmRecordData } from '../crm-types.js';
import type { Module } from '../module.js';
import type { RecordIterateOptions } from '../records/records.js';

export type CustomViewData = components['schemas']['CustomView'];

/** A custom view (list view) of a module; its records are read with `iterate()`. */
export class CustomView {
  constructor(
    readonly module: Module,
    readonly data: CustomViewData,
  ) {}

  get id(): string {
    return this.data.id ?? '';
  }

  get name(): string {
    return this.data.display_value ?? this.data.name ?? '';
  }

  /** The view CRM opens by default for the module. */
  get isDefault(): boolean {
    return this.data.default === true;
  }

  get systemDefined(): boolean {
    return this.data.system_defined === true;
  }

  /** The view's filter, in Zoho's criteria-tree form (null for "All ..."). */
  get criteria(): CustomViewData['criteria'] {
    return this.data.criteria;
  }

  /**
   * The view's records, page after page (see `module.records.iterate`).
   *
   * @example
   * const [view] = await zoho.crm.module('Leads').customViews();
   * for await (const lead of view!.iterate({ fields: ['Last_Name'], limit: 100 })) console.log(lead.Last_Name);
   */
  iterate(options: Omit<RecordIterateOptions, 'cvid' | 'criteria'> = {}): AsyncGenerator<CrmRecordData, void, undefined> {
    return this.module.records.iterate({ ...options, cvid: this.id });
  }
}
