import { accountRef, anyOf, field, fullName, type DeskKindRules } from './desk-kinds.js';
import type { DeskOrg, SimDeskRecord } from './desk-org.js';

/** Tickets: filters, search fields, embedded contact/department, and the `contact` shortcut. */
export const TICKET_RULES: DeskKindRules = {
  kind: 'tickets',
  idParam: 'ticketId',
  scopeArea: 'tickets',
  trashKey: 'ticketIds',
  list: {
    allowed: ['departmentId', 'assignee', 'status', 'channel', 'dueDate', 'receivedInDays', 'closedTime', 'teamIds', 'include'],
    sortKeys: ['dueDate', 'createdTime', 'recentThread'],
  },
  listIncludes: ['contacts', 'products', 'departments', 'team', 'assignee'],
  getIncludes: ['contacts', 'products', 'assignee', 'departments', 'contract', 'isRead', 'team', 'skills'],
  // dueDate, receivedInDays and closedTime are relative to today and accepted but not
  // applied: the simulator's tickets have no due dates or customer responses to measure.
  listFilter(url) {
    const tests: ((ticket: SimDeskRecord) => boolean)[] = [];
    const department = url.searchParams.get('departmentId');
    if (department !== null) tests.push((ticket) => ticket['departmentId'] === department);
    for (const name of ['status', 'channel'] as const) {
      const matches = anyOf(url.searchParams.get(name));
      if (matches) tests.push((ticket) => matches(ticket[name]));
    }
    const teams = anyOf(url.searchParams.get('teamIds'));
    if (teams) tests.push((ticket) => teams(ticket['teamId']));
    const assignee = url.searchParams.get('assignee');
    if (assignee !== null) {
      const ids = anyOf(assignee);
      tests.push((ticket) => (assignee.toLowerCase() === 'unassigned' ? !ticket['assigneeId'] : ids!(ticket['assigneeId'])));
    }
    return (ticket) => tests.every((test) => test(ticket));
  },
  search: { sortKeys: ['relevance', 'modifiedTime', 'createdTime', 'customerResponseTime'] },
  searchFields(org) {
    const contactOf = (ticket: SimDeskRecord) => org.contacts.get(String(ticket['contactId']));
    return {
      id: field('id'),
      ticketNumber: field('ticketNumber'),
      subject: field('subject'),
      description: field('description'),
      email: field('email'),
      phone: field('phone'),
      status: field('status'),
      priority: field('priority'),
      channel: field('channel'),
      category: field('category'),
      departmentId: field('departmentId'),
      assigneeId: field('assigneeId'),
      contactId: field('contactId'),
      contactName: (ticket) => fullName(contactOf(ticket)),
      accountId: field('accountId'),
      accountName: (ticket) => org.accounts.get(String(ticket['accountId']))?.['accountName'],
      productId: field('productId'),
      // The simulator has no products or tags: these match only `${empty}`.
      productName: () => null,
      tag: () => null,
      createdTimeRange: field('createdTime'),
      modifiedTimeRange: field('modifiedTime'),
      dueDateRange: field('dueDate'),
      customerResponseTimeRange: field('customerResponseTime'),
    };
  },
  searchAll: (org, ticket) => [ticket['subject'], ticket['description'], ticket['email'], ticket['phone'], ticket['ticketNumber'], fullName(org.contacts.get(String(ticket['contactId'])))],
  sortKey(org, ticket, key) {
    if (key === 'recentThread') return org.threads.get(ticket.id)?.at(-1)?.['createdTime'] ?? ticket['createdTime'];
    return ticket[key];
  },
  create(org, body) {
    const { contact, ...fields } = body;
    if (fields['contactId'] === undefined && contact !== undefined) fields['contactId'] = contactFor(org, contact as Record<string, unknown>).id;
    return org.addTicket(fields);
  },
  present(org, ticket, { include, inList }) {
    const shown: Record<string, unknown> = { ...ticket };
    // Desk's lists leave the description out; only the ticket itself carries it.
    if (inList) delete shown['description'];
    else shown['description'] ??= null;
    if (include.includes('contacts')) {
      const contact = org.contacts.get(String(ticket['contactId']));
      shown['contact'] = contact
        ? {
            id: contact.id,
            firstName: contact['firstName'] ?? null,
            lastName: contact['lastName'] ?? null,
            email: contact['email'] ?? null,
            phone: contact['phone'] ?? null,
            mobile: contact['mobile'] ?? null,
            type: contact['type'] ?? null,
            isSpam: false,
            account: accountRef(org.accounts.get(String(contact['accountId']))),
          }
        : null;
    }
    if (include.includes('departments')) {
      const department = org.departments.get(String(ticket['departmentId']));
      shown['department'] = department ? { id: department.id, name: department['name'] } : null;
    }
    if (include.includes('assignee')) shown['assignee'] = null;
    if (include.includes('team')) shown['team'] = null;
    if (include.includes('products')) shown['product'] = null;
    if (include.includes('isRead')) shown['isRead'] = false;
    return shown;
  },
};

/** Desk finds the ticket's contact by email, or creates it (Create ticket, `contact`). */
function contactFor(org: DeskOrg, contact: Record<string, unknown>): SimDeskRecord {
  const email = String(contact['email']).toLowerCase();
  for (const existing of org.contacts.values()) if (String(existing['email'] ?? '').toLowerCase() === email) return existing;
  return org.addContact(contact);
}
