import { describe, expect, expectTypeOf, it } from 'vitest';
import { crmQuery, nextCursor, type CrmPaging } from '../../src/crm/crm-page.js';
import type { Crm, CrmInfo, Module, ModuleRecords, Page, PageCursor } from '../../src/index.js';

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

describe('every CRM list returns the one Page type', () => {
  it('holds for records, settings, sub-resources and COQL (a type-level check)', () => {
    type PageCall = (...args: never[]) => Promise<Page<unknown>>;
    type RecordHandle = ReturnType<Module['record']>;
    expectTypeOf<ModuleRecords['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<ModuleRecords['search']>().toMatchTypeOf<PageCall>();
    expectTypeOf<ModuleRecords['deleted']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['query']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['users']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['roles']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['profiles']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['userGroups']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['userGroups']['sources']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['territories']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<ReturnType<Crm['territories']['territory']>['users']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['globalPicklists']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<ReturnType<Crm['pipelines']>['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['recycleBin']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<Crm['notes']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<RecordHandle['notes']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<RecordHandle['attachments']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<RecordHandle['locks']['list']>().toMatchTypeOf<PageCall>();
    expectTypeOf<ReturnType<RecordHandle['related']>['list']>().toMatchTypeOf<PageCall>();
  });
});
