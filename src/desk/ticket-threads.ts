import type { DeskClient } from './desk-call.js';
import { DeskList, type DeskCallMaker } from './desk-collection.js';
import type { DeskThread } from './desk-types.js';

/** The order of a ticket's threads (`list()`, `iterate()`). */
export interface DeskThreadListOptions {
  sortBy?: 'sendDateTime' | '-sendDateTime';
}

/**
 * The conversation of one ticket: the emails, chats and replies it is made of, read-only.
 * Lists carry each message's `summary`; `get()` carries its `content`.
 */
export class DeskTicketThreads extends DeskList<DeskThread, DeskThreadListOptions> {
  constructor(
    api: DeskClient,
    call: DeskCallMaker,
    readonly ticketId: string,
  ) {
    super(api, call, { what: 'thread', list: '/api/v1/tickets/{ticketId}/threads', item: { path: '/api/v1/tickets/{ticketId}/threads/{threadId}', id: 'threadId' }, parent: { ticketId } });
  }
}
