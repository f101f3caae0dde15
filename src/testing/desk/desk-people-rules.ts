import { accountRef, field, fullName, type DeskKindRules } from './desk-kinds.js';

/** Contacts: the people who raise tickets; `include=accounts` embeds their account. */
export const CONTACT_RULES: DeskKindRules = {
  kind: 'contacts',
  idParam: 'contactId',
  scopeArea: 'contacts',
  trashKey: 'contactIds',
  // viewId picks a custom view; the simulator has none, so every view shows every contact.
  list: {
    allowed: ['viewId', 'include'],
    sortKeys: ['firstName', 'lastName', 'phone', 'email', 'account', 'createdTime', 'modifiedTime'],
  },
  listIncludes: ['accounts'],
  getIncludes: ['accounts', 'owner'],
  listFilter: () => () => true,
  search: { sortKeys: ['relevance', 'modifiedTime', 'createdTime', 'lastName', 'firstName'] },
  searchFields: (org) => ({
    id: field('id'),
    firstName: field('firstName'),
    lastName: field('lastName'),
    fullName: (contact) => fullName(contact),
    email: field('email'),
    phone: field('phone'),
    mobile: field('mobile'),
    accountName: (contact) => org.accounts.get(String(contact['accountId']))?.['accountName'],
    createdTimeRange: field('createdTime'),
    modifiedTimeRange: field('modifiedTime'),
  }),
  searchAll: (_org, contact) => [fullName(contact), contact['email'], contact['phone'], contact['mobile']],
  sortKey: (org, contact, key) => (key === 'account' ? org.accounts.get(String(contact['accountId']))?.['accountName'] : contact[key]),
  create: (org, body) => org.addContact(body),
  present(org, contact, { include }) {
    const shown: Record<string, unknown> = { ...contact };
    if (include.includes('accounts')) shown['account'] = accountRef(org.accounts.get(String(contact['accountId'])));
    if (include.includes('owner')) shown['owner'] = null;
    return shown;
  },
};

/** Accounts: the customer companies contacts belong to. */
export const ACCOUNT_RULES: DeskKindRules = {
  kind: 'accounts',
  idParam: 'accountId',
  scopeArea: 'contacts',
  trashKey: 'accountIds',
  list: { allowed: [], sortKeys: ['accountName', 'email', 'phone', 'website', 'createdTime', 'modifiedTime'] },
  listIncludes: [],
  getIncludes: ['owner'],
  listFilter: () => () => true,
  search: { sortKeys: ['relevance', 'modifiedTime', 'createdTime', 'accountName'] },
  searchFields: () => ({
    id: field('id'),
    accountName: field('accountName'),
    createdTimeRange: field('createdTime'),
    modifiedTimeRange: field('modifiedTime'),
  }),
  searchAll: (_org, account) => [account['accountName'], account['email'], account['website'], account['phone']],
  sortKey: (_org, account, key) => account[key],
  create: (org, body) => org.addAccount(body),
  present(_org, account, { include }) {
    const shown: Record<string, unknown> = { ...account };
    if (include.includes('owner')) shown['owner'] = null;
    return shown;
  },
};
