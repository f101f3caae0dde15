import { bodyOf, listOf } from './desk-call.js';
import { DeskCollection, type DeskCallMaker, type DeskRecordEndpoints } from './desk-collection.js';
import type { DeskClient } from './desk.js';
import type { DeskAccount, DeskAccountChanges, DeskAccountInput, DeskAccountListFilter, DeskAccountSearch, DeskAccountSearchOrder } from './desk-types.js';

/** What `accounts.get()` can embed. */
export type DeskAccountInclude = 'owner';

/** Desk accounts: the customer companies contacts belong to. `zoho.desk.accounts`. */
export type DeskAccounts = DeskCollection<DeskAccount, DeskAccountListFilter, DeskAccountSearch, DeskAccountSearchOrder, DeskAccountInput, DeskAccountChanges, DeskAccountInclude>;

/** Builds `zoho.desk.accounts` over the typed client: each call on its own path of spec/desk.yaml. */
export function deskAccounts(api: DeskClient, call: DeskCallMaker): DeskAccounts {
  const endpoints: DeskRecordEndpoints<DeskAccount, DeskAccountListFilter, DeskAccountSearch, DeskAccountSearchOrder, DeskAccountInput, DeskAccountChanges, DeskAccountInclude> = {
    async list(filter, page, { header, init }) {
      return listOf((await api.GET('/api/v1/accounts', { params: { header, query: { ...filter, ...page } }, ...init })).data);
    },
    async search(criteria, order, page, { header, init }) {
      const { data } = await api.GET('/api/v1/accounts/search', { params: { header, query: { ...criteria, ...order, ...page } }, ...init });
      return { data: data?.data ?? [], count: Number(data?.count ?? 0) };
    },
    async get(accountId, include, { header, init }) {
      const query = include?.length ? { include: 'owner' as const } : {};
      return bodyOf((await api.GET('/api/v1/accounts/{accountId}', { params: { header, path: { accountId }, query }, ...init })).data, `account ${accountId}`);
    },
    async create(body, { header, init }) {
      return bodyOf((await api.POST('/api/v1/accounts', { params: { header }, body, ...init })).data, 'creating an account');
    },
    async update(accountId, body, { header, init }) {
      return bodyOf((await api.PATCH('/api/v1/accounts/{accountId}', { params: { header, path: { accountId } }, body, ...init })).data, `updating account ${accountId}`);
    },
    async trash(accountIds, { header, init }) {
      await api.POST('/api/v1/accounts/moveToTrash', { params: { header }, body: { accountIds }, ...init });
    },
  };
  return new DeskCollection(endpoints, call);
}
