import { describe, expect, it } from 'vitest';
import { crmQuery, nextCursor, type CrmPaging } from '../../src/crm/crm-page.js';
import type { CrmInfo } from '../../src/index.js';
import type { PageCursor } from '../../src/page.js';

// CRM's adapter to the page engine: which cursor follows an answer's `info`, and which query
// a cursor sends. Zoho: `page` reaches the first 2,000 records, then only `page_token`.
const rows: { name: string; info: CrmInfo | undefined; at: PageCursor | undefined; perPage?: number; paging?: CrmPaging; next: PageCursor | undefined }[] = [
  { name: 'no info (HTTP 204)', info: undefined, at: undefined, next: undefined },
  { name: 'more_records false', info: { more_records: false, page: 1, per_page: 200 }, at: undefined, next: undefined },
  { name: 'first page of many', info: { more_records: true, page: 1, per_page: 200, next_page_token: 't1' }, at: undefined, paging: 'token', next: { page: 2 } },
  { name: 'page 9 of 200 still by number', info: { more_records: true, page: 9, per_page: 200, next_page_token: 't9' }, at: { page: 9 }, paging: 'token', next: { page: 10 } },
  { name: 'page 10 of 200 reaches 2,000: the token', info: { more_records: true, page: 10, per_page: 200, next_page_token: 't10' }, at: { page: 10 }, paging: 'token', next: { pageToken: 't10' } },
  { name: 'on a token, the next token', info: { more_records: true, page: 12, per_page: 200, next_page_token: 't12' }, at: { pageToken: 't11' }, paging: 'token', next: { pageToken: 't12' } },
  { name: 'small pages stay by number below 2,000', info: { more_records: true, page: 600, per_page: 3 }, at: { page: 600 }, paging: 'token', next: { page: 601 } },
  { name: 'a page list ignores a token', info: { more_records: true, page: 10, per_page: 200, next_page_token: 't10' }, at: { page: 10 }, paging: 'page', next: { page: 11 } },
  { name: 'a token list without a token goes on by number', info: { more_records: true, page: 10, per_page: 200, next_page_token: null }, at: { page: 10 }, paging: 'token', next: { page: 11 } },
  { name: 'no per_page in info: the size asked for', info: { more_records: true }, at: { page: 19 }, perPage: 100, paging: 'token', next: { page: 20 } },
];

describe('CRM paging: next cursor from info', () => {
  it.each(rows)('$name', (row) => {
    expect(nextCursor(row.info, row.at, row.perPage, row.paging)).toEqual(row.next);
  });
});

describe('CRM paging: query of a cursor', () => {
  it.each([
    { at: undefined, perPage: undefined, query: {} },
    { at: { page: 3 }, perPage: 50, query: { page: 3, per_page: 50 } },
    { at: { page: 11, pageToken: 'tok' }, perPage: 200, query: { page_token: 'tok', per_page: 200 } },
  ])('$at with perPage $perPage', ({ at, perPage, query }) => {
    expect(crmQuery(at, perPage)).toEqual(query);
  });
});
