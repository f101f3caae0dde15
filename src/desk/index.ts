/**
 * Desk's public surface: the factory, the client and its collections, and their types.
 * Re-exported by `zohokit` and, with the core, by `zohokit/desk`.
 */
export { desk } from './desk-factory.js';
export { Desk, type DeskClient } from './desk.js';
export type * from './desk-types.js';
export type { DeskTickets } from './tickets.js';
export type { DeskCollection, DeskList, DeskCallMaker, DeskResource, DeskCollectionResource, DeskPath, DeskPageOptions } from './desk-collection.js';
export type { DeskCall } from './desk-call.js';
export type { DeskTicketComments, DeskCommentListOptions } from './ticket-comments.js';
export type { DeskTicketThreads, DeskThreadListOptions } from './ticket-threads.js';
export type { DeskAccountInclude, DeskContactInclude, DeskContacts, DeskAccounts } from './desk-resources.js';
