import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoAuthError, ZohoError, ZohoRateLimitError } from '../../errors.js';
import type { Crm } from '../crm.js';
import { inChunks } from '../in-chunks.js';
import { toItemResults, type ItemResult } from '../item-result.js';
import { itemErrorOf } from '../../item-result.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';

/** A deleted record awaiting purge: `display_name`, `module`, `owner`, `deleted_by`, `deleted_time`. */
export type RecycleBinEntry = components['schemas']['RecycleBinEntry'];

/** Which entries to act on: every condition given must hold. */
export interface RecycleBinFilter {
  /** Module API name (`Leads`). */
  module?: string;
  displayName?: string;
  /** The id of the user who deleted the records. */
  deletedBy?: string;
}

/** Which entries a list shows, and in what order. */
export interface RecycleBinListFilter {
  filter?: RecycleBinFilter;
  ids?: string[];
  sortBy?: 'display_name' | 'deleted_time' | 'deleted_by';
  sortOrder?: 'asc' | 'desc';
}

// Zoho CRM deletes at most 100 recycle-bin ids per call.
const MAX_IDS = 100;

/**
 * The org's recycle bin (`crm.recycleBin`): list what was deleted, restore it, or delete it
 * for good. Results of restore and delete come one per id, failures as data.
 */
export class RecycleBin {
  constructor(readonly crm: Crm) {}

  /**
   * One page of deleted records, newest first unless sorted otherwise.
   *
   * @example
   * const page = await zoho.crm.recycleBin.list({ filter: { module: 'Leads' } });
   * console.log(page.items.map((entry) => entry.display_name), page.hasMore);
   */
  list(options: CrmPageOptions & RecycleBinListFilter = {}): Promise<Page<RecycleBinEntry>> {
    return crmPage(this.#lister(options), options);
  }

  /**
   * Every entry, page after page.
   *
   * @example
   * for await (const entry of zoho.crm.recycleBin.iterate({ filter: { module: 'Deals' } })) console.log(entry.id);
   */
  iterate(options: IterateOptions & RecycleBinListFilter = {}): AsyncGenerator<RecycleBinEntry, void, undefined> {
    return crmIterate(this.#lister(options), options);
  }

  #lister(options: RecycleBinListFilter): CrmFetch<RecycleBinEntry> {
    const filters = filtersOf(options.filter);
    const query = {
      ...(filters !== undefined ? { filters } : {}),
      ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
      ...(options.sortBy !== undefined ? { sort_by: options.sortBy } : {}),
      ...(options.sortOrder !== undefined ? { sort_order: options.sortOrder } : {}),
    };
    return async (paging, call) => {
      const { data, response } = await this.crm.api.GET('/crm/v8/settings/recycle_bin', { params: { query: { ...paging, ...query } }, signal: call.signal ?? null });
      return { items: data?.recycle_bin, info: data?.info, response };
    };
  }

  /**
   * One entry; undefined when the id is not in the bin.
   *
   * @example
   * const entry = await zoho.crm.recycleBin.get(id);
   * console.log(entry?.display_name, entry?.deleted_time);
   */
  async get(id: string, options: CallOptions = {}): Promise<RecycleBinEntry | undefined> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/recycle_bin/{record_id}', { params: { path: { record_id: id } }, signal: options.signal ?? null });
    return data?.recycle_bin[0];
  }

  /**
   * Restores records (with their notes and attachments) to their modules, one call per id
   * (`POST /settings/recycle_bin/{id}/actions/restore`). That endpoint is in Zoho's v8
   * documentation but not in its published OAS files, hence not in spec/crm.yaml: it goes
   * through the authenticated fetch rather than the typed client.
   *
   * @example
   * const [result] = await zoho.crm.recycleBin.restore(id);
   * if (result?.ok) console.log('restored', result.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/restore-recycle-bin-records.html
   */
  async restore(ids: string | readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    const results: ItemResult[] = [];
    for (const id of typeof ids === 'string' ? [ids] : ids) results.push(await this.#restoreOne(id, options.signal));
    return results;
  }

  /**
   * Deletes entries permanently (their files and links go too).
   *
   * @example
   * const results = await zoho.crm.recycleBin.delete([id1, id2]);
   */
  async delete(ids: string | readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    const list = typeof ids === 'string' ? [ids] : ids;
    return await inChunks(
      list,
      async (chunk) => {
        const { data } = await this.crm.api.DELETE('/crm/v8/settings/recycle_bin', { params: { query: { ids: chunk.join(',') } }, signal: options.signal ?? null });
        return toItemResults(data?.recycle_bin ?? [], chunk);
      },
      MAX_IDS,
    );
  }

  /**
   * Empties the bin, or only the entries `filter` matches; one result per purged entry.
   *
   * @example
   * const purged = await zoho.crm.recycleBin.empty({ filter: { module: 'Leads' } });
   * console.log(purged.length);
   */
  async empty(options: CallOptions & { filter?: RecycleBinFilter } = {}): Promise<ItemResult[]> {
    const filters = filtersOf(options.filter);
    const { data } = await this.crm.api.DELETE('/crm/v8/settings/recycle_bin', {
      params: { query: filters !== undefined ? { filters } : {} },
      signal: options.signal ?? null,
    });
    const items = data?.recycle_bin ?? [];
    return toItemResults(items, items.map(() => undefined));
  }

  async #restoreOne(id: string, signal: AbortSignal | undefined): Promise<ItemResult> {
    const url = `${this.crm.context.hosts.api}/crm/v8/settings/recycle_bin/${encodeURIComponent(id)}/actions/restore`;
    let body: { recycle_bin?: unknown[]; data?: unknown[] };
    try {
      const response = await this.crm.context.fetch(new Request(url, { method: 'POST', headers: { Accept: 'application/json' }, signal: signal ?? null }));
      body = response.status === 204 ? {} : ((await response.json()) as typeof body);
    } catch (error) {
      // CRM's refusal of this one id (INVALID_DATA...) is its result; auth, rate-limit
      // and connection failures are not about the id and propagate.
      if (isItemRefusal(error)) return { ok: false, applied: false, id, error: itemErrorOf(error.code, error.message, error.details), raw: undefined };
      throw error;
    }
    return toItemResults(body.recycle_bin ?? body.data ?? [{ status: 'success', details: { id } }], [id])[0]!;
  }
}

function isItemRefusal(error: unknown): error is ZohoError {
  return (
    error instanceof ZohoError &&
    !(error instanceof ZohoAuthError) &&
    !(error instanceof ZohoRateLimitError) &&
    error.product === 'crm' &&
    error.code !== undefined &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500
  );
}

/** The `filters` criteria JSON of a filter: one condition, or an `and` group. */
function filtersOf(filter: RecycleBinFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const conditions = [
    ['module', filter.module],
    ['display_name', filter.displayName],
    ['deleted_by', filter.deletedBy],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([api_name, value]) => ({ field: { api_name }, comparator: 'equal', value }));
  if (conditions.length === 0) return undefined;
  return JSON.stringify(conditions.length === 1 ? conditions[0] : { group_operator: 'and', group: conditions });
}
