import type { CallOptions } from '../../call-options.js';

import { batch, type ItemResult } from '../item-result.js';
import type { Module } from '../module.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

/** Options of tagging: `overWrite` replaces the records' tags instead of adding to them. */
export interface TagOptions extends CallOptions {
  overWrite?: boolean;
}

const named = (names: readonly string[]) => names.map((name) => ({ name }));

/**
 * Tagging many records of a module at once: `module.tags.add(ids, ['hot'])`. Zoho takes at
 * most 10 tags on at most 100 records per call and answers one result per record, in order;
 * unknown tag names are created.
 */
export class ModuleTags {
  constructor(readonly module: Module) {}

  async add(ids: readonly string[], tags: readonly string[], options: TagOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.module.crm.api.POST('/crm/v8/{module_api_name}/actions/add_tags', {
        params: { path: { module_api_name: this.module.apiName } },
        body: { tags: named(tags), ids: [...ids], ...(options.overWrite !== undefined ? { over_write: options.overWrite } : {}) },
        signal: options.signal ?? null,
      });
      return data?.data;
    }, ids);
  }

  async remove(ids: readonly string[], tags: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.module.crm.api.POST('/crm/v8/{module_api_name}/actions/remove_tags', {
        params: { path: { module_api_name: this.module.apiName } },
        body: { tags: named(tags), ids: [...ids] },
        signal: options.signal ?? null,
      });
      return data?.data;
    }, ids);
  }
}

/** The tags of one record: `record.tags.add(['hot'])`, `.remove(['cold'])`. */
export class RecordTags {
  constructor(readonly record: CrmRecord) {}

  async add(tags: readonly string[], options: TagOptions = {}): Promise<ItemResult> {
    const id = savedId(this.record, 'tagging');
    const [result] = await batch(async () => {
      const { data } = await this.record.module.crm.api.POST('/crm/v8/{module_api_name}/{record_id}/actions/add_tags', {
        params: { path: { module_api_name: this.record.module.apiName, record_id: id } },
        body: { tags: named(tags), ...(options.overWrite !== undefined ? { over_write: options.overWrite } : {}) },
        signal: options.signal ?? null,
      });
      return data?.data;
    }, [id]);
    return result!;
  }

  async remove(tags: readonly string[], options: CallOptions = {}): Promise<ItemResult> {
    const id = savedId(this.record, 'untagging');
    const [result] = await batch(async () => {
      const { data } = await this.record.module.crm.api.POST('/crm/v8/{module_api_name}/{record_id}/actions/remove_tags', {
        params: { path: { module_api_name: this.record.module.apiName, record_id: id } },
        body: { tags: named(tags) },
        signal: options.signal ?? null,
      });
      return data?.data;
    }, [id]);
    return result!;
  }
}
