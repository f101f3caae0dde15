import type { paths } from '../../generated/desk.js';
import type { CallOptions } from '../call-options.js';
import { firstPage, iteratePages, type FetchPage, type IterateOptions, type Page, type PageCursor } from '../page.js';
import { bodyOf, type DeskCall, type DeskClient } from './desk-call.js';

/** A path of spec/desk.yaml that has operation `Method`: a resource's paths must exist there. */
export type DeskPath<Method extends 'get' | 'post' | 'patch'> = { [P in keyof paths]: paths[P] extends { [M in Method]: object } ? P : never }[keyof paths];

/**
 * Where one kind of Desk record lives in spec/desk.yaml. Desk builds every resource the same
 * way (`GET|POST /things`, `GET|PATCH /things/{thingId}`, `GET /things/search`,
 * `POST /things/moveToTrash {thingIds}`), so one collection serves tickets, contacts,
 * accounts, and a ticket's comments and threads; each names its paths here.
 */
export interface DeskResource {
  /** The record's name in messages: `ticket`, `comment`... */
  what: string;
  /** List (GET) and, for writable resources, create (POST). */
  list: DeskPath<'get'>;
  /**
   * One record (GET) and, for writable resources, its update (PATCH), with the path
   * parameter that names the record (`ticketId`...); none for departments.
   */
  item?: { path: DeskPath<'get'>; id: string };
  /** The path parameters of the parent (a comment's `ticketId`). */
  parent?: Record<string, string>;
  search?: DeskPath<'get'>;
  /** `moveToTrash` and the key of its id list (`ticketIds`). */
  trash?: { path: DeskPath<'post'>; key: string };
}

/** A resource that is searched and written (tickets, contacts, accounts): every path is there. */
export interface DeskCollectionResource extends DeskResource {
  item: { path: DeskPath<'get'>; id: string };
  search: DeskPath<'get'>;
  trash: { path: DeskPath<'post'>; key: string };
}

/** Desk's paging, as a Page cursor: `from` (the index of the first record, from 0) and the page size. */
export interface DeskPageOptions extends CallOptions {
  /** Where to start: `page.next.from` of the previous page. Default 0. */
  from?: number | undefined;
  /** Records per page (Desk's `limit`), 1 to 100. Default 100: the fewest requests. */
  perPage?: number | undefined;
}

/** Makes the per-call part (org header, guard, signal) for a collection's requests. */
export type DeskCallMaker = (options: CallOptions) => DeskCall;

// Desk's largest page (`limit` is 1 to 100 on every list and search).
const MAX_PAGE = 100;

type Query = Record<string, unknown>;
/** openapi-fetch seen through one resource's paths: the paths are checked above, the bodies by the record types. */
type LooseCall = (path: string, init: DeskCall['init'] & { params: { header: DeskCall['header']; path?: Record<string, string>; query?: Query }; body?: unknown }) => Promise<{ data?: unknown }>;
interface LooseClient {
  GET: LooseCall;
  POST: LooseCall;
  PATCH: LooseCall;
}

/**
 * Desk records of one kind, read: `list()` answers a Page (`for await` over it reads on),
 * `iterate()` every record up to `limit`, `get()` one. Paging is Desk's `from`/`limit`.
 */
export class DeskList<Item, Filter extends object = object, Include extends string = never> {
  /** @internal */
  protected readonly client: LooseClient;

  constructor(
    api: DeskClient,
    protected readonly call: DeskCallMaker,
    protected readonly resource: DeskResource,
  ) {
    this.client = api as unknown as LooseClient;
  }

