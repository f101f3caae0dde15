import type { components, operations } from '../../generated/desk.js';

type Schemas = components['schemas'];
/** The query parameters of one operation of spec/desk.yaml. */
type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;
/** A query without the paging keys, which the friendly layer names itself. */
type Filters<Operation extends keyof operations> = Omit<QueryOf<Operation>, 'from' | 'limit' | 'include'>;

/** A Desk organization (portal), as `organizations()` lists it. */
export type DeskOrganization = Schemas['Organization'];
/** A department: every ticket belongs to one. */
export type DeskDepartment = Schemas['Department'];
/** A ticket. Lists leave out `description`; `get()` has it. */
export type DeskTicket = Schemas['Ticket'];
/** What `tickets.create()` takes: `subject`, `departmentId`, and `contactId` or `contact`. */
export type DeskTicketInput = Schemas['TicketCreate'];
/** What `tickets.update()` takes: only the fields to change. */
export type DeskTicketChanges = Schemas['TicketUpdate'];
export type DeskContact = Schemas['Contact'];
/** What `contacts.create()` takes: at least `lastName`. */
export type DeskContactInput = Schemas['ContactCreate'];
export type DeskContactChanges = Schemas['ContactFields'];
export type DeskAccount = Schemas['Account'];
/** What `accounts.create()` takes: at least `accountName`. */
export type DeskAccountInput = Schemas['AccountCreate'];
export type DeskAccountChanges = Schemas['AccountFields'];
export type DeskComment = Schemas['Comment'];
/** What `tickets.comments(id).add()` takes: `content`, and whether the customer sees it. */
export type DeskCommentInput = Schemas['CommentCreate'];
/** A message of a ticket's conversation. Lists carry a `summary`; `get()` the `content`. */
export type DeskThread = Schemas['Thread'];
/** One faulty field of a Desk error, as kept in `ZohoError.details`. */
export type DeskFieldError = NonNullable<Schemas['DeskError']['errors']>[number];


export type DeskTicketListInclude = 'contacts' | 'products' | 'departments' | 'team' | 'assignee';
export type DeskTicketInclude = DeskTicketListInclude | 'contract' | 'isRead' | 'skills';

/** Filters and order of `tickets.list()`; `include` embeds related objects. */
export type DeskTicketListFilter = Filters<'listTickets'> & { include?: readonly DeskTicketListInclude[] };
export type DeskContactListFilter = Filters<'listContacts'> & { include?: readonly 'accounts'[] };
export type DeskAccountListFilter = Filters<'listAccounts'>;

/**
 * What `search()` matches. A value ending in `*` is a wildcard match, any other an exact
 * one; values separated by commas match any of them; `_all` searches every field.
 */
export type DeskTicketSearch = Omit<Filters<'searchTickets'>, 'sortBy'>;
export type DeskContactSearch = Omit<Filters<'searchContacts'>, 'sortBy'>;
export type DeskAccountSearch = Omit<Filters<'searchAccounts'>, 'sortBy'>;

/** The order of search results (`relevance` by default). */
export type DeskTicketSearchOrder = Pick<QueryOf<'searchTickets'>, 'sortBy'>;
export type DeskContactSearchOrder = Pick<QueryOf<'searchContacts'>, 'sortBy'>;
export type DeskAccountSearchOrder = Pick<QueryOf<'searchAccounts'>, 'sortBy'>;
