import type { components } from '../../generated/crm.js';
import { rateLimitOf, type RateLimitInfo } from '../http/rate-limit.js';

/** CRM's pagination object (`per_page`, `count`, `page`, `more_records`, `next_page_token`...). */
export type PageInfo = components['schemas']['Info'];

/** One page of a list: its items, its `info`, and the rate-limit headers that came with it. */
export interface Page<T> {
  data: T[];
  /** On an empty answer (HTTP 204) CRM sends no info: then `{ count: 0, more_records: false }`. */
  info: PageInfo;
  rateLimit: RateLimitInfo;
}

/** Options of a list call. */
export interface PageOptions {
  /** Page number from 1; CRM reaches only the first 2,000 records by page. */
  page?: number;
  /** At most 200 (CRM's per-page limit). */
  perPage?: number;
  signal?: AbortSignal | undefined;
}

/** Options of an iteration over every page. */
export interface IterateOptions {
  /** At most 200 (CRM's per-page limit). */
  perPage?: number;
  /** Stop after this many items. */
  limit?: number;
  signal?: AbortSignal | undefined;
}

/** A page from what CRM answered; 204 (nothing) is an empty page. */
export function pageOf<T>(data: T[] | undefined, info: PageInfo | undefined, response: Response): Page<T> {
  return { data: data ?? [], info: info ?? { count: 0, more_records: false }, rateLimit: rateLimitOf(response.headers) };
}

/**
 * Every item of a paged list. Follows `next_page_token` when CRM sends one (it must, past
 * 2,000 records), else the page number; stops when `more_records` is false, at `limit`, or
 * when the signal aborts.
 */
export async function* iteratePages<T>(
  fetchPage: (at: { page: number; pageToken: string | undefined }) => Promise<Page<T>>,
  options: IterateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let yielded = 0;
  let at: { page: number; pageToken: string | undefined } = { page: 1, pageToken: undefined };
  while (yielded < limit) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(at);
    for (const item of page.data) {
      if (yielded >= limit) return;
      yield item;
      yielded++;
    }
    if (page.data.length === 0 || page.info?.more_records !== true) return;
    const token = page.info.next_page_token;
    at = typeof token === 'string' && token !== '' ? { page: at.page + 1, pageToken: token } : { page: at.page + 1, pageToken: undefined };
  }
}

/** The `page`/`per_page` query of a list call, leaving out what was not given. */
export function pageQuery(options: PageOptions | IterateOptions & { page?: number }): { page?: number; per_page?: number } {
  return {
    ...(options.page !== undefined ? { page: options.page } : {}),
    ...(options.perPage !== undefined ? { per_page: options.perPage } : {}),
  };
}
