/**
 * One shape per kind of answer (issue 15), checked by the compiler: every list of Creator,
 * Desk and Analytics answers the one Page, every iterator is an async generator, and every
 * per-item write answers the one ItemResult per item. `tsc` fails this file when a method
 * drifts; vitest runs it as a (trivial) test so it is reported with the rest.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AnalyticsOrganization,
  AnalyticsView,
  AnalyticsWorkspace,
  AnalyticsWorkspaceInfo,
  Analytics,
  CreatorForm,
  CreatorRecord,
  CreatorReport,
  CreatorWriteExtra,
  Desk,
  DeskAccount,
  DeskAccounts,
  DeskComment,
  DeskContact,
  DeskContacts,
  DeskDepartment,
  DeskOrganization,
  DeskThread,
  DeskTicket,
  DeskTicketComments,
  DeskTicketThreads,
  DeskTickets,
  Crm,
  CrmRecord,
  CrmWriteExtra,
  ItemError,
  ItemResult,
  Module,
  ModuleRecords,
  Page,
  WriteResult,
} from '../../src/index.js';

/** What a method resolves to. */
type Answer<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
/** What a method returns (not awaited). */
type Returned<F> = F extends (...args: never[]) => infer R ? R : never;

/** Every resource with a `list()`, by name. */
interface Listers {
  'creator report': CreatorReport;
  'desk tickets': DeskTickets;
  'desk contacts': DeskContacts;
  'desk accounts': DeskAccounts;
  'desk ticket comments': DeskTicketComments;
  'desk ticket threads': DeskTicketThreads;
}

/** Exactly equal types (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Every list, by name: the method and the item type its Page must carry. */
interface Lists {
  'creator report.list': [CreatorReport['list'], CreatorRecord];
  'desk tickets.list': [DeskTickets['list'], DeskTicket];
  'desk contacts.list': [DeskContacts['list'], DeskContact];
  'desk accounts.list': [DeskAccounts['list'], DeskAccount];
  'desk comments.list': [DeskTicketComments['list'], DeskComment];
  'desk threads.list': [DeskTicketThreads['list'], DeskThread];
  'desk tickets.search': [DeskTickets['search'], DeskTicket];
  'desk contacts.search': [DeskContacts['search'], DeskContact];
  'desk accounts.search': [DeskAccounts['search'], DeskAccount];
  'desk.organizations': [Desk['organizations'], DeskOrganization];
  'desk.departments': [Desk['departments'], DeskDepartment];
  'analytics.organizations': [Analytics['organizations'], AnalyticsOrganization];
  'analytics.workspaces': [Analytics['workspaces'], AnalyticsWorkspaceInfo];
  'workspace.views': [AnalyticsWorkspace['views'], AnalyticsView];
  'workspace.tables': [AnalyticsWorkspace['tables'], AnalyticsView];
}

describe('one shape for every kind of answer: Creator, Desk, Analytics', () => {
  it('every list() answers Promise<Page<T>> with the resource’s item type', () => {
    type NotAPage = { [K in keyof Listers]: Answer<Listers[K]['list']> extends Page<unknown> ? never : K }[keyof Listers];
    expectTypeOf<NotAPage>().toBeNever();
  });

  it('every list, also under its own noun (search, organizations, departments, workspaces, views, tables), is exactly Promise<Page<Item>>', () => {
    type Mismatches = { [K in keyof Lists]: Equal<Returned<Lists[K][0]>, Promise<Page<Lists[K][1]>>> extends true ? never : K }[keyof Lists];
    expectTypeOf<Mismatches>().toBeNever();
  });

  it('every iterate() is an AsyncGenerator of the same items its list() pages', () => {
    type NotAGenerator = { [K in keyof Listers]: Returned<Listers[K]['iterate']> extends AsyncGenerator<Answer<Listers[K]['list']> extends Page<infer T> ? T : never, void, undefined> ? never : K }[keyof Listers];
    expectTypeOf<NotAGenerator>().toBeNever();
    expectTypeOf<CreatorReport['iterate']>().returns.toEqualTypeOf<AsyncGenerator<CreatorRecord, void, undefined>>();
    expectTypeOf<DeskTickets['iterate']>().returns.toExtend<AsyncIterable<DeskTicket>>();
  });

  it('every iterate() takes limit (stop after N) and perPage (page size)', () => {
    type Options<F> = F extends (options?: infer O) => unknown ? NonNullable<O> : never;
    expectTypeOf<{ limit: number; perPage: 500 }>().toExtend<Options<CreatorReport['iterate']>>();
    expectTypeOf<{ limit: number; perPage: number }>().toExtend<Options<DeskTickets['iterate']>>();
    expectTypeOf<{ limit: number; perPage: number }>().toExtend<Options<DeskTicketComments['iterate']>>();
    expectTypeOf<{ limit: number; perPage: number }>().toExtend<Options<DeskTicketThreads['iterate']>>();
  });

  it('every per-item write answers Promise<ItemResult<...>[]>', () => {
    expectTypeOf<CreatorForm['add']>().returns.toEqualTypeOf<Promise<ItemResult<CreatorWriteExtra>[]>>();
    // Writes by criteria add `moreRecords` to the same array.
    expectTypeOf<Answer<CreatorReport['update']>>().toExtend<ItemResult<CreatorWriteExtra>[]>();
    expectTypeOf<Answer<CreatorReport['delete']>>().toExtend<ItemResult<CreatorWriteExtra>[]>();
    expectTypeOf<Answer<CreatorReport['update']>['moreRecords']>().toEqualTypeOf<boolean>();
  });
});

describe('one shape for every kind of answer: CRM records and batch calls', () => {
  // CRM's lists are checked in test/crm/crm-page.test.ts and its notes, files, tags, jobs
  // and notifications in test/crm-subresources/one-shape.test.ts; these are the record writes.
  type Records = ModuleRecords;
  type Related = ReturnType<CrmRecord['related']>;

  it('every record write answers the one ItemResult per input, with CRM’s extra fields', () => {
    expectTypeOf<Answer<Records['create']>>().toEqualTypeOf<ItemResult<CrmWriteExtra>[]>();
    expectTypeOf<Answer<Records['update']>>().toEqualTypeOf<ItemResult<CrmWriteExtra>[]>();
    expectTypeOf<Answer<Records['upsert']>>().toEqualTypeOf<ItemResult<CrmWriteExtra>[]>();
    expectTypeOf<Answer<Records['delete']>>().toEqualTypeOf<ItemResult<CrmWriteExtra>[]>();
    expectTypeOf<WriteResult>().toEqualTypeOf<ItemResult<CrmWriteExtra>>();
  });

  it('every batch call (links, owners, the recycle bin) answers the one ItemResult per id', () => {
    expectTypeOf<Answer<Related['add']>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<Answer<Related['remove']>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<Answer<Module['changeOwner']>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<Answer<Crm['recycleBin']['restore']>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<Answer<Crm['recycleBin']['delete']>>().toEqualTypeOf<ItemResult[]>();
  });

  it('every failure carries the same ItemError fields in every product', () => {
    expectTypeOf<Extract<ItemResult<CrmWriteExtra>, { ok: false }>['error']>().toEqualTypeOf<ItemError>();
    expectTypeOf<Extract<ItemResult<CreatorWriteExtra>, { ok: false }>['error']>().toEqualTypeOf<ItemError>();
    expectTypeOf<keyof ItemError>().toEqualTypeOf<'code' | 'message' | 'field' | 'jsonPath' | 'details' | 'cause'>();
  });
});
