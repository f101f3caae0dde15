/**
 * CRM's adapter to the one page engine (src/page.ts): the paging query of a request, and the
 * cursor of the next page read from an answer's `info`.
 *
 * Zoho CRM pages by `page`/`per_page` for the first 2,000 records of a list; past that only
 * `page_token` (the previous answer's `info.next_page_token`, valid 24 hours) goes further.
 */
import type { CallOptions } from '../call-options.js';
import { rateLimitOf } from '../http/rate-limit.js';
import { firstPage, iteratePages, type FetchPage, type IterateOptions, type Page, type PageCursor } from '../page.js';
import type { CrmInfo } from './crm-types.js';

/** Records a CRM list reaches by page number; past them only `page_token` does. */
export const PAGED_RECORDS = 2_000;
/** CRM's page size when none is asked for, and its maximum. */
export const CRM_PER_PAGE = 200;

/** Where a CRM `list()` starts, and its page size. `list({ ...options, ...page.next })` continues a list. */
export interface CrmPageOptions extends CallOptions {
  /** Page number from 1. */
  page?: number;
  /** Items per page, up to 200 (the default). */
  perPage?: number;
}

/** The options of a list Zoho also pages by `page_token` (module records, record locks). */
export interface CrmTokenPageOptions extends CrmPageOptions {
  /** `page.next.pageToken` of the previous page: the way past 2,000 records. */
  pageToken?: string;
}

/** The paging part of one CRM request's query. */
export interface CrmPageQuery {
  page?: number;
  per_page?: number;
  page_token?: string;
}

/** What one CRM list request answered: its items, its `info` and the response (for the rate-limit headers). */
export interface CrmAnswer<T> {
  items: T[] | undefined;
  info?: CrmInfo | undefined;
  response?: Response | undefined;
}

/** Sends one request of a CRM list with the paging query given. */
export type CrmFetch<T> = (query: CrmPageQuery, options: CallOptions) => Promise<CrmAnswer<T>>;

/**
 * How a list goes past its first 2,000 items: `token` for the lists whose Zoho documentation
 * takes `page_token` (module records, record locks), `page` for the others (related lists,
 * notes, users...), which Zoho documents with page numbers only.
 */
export type CrmPaging = 'token' | 'page';

/** The first page of a CRM list, as a Page (`nextPage()` and `for await` follow the list). */
export function crmPage<T>(fetch: CrmFetch<T>, options: CrmTokenPageOptions = {}, paging: CrmPaging = 'page'): Promise<Page<T>> {
  return firstPage(crmFetchPage(fetch, options.perPage, paging), { ...(options.signal ? { signal: options.signal } : {}), cursor: startOf(options) });
}

/** Every item of a CRM list, page after page; stops at `limit` or when the signal aborts. */
export function crmIterate<T>(fetch: CrmFetch<T>, options: IterateOptions = {}, paging: CrmPaging = 'page'): AsyncGenerator<T, void, undefined> {
  return iteratePages(crmFetchPage(fetch, options.perPage, paging), options);
}

/** A CRM list as the engine's FetchPage: the cursor becomes the query, `info` the next cursor. */
export function crmFetchPage<T>(fetch: CrmFetch<T>, perPage: number | undefined, paging: CrmPaging = 'page'): FetchPage<T> {
  return async (cursor, options) => {
    const answer = await fetch(crmQuery(cursor, perPage), options);
    return { items: answer.items ?? [], next: nextCursor(answer.info, cursor, perPage, paging), rateLimit: rateLimitOf(answer.response?.headers) };
  };
}

/** The query of the page at `cursor`: `page_token` alone when there is one, else `page`. */
export function crmQuery(cursor: PageCursor | undefined, perPage: number | undefined): CrmPageQuery {
  const size = perPage !== undefined ? { per_page: perPage } : {};
  if (cursor?.pageToken !== undefined) return { page_token: cursor.pageToken, ...size };
  return { ...(cursor?.page !== undefined ? { page: cursor.page } : {}), ...size };
}

/**
 * Where the page after this answer starts: none when `more_records` is not true; the next
 * page number within the first 2,000 records; past them `next_page_token` on a `token` list.
 * A `page` list (or one whose answer has no token) goes on by number, and Zoho's answer
 * decides (DISCRETE_PAGINATION_LIMIT_EXCEEDED where it draws the line).
 */
export function nextCursor(info: CrmInfo | undefined, cursor: PageCursor | undefined, perPage: number | undefined, paging: CrmPaging = 'page'): PageCursor | undefined {
  if (info?.more_records !== true) return undefined;
  const token = typeof info.next_page_token === 'string' && info.next_page_token !== '' ? info.next_page_token : undefined;
  const page = cursor?.page ?? info.page ?? 1;
  const size = info.per_page ?? perPage ?? CRM_PER_PAGE;
  const byNumber = cursor?.pageToken === undefined && page * size < PAGED_RECORDS;
  if (paging === 'token' && !byNumber && token !== undefined) return { pageToken: token };
  return { page: page + 1 };
}

function startOf(options: CrmTokenPageOptions): PageCursor | undefined {
  if (options.pageToken !== undefined) return { pageToken: options.pageToken };
  return options.page !== undefined ? { page: options.page } : undefined;
}

/** What an openapi-fetch call of a CRM list answers: `data` (none on a 204) with `info`. */
export interface CrmListAnswer<Raw> {
  data?: { data?: Raw[]; info?: CrmInfo } | undefined;
  response: Response;
}

/**
 * A FetchPage for a CRM list paged by number (notes, attachments), its raw items mapped
 * (`map`) to the entity the list returns.
 */
export function pageByNumber<Raw, T>(request: (query: CrmPageQuery, options: CallOptions) => Promise<CrmListAnswer<Raw>>, map: (raw: Raw) => T, perPage: number | undefined): FetchPage<T> {
  return crmFetchPage<T>(
    async (query, options) => {
      const { data, response } = await request(query, options);
      return { items: (data?.data ?? []).map(map), info: data?.info, response };
    },
    perPage,
    'page',
  );
}
