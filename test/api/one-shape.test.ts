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
  ItemResult,
  Page,
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

describe('one shape for every kind of answer: Creator, Desk, Analytics', () => {
  it('every list() answers Promise<Page<T>> with the resource’s item type', () => {
    type NotAPage = { [K in keyof Listers]: Answer<Listers[K]['list']> extends Page<unknown> ? never : K }[keyof Listers];
    expectTypeOf<NotAPage>().toBeNever();
    expectTypeOf<CreatorReport['list']>().returns.toEqualTypeOf<Promise<Page<CreatorRecord>>>();
    expectTypeOf<DeskTickets['list']>().returns.toEqualTypeOf<Promise<Page<DeskTicket>>>();
    expectTypeOf<DeskContacts['list']>().returns.toEqualTypeOf<Promise<Page<DeskContact>>>();
    expectTypeOf<DeskAccounts['list']>().returns.toEqualTypeOf<Promise<Page<DeskAccount>>>();
    expectTypeOf<DeskTicketComments['list']>().returns.toEqualTypeOf<Promise<Page<DeskComment>>>();
    expectTypeOf<DeskTicketThreads['list']>().returns.toEqualTypeOf<Promise<Page<DeskThread>>>();
  });

  it('lists under their own nouns answer Pages too: search, organizations, departments, workspaces, views, tables', () => {
    expectTypeOf<DeskTickets['search']>().returns.toEqualTypeOf<Promise<Page<DeskTicket>>>();
    expectTypeOf<DeskContacts['search']>().returns.toEqualTypeOf<Promise<Page<DeskContact>>>();
    expectTypeOf<DeskAccounts['search']>().returns.toEqualTypeOf<Promise<Page<DeskAccount>>>();
    expectTypeOf<Desk['organizations']>().returns.toEqualTypeOf<Promise<Page<DeskOrganization>>>();
    expectTypeOf<Desk['departments']>().returns.toEqualTypeOf<Promise<Page<DeskDepartment>>>();
    expectTypeOf<Analytics['organizations']>().returns.toEqualTypeOf<Promise<Page<AnalyticsOrganization>>>();
    expectTypeOf<Analytics['workspaces']>().returns.toEqualTypeOf<Promise<Page<AnalyticsWorkspaceInfo>>>();
    expectTypeOf<AnalyticsWorkspace['views']>().returns.toEqualTypeOf<Promise<Page<AnalyticsView>>>();
    expectTypeOf<AnalyticsWorkspace['tables']>().returns.toEqualTypeOf<Promise<Page<AnalyticsView>>>();
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