  /**
   * One page of records (100 unless `perPage` says otherwise) from index `from`, with the
   * filters and `sortBy` order given (`-` first for descending). An empty list is an empty Page.
   *
   * @example
   * const page = await zoho.desk.tickets.list({ status: 'Open', sortBy: '-createdTime', perPage: 50 });
   * const next = await page.nextPage();
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  list(options: Filter & DeskPageOptions = {} as Filter): Promise<Page<Item>> {
    const { filter, from, perPage, signal } = split(options);
    return firstPage(this.pages(this.resource.list, filter, perPage), { ...(signal ? { signal } : {}), cursor: from !== undefined ? { from } : undefined });
  }

  /**
   * Every record, page after page, stopping after `limit` records or when the loop breaks.
   *
   * @example
   * for await (const ticket of zoho.desk.tickets.iterate({ status: 'Open', limit: 500 })) console.log(ticket.id);
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  iterate(options: Filter & IterateOptions = {} as Filter): AsyncGenerator<Item, void, undefined> {
    const { filter, perPage = MAX_PAGE } = split(options);
    // A `limit` below a page asks Desk for no more than that.
    return iteratePages(this.pages(this.resource.list, filter, Math.min(perPage, options.limit ?? perPage)), options);
  }

  /**
   * One record by id. Throws ZohoError (404 URL_NOT_FOUND) when there is none, or it is in the recycle bin.
   *
   * @example
   * const ticket = await zoho.desk.tickets.get('1892000000042034', { include: ['contacts'] });
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  async get(id: string, options: { include?: readonly Include[] } & CallOptions = {}): Promise<Item> {
    const { header, init } = this.call(options);
    const query = options.include?.length ? { include: options.include.join(',') } : {};
    const { data } = await this.client.GET(this.#item().path, { params: { header, path: this.#itemPath(id), query }, ...init });
    return bodyOf(data, `${this.resource.what} ${id}`) as Item;
  }

  /**
   * Desk's paging for the Page engine: `from`/`limit` in the query. Desk says nothing about
   * more records, so a short page (or a 204) is the last; a full one may be followed by an
   * empty one. A search says how many match (`count`), which ends the walk exactly.
   * @internal
   */
  protected pages(path: string, query: Query, perPage = MAX_PAGE): FetchPage<Item> {
    return async (cursor: PageCursor | undefined, options: CallOptions) => {
      const { header, init } = this.call(options);
      const from = cursor?.from ?? 0;
      const { data } = await this.client.GET(path, { params: { header, ...this.#parentPath(), query: { ...query, from, limit: perPage } }, ...init });
      // Desk answers an empty list with 204 and no body.
      const answer = (data ?? { data: [] }) as { data: Item[]; count?: number | string };
      const items = answer.data;
      const total = answer.count === undefined ? undefined : Number(answer.count);
      const more = total === undefined ? items.length >= perPage : from + items.length < total;
      return { items, next: more ? { from: from + items.length } : undefined, total };
    };
  }

  #item(): { path: string; id: string } {
    // Only the internal departments list has no item path, and it exposes no get or update.
    if (this.resource.item === undefined) throw new TypeError(`desk: ${this.resource.what} has no item path`);
    return this.resource.item;
  }

  #parentPath(): { path?: Record<string, string> } {
    return this.resource.parent ? { path: this.resource.parent } : {};
  }

  #itemPath(id: string): Record<string, string> {
    return { ...this.resource.parent, [this.#item().id]: id };
  }

  /** @internal Sends a body to the resource's list path (create) or a record's path (update). */
  protected async send(method: 'POST' | 'PATCH', id: string | undefined, body: unknown, options: CallOptions, what: string): Promise<Item> {
    const { header, init } = this.call(options);
    const path = id === undefined ? this.resource.list : this.#item().path;
    const params = { header, path: id === undefined ? (this.resource.parent ?? {}) : this.#itemPath(id) };
    return bodyOf((await this.client[method](path, { params, body, ...init })).data, what) as Item;
  }
}

/**
 * Desk records of one kind, read and written: tickets, contacts, accounts. Besides the list,
 * search (a Page whose `total` is Desk's count), create, update (PATCH: only the fields
 * given) and delete (to the recycle bin).
 */
export class DeskCollection<Item, Filter extends object, Search extends object, SearchOrder extends object, Input, Changes, Include extends string> extends DeskList<Item, Filter, Include> {
  /** The same resource the list holds, seen with the search and trash paths it has. */
  protected declare readonly resource: DeskCollectionResource;

  constructor(api: DeskClient, call: DeskCallMaker, resource: DeskCollectionResource) {
    super(api, call, resource);
  }

  /**
   * One page of the records matching `criteria`, as a Page whose `total` is how many match in
   * all. A value ending in `*` is a wildcard match; `_all` looks in every field. `for await`
   * over the Page reads every match; no match is an empty Page with `total` 0.
   *
   * @example
   * const found = await zoho.desk.tickets.search({ subject: 'Printer*' }, { sortBy: '-createdTime' });
   * console.log(found.total); for await (const ticket of found) console.log(ticket.id);
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  search(criteria: Search, options: SearchOrder & DeskPageOptions = {} as SearchOrder): Promise<Page<Item>> {
    const { filter: order, from, perPage, signal } = split(options);
    const fetchPage = this.pages(this.resource.search, { ...criteria, ...order }, perPage);
    // Desk answers 204 (no body, so no count) when nothing matches: that is a total of 0.
    const counted: FetchPage<Item> = async (cursor, call) => {
      const data = await fetchPage(cursor, call);
      return { ...data, total: data.total ?? 0 };
    };
    return firstPage(counted, { ...(signal ? { signal } : {}), cursor: from !== undefined ? { from } : undefined });
  }

  /**
   * Creates a record. A field Desk refuses throws ZohoError (422) with the fields in `details`.
   *
   * @example
   * const contact = await zoho.desk.contacts.create({ lastName: 'Carol', email: 'carol@zylker.com' });
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  create(input: Input, options: CallOptions = {}): Promise<Item> {
    return this.send('POST', undefined, input, options, `creating a ${this.resource.what}`);
  }

  /**
   * Changes only the fields given and returns the whole record.
   *
   * @example
   * await zoho.desk.tickets.update(ticket.id, { status: 'Closed' });
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  update(id: string, changes: Changes, options: CallOptions = {}): Promise<Item> {
    return this.send('PATCH', id, changes, options, `updating ${this.resource.what} ${id}`);
  }

  /**
   * Moves records to Desk's recycle bin (where they can be restored from the web UI).
   *
   * @example
   * await zoho.desk.tickets.delete([ticket.id]);
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  async delete(ids: string | readonly string[], options: CallOptions = {}): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    const trash = this.resource.trash;
    if (list.length === 0) return;
    const { header, init } = this.call(options);
    await this.client.POST(trash.path, { params: { header }, body: { [trash.key]: list }, ...init });
  }
}

/**
 * Separates what goes into the query (filters, order, `include`) from paging and per-call
 * options. The filter types come from the spec's query parameters and share no key with
 * paging, `signal` or `limit`, so what is left is exactly the filter.
 */
function split(options: object & { signal?: AbortSignal | undefined; from?: number | undefined; perPage?: number | undefined; limit?: number | undefined }): { filter: Query; from: number | undefined; perPage: number | undefined; signal: AbortSignal | undefined } {
  const { signal, from, perPage, limit: _limit, ...rest } = options;
  const filter: Query = {};
  for (const [key, value] of Object.entries(rest)) {
    // Multi-valued query parameters (`include`) are comma-separated strings in Desk.
    if (value !== undefined) filter[key] = Array.isArray(value) ? value.join(',') : value;
  }
  return { filter, from, perPage, signal };
}
