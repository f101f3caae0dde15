import { describe, expect, it } from 'vitest';
import { firstPage, iteratePages, pageOf, singlePage, type FetchPage, type PageCursor, type PageData } from '../../src/page.js';

/**
 * A scripted list: the n-th fetch answers `answers[n]` and records the cursor it was asked
 * for. A fetch past the script fails the test, so a row also proves no extra request went out.
 */
function scripted<T>(answers: PageData<T>[]): { fetchPage: FetchPage<T>; cursors: (PageCursor | undefined)[] } {
  const cursors: (PageCursor | undefined)[] = [];
  const fetchPage: FetchPage<T> = (cursor) => {
    cursors.push(cursor);
    const answer = answers[cursors.length - 1];
    if (!answer) throw new Error(`fetch ${cursors.length} is past the script`);
    return Promise.resolve(answer);
  };
  return { fetchPage, cursors };
}

const page = (items: number[], next?: PageCursor): PageData<number> => ({ items, next });

interface Row {
  name: string;
  answers: PageData<number>[];
  limit?: number;
  /** Abort the signal once this many items were read. */
  abortAfter?: number;
  /** Where the walk starts. */
  cursor?: PageCursor;
  items: number[];
  fetches: number;
  /** The cursors the fetches were asked for, when the row checks them. */
  cursors?: (PageCursor | undefined)[];
  /** The walk ends with this error message. */
  throws?: string;
}

const rows: Row[] = [
  { name: 'one page without a cursor', answers: [page([1, 2])], items: [1, 2], fetches: 1, cursors: [undefined] },
  {
    name: 'three pages, each cursor passed on to the next fetch',
    answers: [page([1, 2], { page: 2 }), page([3, 4], { pageToken: 't' }), page([5])],
    items: [1, 2, 3, 4, 5],
    fetches: 3,
    cursors: [undefined, { page: 2 }, { pageToken: 't' }],
  },
  { name: 'limit inside the first page', answers: [page([1, 2, 3], { page: 2 })], limit: 2, items: [1, 2], fetches: 1 },
  { name: 'limit on a page boundary fetches no further page', answers: [page([1, 2], { page: 2 })], limit: 2, items: [1, 2], fetches: 1 },
  { name: 'limit across pages', answers: [page([1, 2], { from: 2 }), page([3, 4], { from: 4 })], limit: 3, items: [1, 2, 3], fetches: 2 },
  { name: 'limit 0 fetches nothing', answers: [], limit: 0, items: [], fetches: 0 },
  { name: 'an empty page ends the walk even with a cursor', answers: [page([1], { cursor: 'a' }), page([], { cursor: 'b' })], items: [1], fetches: 2 },
  { name: 'an empty first page', answers: [page([])], items: [], fetches: 1 },
  { name: 'a limit larger than the list', answers: [page([1], { offset: 1 }), page([2])], limit: 10, items: [1, 2], fetches: 2, cursors: [undefined, { offset: 1 }] },
  { name: 'a starting cursor goes to the first fetch', answers: [page([7, 8])], cursor: { page: 4 }, items: [7, 8], fetches: 1, cursors: [{ page: 4 }] },
  { name: 'abort before the walk starts fetches nothing', answers: [page([1])], abortAfter: 0, items: [], fetches: 0, throws: 'stop' },
  {
    name: 'abort mid-page stops at once, not at the end of the page',
    answers: [page([1, 2, 3], { page: 2 }), page([4])],
    abortAfter: 2,
    items: [1, 2],
    fetches: 1,
    throws: 'stop',
  },
  { name: 'abort on a page boundary sends no further fetch', answers: [page([1, 2], { page: 2 }), page([3])], abortAfter: 2, items: [1, 2], fetches: 1, throws: 'stop' },
];

describe('page engine: iteratePages', () => {
  it.each(rows)('$name', async (row) => {
    const { fetchPage, cursors } = scripted(row.answers);
    const controller = new AbortController();
    if (row.abortAfter === 0) controller.abort(new Error('stop'));
    const read: number[] = [];
    let error: unknown;
    try {
      const walk = iteratePages(fetchPage, {
        ...(row.limit !== undefined ? { limit: row.limit } : {}),
        ...(row.cursor ? { cursor: row.cursor } : {}),
        signal: controller.signal,
      });
      for await (const item of walk) {
        read.push(item);
        if (read.length === row.abortAfter) controller.abort(new Error('stop'));
      }
    } catch (caught) {
      error = caught;
    }
    expect(read).toEqual(row.items);
    expect(cursors).toHaveLength(row.fetches);
    if (row.cursors) expect(cursors).toEqual(row.cursors);
    if (row.throws) expect(error).toMatchObject({ message: row.throws });
    else expect(error).toBeUndefined();
  });
});

describe('page engine: Page', () => {
  it('reports hasMore and next from the answer, and nextPage() fetches the next page with that cursor', async () => {
    const { fetchPage, cursors } = scripted([page([1, 2], { page: 2 }), page([3])]);
    const first = await firstPage(fetchPage);
    expect(first).toMatchObject({ items: [1, 2], hasMore: true, next: { page: 2 }, total: undefined, rateLimit: {} });
    const second = await first.nextPage();
    expect(second).toMatchObject({ items: [3], hasMore: false, next: undefined });
    expect(await second!.nextPage()).toBeUndefined();
    expect(cursors).toEqual([undefined, { page: 2 }]);
  });

  it('treats an empty page as the last, whatever cursor came with it', () => {
    const empty = pageOf(page([], { page: 9 }), () => Promise.reject(new Error('no fetch expected')));
    expect(empty).toMatchObject({ items: [], hasMore: false, next: undefined });
  });

  it('iterates with for await from this page on, without fetching this page again', async () => {
    const { fetchPage, cursors } = scripted([page([1, 2], { from: 2 }), page([3, 4], { from: 4 }), page([5])]);
    const first = await firstPage(fetchPage, { cursor: { from: 0 } });
    const read: number[] = [];
    for await (const item of first) read.push(item);
    expect(read).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toEqual([{ from: 0 }, { from: 2 }, { from: 4 }]);
  });

  it('gives a one-piece list as a single page that iterates its items and has no next page', async () => {
    const only = singlePage(['a', 'b'], { remaining: 5 });
    expect(only).toMatchObject({ items: ['a', 'b'], hasMore: false, next: undefined, rateLimit: { remaining: 5 } });
    const read: string[] = [];
    for await (const item of only) read.push(item);
    expect(read).toEqual(['a', 'b']);
    expect(await only.nextPage()).toBeUndefined();
  });

  it('carries total and rate-limit headers from the answer', async () => {
    const first = await firstPage<number>(() => Promise.resolve({ items: [1], next: undefined, total: 40, rateLimit: { accessTokenReset: '2026-01-01T00:00:00+00:00' } }));
    expect(first).toMatchObject({ total: 40, rateLimit: { accessTokenReset: '2026-01-01T00:00:00+00:00' } });
  });
});
