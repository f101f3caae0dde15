import type { CallOptions } from '../call-options.js';
import type { DeskCall } from './desk-call.js';
import { deskPages } from './desk-pages.js';
import type { DeskIterateOptions, DeskPaging, DeskSearchResult } from './desk-types.js';

/**
 * The typed calls behind one kind of record (tickets, contacts or accounts). Each kind's
 * file builds them from its own paths of spec/desk.yaml, so every request stays typed.
 */
export interface DeskRecordEndpoints<Item, ListFilter, Search, SearchOrder, Input, Changes, Include extends string> {
  list(filter: ListFilter, page: DeskPaging, call: DeskCall): Promise<Item[]>;
  search(criteria: Search, order: SearchOrder, page: DeskPaging, call: DeskCall): Promise<DeskSearchResult<Item>>;
  get(id: string, include: readonly Include[] | undefined, call: DeskCall): Promise<Item>;
  create(input: Input, call: DeskCall): Promise<Item>;
  update(id: string, changes: Changes, call: DeskCall): Promise<Item>;
  trash(ids: string[], call: DeskCall): Promise<void>;
}

/** Makes the per-call part (org header, guard, signal) for a collection's requests. */
export type DeskCallMaker = (options: CallOptions) => DeskCall;

/**
 * Desk records of one kind: list with `from`/`limit`/`sortBy`, iterate over every page,
 * search, get, create, update (PATCH: only the fields given) and delete (to the recycle bin).
 */
export class DeskCollection<Item, ListFilter extends object, Search extends object, SearchOrder extends object, Input, Changes, Include extends string> {
  constructor(
    protected readonly endpoints: DeskRecordEndpoints<Item, ListFilter, Search, SearchOrder, Input, Changes, Include>,
    protected readonly call: DeskCallMaker,
  ) {}

  /**
   * One page of records: `limit` (1 to 100; Desk's default is 10) from index `from`, in
   * `sortBy` order (`-` first for descending). An empty page is `[]`.
   */
  async list(options: ListFilter & DeskPaging & CallOptions = {} as ListFilter): Promise<Item[]> {
    const { filter, page, call } = this.#split(options);
    return this.endpoints.list(filter, page, call);
  }

  /** Every page of records (100 a page unless `limit` says otherwise), up to `max` records. */
  pages(options: ListFilter & DeskPaging & DeskIterateOptions & CallOptions = {} as ListFilter): AsyncGenerator<Item[], void, undefined> {
    const { filter, page, call } = this.#split(options);
    return deskPages((from, limit) => this.endpoints.list(filter, { from, limit }, call), { ...page, ...maxOf(options), ...signalOf(options) });
  }

  /** Every record, page after page, up to `max`. Stops fetching when the loop breaks. */
  async *iterate(options: ListFilter & DeskPaging & DeskIterateOptions & CallOptions = {} as ListFilter): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages(options)) yield* page;
  }

  /**
   * One page of the records matching `criteria`, with how many match in all. A value
   * ending in `*` is a wildcard match; `_all` looks in every field. No match is `{ data: [], count: 0 }`.
   */
  async search(criteria: Search, options: SearchOrder & DeskPaging & CallOptions = {} as SearchOrder): Promise<DeskSearchResult<Item>> {
    const { filter: order, page, call } = this.#split(options);
    return this.endpoints.search(criteria, order, page, call);
  }

  /** Every record matching `criteria`, page after page, up to `max`. */
  async *iterateSearch(criteria: Search, options: SearchOrder & DeskPaging & DeskIterateOptions & CallOptions = {} as SearchOrder): AsyncGenerator<Item, void, undefined> {
    const { filter: order, page, call } = this.#split(options);
    const fetchPage = async (from: number, limit: number) => (await this.endpoints.search(criteria, order, { from, limit }, call)).data;
    for await (const found of deskPages(fetchPage, { ...page, ...maxOf(options), ...signalOf(options) })) yield* found;
  }

  /** One record by id. Throws ZohoError (404 URL_NOT_FOUND) when there is none, or it is in the recycle bin. */
  async get(id: string, options: { include?: readonly Include[] } & CallOptions = {}): Promise<Item> {
    return this.endpoints.get(id, options.include, this.call(options));
  }

  /** Creates a record. A field Desk refuses throws ZohoError (422) with the fields in `details`. */
  async create(input: Input, options: CallOptions = {}): Promise<Item> {
    return this.endpoints.create(input, this.call(options));
  }

  /** Changes only the fields given and returns the whole record. */
  async update(id: string, changes: Changes, options: CallOptions = {}): Promise<Item> {
    return this.endpoints.update(id, changes, this.call(options));
  }

  /** Moves records to Desk's recycle bin (where they can be restored from the web UI). */
  async delete(ids: string | readonly string[], options: CallOptions = {}): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    if (list.length === 0) return;
    await this.endpoints.trash(list, this.call(options));
  }

  /**
   * Separates what goes into the query (filters, order) from paging and per-call options.
   * The filter types come from the spec's query parameters and share no key with paging,
   * `signal` or `max`, so what is left is exactly the filter.
   */
  #split<Filter extends object>(options: Filter & DeskPaging & DeskIterateOptions & CallOptions): { filter: Filter; page: DeskPaging; call: DeskCall } {
    const { signal: _signal, from, limit, max: _max, ...filter } = options;
    return {
      filter: filter as unknown as Filter,
      page: { ...(from !== undefined ? { from } : {}), ...(limit !== undefined ? { limit } : {}) },
      call: this.call(options),
    };
  }
}

function maxOf(options: DeskIterateOptions): DeskIterateOptions {
  return options.max !== undefined ? { max: options.max } : {};
}

function signalOf(options: CallOptions): CallOptions {
  return options.signal ? { signal: options.signal } : {};
}
