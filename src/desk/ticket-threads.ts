import type { CallOptions } from '../call-options.js';
import { bodyOf, listOf } from './desk-call.js';
import type { DeskCallMaker } from './desk-collection.js';
import { deskPages, pagingOf } from './desk-pages.js';
import type { DeskClient } from './desk.js';
import type { DeskIterateOptions, DeskPaging, DeskThread } from './desk-types.js';

/** The order of a ticket's threads. */
export interface DeskThreadListOptions extends DeskPaging, CallOptions {
  sortBy?: 'sendDateTime' | '-sendDateTime';
}

/**
 * The conversation of one ticket: the emails, chats and replies it is made of, read-only.
 * Lists carry each message's `summary`; `get()` carries its `content`.
 */
export class DeskTicketThreads {
  constructor(
    private readonly api: DeskClient,
    private readonly call: DeskCallMaker,
    readonly ticketId: string,
  ) {}

  /** One page of threads; `[]` when there is none. */
  async list(options: DeskThreadListOptions = {}): Promise<DeskThread[]> {
    const { header, init } = this.call(options);
    const query = { ...pagingOf(options), ...(options.sortBy ? { sortBy: options.sortBy } : {}) };
    return listOf((await this.api.GET('/api/v1/tickets/{ticketId}/threads', { params: { header, path: { ticketId: this.ticketId }, query }, ...init })).data);
  }

  /** Every thread, page after page, up to `max`. */
  async *iterate(options: DeskThreadListOptions & DeskIterateOptions = {}): AsyncGenerator<DeskThread, void, undefined> {
    for await (const page of deskPages((from, limit) => this.list({ ...options, from, limit }), options)) yield* page;
  }

  /** One thread with its full content. */
  async get(threadId: string, options: CallOptions = {}): Promise<DeskThread> {
    const { header, init } = this.call(options);
    const { data } = await this.api.GET('/api/v1/tickets/{ticketId}/threads/{threadId}', { params: { header, path: { ticketId: this.ticketId, threadId } }, ...init });
    return bodyOf(data, `thread ${threadId}`);
  }
}
