import type { DeskCollection, DeskCollectionResource, DeskResource } from './desk-collection.js';
import type {
  DeskAccount,
  DeskAccountChanges,
  DeskAccountInput,
  DeskAccountListFilter,
  DeskAccountSearch,
  DeskAccountSearchOrder,
  DeskContact,
  DeskContactChanges,
  DeskContactInput,
  DeskContactListFilter,
  DeskContactSearch,
  DeskContactSearchOrder,
} from './desk-types.js';

/**
 * Where Desk's record kinds live in spec/desk.yaml; one DeskCollection serves each. Every path
 * is checked against the spec at compile time.
 */
export const TICKETS: DeskCollectionResource = { what: 'ticket', list: '/api/v1/tickets', item: { path: '/api/v1/tickets/{ticketId}', id: 'ticketId' }, search: '/api/v1/tickets/search', trash: { path: '/api/v1/tickets/moveToTrash', key: 'ticketIds' } };
export const CONTACTS: DeskCollectionResource = { what: 'contact', list: '/api/v1/contacts', item: { path: '/api/v1/contacts/{contactId}', id: 'contactId' }, search: '/api/v1/contacts/search', trash: { path: '/api/v1/contacts/moveToTrash', key: 'contactIds' } };
export const ACCOUNTS: DeskCollectionResource = { what: 'account', list: '/api/v1/accounts', item: { path: '/api/v1/accounts/{accountId}', id: 'accountId' }, search: '/api/v1/accounts/search', trash: { path: '/api/v1/accounts/moveToTrash', key: 'accountIds' } };
/** Departments are only listed (the internal list behind `desk.departments()`). */
export const DEPARTMENTS: DeskResource = { what: 'department', list: '/api/v1/departments' };

/** What `contacts.get()` can embed. */
export type DeskContactInclude = 'accounts' | 'owner';
/** What `accounts.get()` can embed. */
export type DeskAccountInclude = 'owner';

/** Desk contacts: the people who raise tickets. `zoho.desk.contacts`. */
export type DeskContacts = DeskCollection<DeskContact, DeskContactListFilter, DeskContactSearch, DeskContactSearchOrder, DeskContactInput, DeskContactChanges, DeskContactInclude>;
/** Desk accounts: the customer companies contacts belong to. `zoho.desk.accounts`. */
export type DeskAccounts = DeskCollection<DeskAccount, DeskAccountListFilter, DeskAccountSearch, DeskAccountSearchOrder, DeskAccountInput, DeskAccountChanges, DeskAccountInclude>;
