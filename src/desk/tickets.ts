import { DeskCollection, type DeskCallMaker } from './desk-collection.js';
import type { DeskClient } from './desk-call.js';
import { TICKETS } from './desk-resources.js';
import type {
  DeskTicket,
  DeskTicketChanges,
  DeskTicketInclude,
  DeskTicketInput,
  DeskTicketListFilter,
  DeskTicketSearch,
  DeskTicketSearchOrder,
} from './desk-types.js';
import { DeskTicketComments } from './ticket-comments.js';
import { DeskTicketThreads } from './ticket-threads.js';

/**
 * Desk tickets: `zoho.desk.tickets`. Besides the shared list/search/CRUD, each ticket has
 * comments (`comments(id)`) and a conversation of threads (`threads(id)`).
 */
export class DeskTickets extends DeskCollection<DeskTicket, DeskTicketListFilter, DeskTicketSearch, DeskTicketSearchOrder, DeskTicketInput, DeskTicketChanges, DeskTicketInclude> {
  constructor(
    private readonly api: DeskClient,
    call: DeskCallMaker,
  ) {
    super(api, call, TICKETS);
  }

  /**
   * The comments of a ticket. Makes no call until a method runs.
   *
   * @example
   * const comments = await zoho.desk.tickets.comments(ticket.id).list();
   * await zoho.desk.tickets.comments(ticket.id).add('Replacement shipped');
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  comments(ticketId: string): DeskTicketComments {
    return new DeskTicketComments(this.api, this.call, ticketId);
  }

  /**
   * The threads (conversation) of a ticket. Makes no call until a method runs.
   *
   * @example
   * for await (const thread of zoho.desk.tickets.threads(ticket.id).iterate()) console.log(thread.summary);
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  threads(ticketId: string): DeskTicketThreads {
    return new DeskTicketThreads(this.api, this.call, ticketId);
  }
}
