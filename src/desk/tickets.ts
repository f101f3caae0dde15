import { bodyOf, listOf } from './desk-call.js';
import { DeskCollection, type DeskCallMaker, type DeskRecordEndpoints } from './desk-collection.js';
import type { DeskClient } from './desk.js';
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

type TicketEndpoints = DeskRecordEndpoints<DeskTicket, DeskTicketListFilter, DeskTicketSearch, DeskTicketSearchOrder, DeskTicketInput, DeskTicketChanges, DeskTicketInclude>;

/**
 * Desk tickets: `zoho.desk.tickets`. Besides the shared list/search/CRUD, each ticket has
 * comments (`comments(id)`) and a conversation of threads (`threads(id)`).
 */
export class DeskTickets extends DeskCollection<DeskTicket, DeskTicketListFilter, DeskTicketSearch, DeskTicketSearchOrder, DeskTicketInput, DeskTicketChanges, DeskTicketInclude> {
  constructor(
    private readonly api: DeskClient,
    call: DeskCallMaker,
  ) {
    super(ticketEndpoints(api), call);
  }

  /** The comments of a ticket. Makes no call until a method runs. */
  comments(ticketId: string): DeskTicketComments {
    return new DeskTicketComments(this.api, this.call, ticketId);
  }

  /** The threads (conversation) of a ticket. Makes no call until a method runs. */
  threads(ticketId: string): DeskTicketThreads {
    return new DeskTicketThreads(this.api, this.call, ticketId);
  }
}

function ticketEndpoints(api: DeskClient): TicketEndpoints {
  return {
    async list({ include, ...filter }, page, { header, init }) {
      const query = { ...filter, ...page, ...(include?.length ? { include: include.join(',') } : {}) };
      return listOf((await api.GET('/api/v1/tickets', { params: { header, query }, ...init })).data);
    },
    async search(criteria, order, page, { header, init }) {
      const { data } = await api.GET('/api/v1/tickets/search', { params: { header, query: { ...criteria, ...order, ...page } }, ...init });
      return { data: data?.data ?? [], count: Number(data?.count ?? 0) };
    },
    async get(ticketId, include, { header, init }) {
      const query = include?.length ? { include: include.join(',') } : {};
      return bodyOf((await api.GET('/api/v1/tickets/{ticketId}', { params: { header, path: { ticketId }, query }, ...init })).data, `ticket ${ticketId}`);
    },
    async create(body, { header, init }) {
      return bodyOf((await api.POST('/api/v1/tickets', { params: { header }, body, ...init })).data, 'creating a ticket');
    },
    async update(ticketId, body, { header, init }) {
      return bodyOf((await api.PATCH('/api/v1/tickets/{ticketId}', { params: { header, path: { ticketId } }, body, ...init })).data, `updating ticket ${ticketId}`);
    },
    async trash(ticketIds, { header, init }) {
      await api.POST('/api/v1/tickets/moveToTrash', { params: { header }, body: { ticketIds }, ...init });
    },
  };
}
