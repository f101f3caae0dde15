import { bodyOf, listOf } from './desk-call.js';
import { DeskCollection, type DeskCallMaker, type DeskRecordEndpoints } from './desk-collection.js';
import type { DeskClient } from './desk.js';
import type { DeskContact, DeskContactChanges, DeskContactInput, DeskContactListFilter, DeskContactSearch, DeskContactSearchOrder } from './desk-types.js';

/** What `contacts.get()` can embed. */
export type DeskContactInclude = 'accounts' | 'owner';

/** Desk contacts: the people who raise tickets. `zoho.desk.contacts`. */
export type DeskContacts = DeskCollection<DeskContact, DeskContactListFilter, DeskContactSearch, DeskContactSearchOrder, DeskContactInput, DeskContactChanges, DeskContactInclude>;

/** Builds `zoho.desk.contacts` over the typed client: each call on its own path of spec/desk.yaml. */
export function deskContacts(api: DeskClient, call: DeskCallMaker): DeskContacts {
  const endpoints: DeskRecordEndpoints<DeskContact, DeskContactListFilter, DeskContactSearch, DeskContactSearchOrder, DeskContactInput, DeskContactChanges, DeskContactInclude> = {
    async list({ include, ...filter }, page, { header, init }) {
      const query = { ...filter, ...page, ...(include?.length ? { include: 'accounts' as const } : {}) };
      return listOf((await api.GET('/api/v1/contacts', { params: { header, query }, ...init })).data);
    },
    async search(criteria, order, page, { header, init }) {
      const { data } = await api.GET('/api/v1/contacts/search', { params: { header, query: { ...criteria, ...order, ...page } }, ...init });
      return { data: data?.data ?? [], count: Number(data?.count ?? 0) };
    },
    async get(contactId, include, { header, init }) {
      const query = include?.length ? { include: include.join(',') } : {};
      return bodyOf((await api.GET('/api/v1/contacts/{contactId}', { params: { header, path: { contactId }, query }, ...init })).data, `contact ${contactId}`);
    },
    async create(body, { header, init }) {
      return bodyOf((await api.POST('/api/v1/contacts', { params: { header }, body, ...init })).data, 'creating a contact');
    },
    async update(contactId, body, { header, init }) {
      return bodyOf((await api.PATCH('/api/v1/contacts/{contactId}', { params: { header, path: { contactId } }, body, ...init })).data, `updating contact ${contactId}`);
    },
    async trash(contactIds, { header, init }) {
      await api.POST('/api/v1/contacts/moveToTrash', { params: { header }, body: { contactIds }, ...init });
    },
  };
  return new DeskCollection(endpoints, call);
}
