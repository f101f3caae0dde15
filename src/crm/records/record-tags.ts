import type { CallOptions } from '../../call-options.js';

import { inChunks } from '../in-chunks.js';
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

  /**
   * Adds tags to records, 100 records per call; one result per record id, in input order.
   * Wraps `POST /crm/v8/{module}/actions/add_tags`.
   *
   * @example
   * const results = await zoho.crm.module('Leads').tags.add([id1, id2], ['hot']);
   */
  async add(ids: readonly string[], tags: readonly string[], options: TagOptions = {}): Promise<ItemResult[]> {
    return inChunks(ids, (slice) =>
      batch(async () => {
        const { data } = await this.module.crm.api.POST('/crm/v8/{module_api_name}/actions/add_tags', {
          params: { path: { module_api_name: this.module.apiName } },
          body: { tags: named(tags), ids: slice, ...(options.overWrite !== undefined ? { over_write: options.overWrite } : {}) },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, slice),
    );
  }

  /**
   * Removes tags from records, 100 records per call; one result per record id.
   * Wraps `POST /crm/v8/{module}/actions/remove_tags`.
   *
   * @example
   * await zoho.crm.module('Leads').tags.remove([id1], ['cold']);
   */
  async remove(ids: readonly string[], tags: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return inChunks(ids, (slice) =>
      batch(async () => {
        const { data } = await this.module.crm.api.POST('/crm/v8/{module_api_name}/actions/remove_tags', {
          params: { path: { module_api_name: this.module.apiName } },
          body: { tags: named(tags), ids: slice },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, slice),
    );
  }
}

/** The tags of one record: `record.tags.add(['hot'])`, `.remove(['cold'])`. */
export class RecordTags {
  constructor(readonly record: CrmRecord) {}

  /**
   * Adds tags to this record (unknown names are created).
   * Wraps `POST /crm/v8/{module}/{id}/actions/add_tags`.
   *
   * @example
   * const result = await lead.tags.add(['hot']);
   */
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

  /**
   * Removes tags from this record.
   * Wraps `POST /crm/v8/{module}/{id}/actions/remove_tags`.
   *
   * @example
   * await lead.tags.remove(['cold']);
   */
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
