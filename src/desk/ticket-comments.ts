import type { CallOptions } from '../call-options.js';
import type { DeskClient } from './desk-call.js';
import { DeskList, type DeskCallMaker } from './desk-collection.js';
import type { DeskComment, DeskCommentInput } from './desk-types.js';

/** The order of a ticket's comments (`list()`, `iterate()`). */
export interface DeskCommentListOptions {
  sortBy?: 'commentedTime' | '-commentedTime';
}

/** The comments of one ticket: internal notes, or public ones the customer sees. */
export class DeskTicketComments extends DeskList<DeskComment, DeskCommentListOptions> {
  constructor(
    api: DeskClient,
    call: DeskCallMaker,
    readonly ticketId: string,
  ) {
    super(api, call, { what: 'comment', list: '/api/v1/tickets/{ticketId}/comments', item: { path: '/api/v1/tickets/{ticketId}/comments/{commentId}', id: 'commentId' }, parent: { ticketId } });
  }

  /**
   * Adds a comment. A string is a private plain-text note; pass `{ content, isPublic: true }`
   * for one the customer sees.
   *
   * @example
   * await zoho.desk.tickets.comments(ticket.id).add({ content: 'Fire brigade called', isPublic: true });
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  add(comment: string | DeskCommentInput, options: CallOptions = {}): Promise<DeskComment> {
    return this.send('POST', undefined, typeof comment === 'string' ? { content: comment } : comment, options, `commenting on ticket ${this.ticketId}`);
  }
}
