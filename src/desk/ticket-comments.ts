import type { CallOptions } from '../call-options.js';
import { bodyOf, listOf } from './desk-call.js';
import type { DeskCallMaker } from './desk-collection.js';
import { deskPages, pagingOf } from './desk-pages.js';
import type { DeskClient } from './desk.js';
import type { DeskComment, DeskCommentInput, DeskIterateOptions, DeskPaging } from './desk-types.js';

/** The order of a ticket's comments. */
export interface DeskCommentListOptions extends DeskPaging, CallOptions {
  sortBy?: 'commentedTime' | '-commentedTime';
}

/** The comments of one ticket: internal notes, or public ones the customer sees. */
export class DeskTicketComments {
  constructor(
    private readonly api: DeskClient,
    private readonly call: DeskCallMaker,
    readonly ticketId: string,
  ) {}

  /** One page of comments; `[]` when there is none. */
  async list(options: DeskCommentListOptions = {}): Promise<DeskComment[]> {
    const { header, init } = this.call(options);
    const query = { ...pagingOf(options), ...(options.sortBy ? { sortBy: options.sortBy } : {}) };
    return listOf((await this.api.GET('/api/v1/tickets/{ticketId}/comments', { params: { header, path: { ticketId: this.ticketId }, query }, ...init })).data);
  }

  /** Every comment, page after page, up to `max`. */
  async *iterate(options: DeskCommentListOptions & DeskIterateOptions = {}): AsyncGenerator<DeskComment, void, undefined> {
    for await (const page of deskPages((from, limit) => this.list({ ...options, from, limit }), options)) yield* page;
  }

  /** One comment by id. */
  async get(commentId: string, options: CallOptions = {}): Promise<DeskComment> {
    const { header, init } = this.call(options);
    const { data } = await this.api.GET('/api/v1/tickets/{ticketId}/comments/{commentId}', { params: { header, path: { ticketId: this.ticketId, commentId } }, ...init });
    return bodyOf(data, `comment ${commentId}`);
  }

  /**
   * Adds a comment. A string is a private plain-text note; pass `{ content, isPublic: true }`
   * for one the customer sees.
   */
  async add(comment: string | DeskCommentInput, options: CallOptions = {}): Promise<DeskComment> {
    const { header, init } = this.call(options);
    const body = typeof comment === 'string' ? { content: comment } : comment;
    const { data } = await this.api.POST('/api/v1/tickets/{ticketId}/comments', { params: { header, path: { ticketId: this.ticketId } }, body, ...init });
    return bodyOf(data, `commenting on ticket ${this.ticketId}`);
  }
}
