import type { CallOptions } from '../call-options.js';
import type { DeskIterateOptions, DeskPaging } from './desk-types.js';

// Desk's largest page (`limit` is 1 to 100 on every list and search): fewest requests.
const MAX_PAGE = 100;

/** Fetches the records from index `from`, at most `limit` of them. */
export type FetchPage<Item> = (from: number, limit: number) => Promise<Item[]>;

/**
 * Pages of a Desk list or search, one request each, moving `from` forward by what came
 * back. Desk says nothing about more records, so a short page (or a 204) is the last; when
 * the total is a multiple of `limit`, that costs one extra request that finds nothing.
 */
export async function* deskPages<Item>(fetchPage: FetchPage<Item>, options: DeskPaging & DeskIterateOptions & CallOptions): AsyncGenerator<Item[], void, undefined> {
  const limit = options.limit ?? MAX_PAGE;
  let from = options.from ?? 0;
  let left = options.max ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    options.signal?.throwIfAborted();
    const size = Math.min(limit, left);
    const page = await fetchPage(from, size);
    if (page.length === 0) return;
    yield page;
    left -= page.length;
    from += page.length;
    if (page.length < size) return;
  }
}

/** `from` and `limit` when given, and nothing else (exactOptionalPropertyTypes: no undefined keys). */
export function pagingOf(page: DeskPaging): DeskPaging {
  return { ...(page.from !== undefined ? { from: page.from } : {}), ...(page.limit !== undefined ? { limit: page.limit } : {}) };
}
