/**
 * The one page type of every list in every product, and the one engine that walks pages.
 *
 * Zoho pages four ways: CRM by `page` then `page_token`, Creator by `record_cursor`, Desk by
 * `from`/`limit`, and some lists (CRM roles, Analytics workspaces) not at all. Each product
 * turns its answer into a `PageData` and names where the next page starts as a `PageCursor`;
 * everything else (the `Page` object, `nextPage()`, `for await`, `limit`, aborts) is here.
 */
import { signalOf, type CallOptions } from './call-options.js';
import type { RateLimitInfo } from './http/rate-limit.js';

/**
 * Where the next page starts, in the product's own terms. Pass it back to the same `list()`
 * (`list({ ...options, ...page.next })`) or call `page.nextPage()`.
 */
export interface PageCursor {
  /** CRM: the page number (from 1), for the first 2,000 records. */
  page?: number;
  /** CRM: `next_page_token`, the only way past 2,000 records. */
  pageToken?: string;
  /** Creator: `record_cursor`. */
  cursor?: string;
  /** Desk: the index of the first record (from 0). */
  from?: number;
  /** CRM COQL: the row offset of `LIMIT offset, count` (from 0). */
  offset?: number;
}

/** One page of a list, in any product. `for await (const item of page)` reads on to the end. */
export interface Page<T> extends AsyncIterable<T> {
  /** This page's items. */
  readonly items: T[];
  /** Whether the product says more items follow this page. */
  readonly hasMore: boolean;
  /** Where the next page starts; `undefined` when `hasMore` is false. */
  readonly next: PageCursor | undefined;
  /** How many items match in all, when the product says (Desk search); else `undefined`. */
  readonly total: number | undefined;
  /** The rate-limit headers that came with this page (CRM), else `{}`. */
  readonly rateLimit: RateLimitInfo;
  /**
   * Fetches the next page, or answers `undefined` after the last one. For every item, not
   * page by page, `for await (const item of page)` is shorter.
   *
   * @example
   * let current: Page<CrmRecordData> | undefined = page;
   * while (current) {
   *   console.log(current.items.length, current.rateLimit.remaining);
   *   current = await current.nextPage();
   * }
   */
  nextPage(options?: CallOptions): Promise<Page<T> | undefined>;
}

/** What a product makes of one answer: the page's items and where the next one starts. */
export interface PageData<T> {
  items: T[];
  next: PageCursor | undefined;
  total?: number | undefined;
  rateLimit?: RateLimitInfo;
}

/** Fetches one page: the first when `cursor` is undefined. */
export type FetchPage<T> = (cursor: PageCursor | undefined, options: CallOptions) => Promise<PageData<T>>;

/** Options of every `iterate()`: stop after `limit` items, page size `perPage`, abort with `signal`. */
export interface IterateOptions extends CallOptions {
  /** Stop after this many items. */
  limit?: number;
  /** Items per request, up to the product's maximum (CRM 200, Creator 1,000, Desk 100). */
  perPage?: number;
}

/** A Page from one answer; `fetchPage` serves `nextPage()` and iteration past it. */
export function pageOf<T>(data: PageData<T>, fetchPage: FetchPage<T>, options: CallOptions = {}): Page<T> {
  const next = data.items.length === 0 ? undefined : data.next;
  return {
    items: data.items,
    hasMore: next !== undefined,
    next,
    total: data.total,
    rateLimit: data.rateLimit ?? {},
    async nextPage(callOptions: CallOptions = options) {
      return next === undefined ? undefined : pageOf(await fetchPage(next, callOptions), fetchPage, callOptions);
    },
    [Symbol.asyncIterator]() {
      return walk<T>(data, fetchPage, options)[Symbol.asyncIterator]();
    },
  };
}

/** The first page of a list, as a Page. */
export async function firstPage<T>(fetchPage: FetchPage<T>, options: CallOptions & { cursor?: PageCursor | undefined } = {}): Promise<Page<T>> {
  const call = signalOf(options);
  return pageOf(await fetchPage(options.cursor, call), fetchPage, call);
}

/**
 * Every item of a paged list, one request per page as the loop asks for them. Stops after the
 * last page (no cursor, or an empty page), at `limit`, or when the signal aborts (checked
 * before each item, so a loop that aborts stops at once rather than at the page's end).
 */
export function iteratePages<T>(fetchPage: FetchPage<T>, options: IterateOptions & { cursor?: PageCursor | undefined } = {}): AsyncGenerator<T, void, undefined> {
  return walk(undefined, fetchPage, { ...signalOf(options), ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(options.cursor ? { cursor: options.cursor } : {}) });
}

/** Lists that Zoho answers in one piece (CRM roles, Analytics workspaces) as a one-page Page. */
export function singlePage<T>(items: T[], rateLimit?: RateLimitInfo): Page<T> {
  return pageOf({ items, next: undefined, ...(rateLimit ? { rateLimit } : {}) }, () => Promise.resolve({ items: [], next: undefined }));
}

async function* walk<T>(
  first: PageData<T> | undefined,
  fetchPage: FetchPage<T>,
  options: CallOptions & { limit?: number; cursor?: PageCursor },
): AsyncGenerator<T, void, undefined> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const call = signalOf(options);
  let yielded = 0;
  let data = first;
  let cursor = options.cursor;
  while (yielded < limit) {
    if (data === undefined) {
      call.signal?.throwIfAborted();
      data = await fetchPage(cursor, call);
    }
    for (const item of data.items) {
      if (yielded >= limit) return;
      call.signal?.throwIfAborted();
      yield item;
      yielded++;
    }
    if (data.items.length === 0 || data.next === undefined) return;
    cursor = data.next;
    data = undefined;
  }
}
