import { json } from '../products.js';
import type { Route } from '../router.js';
import { admit, DESK_ERRORS, jsonBody, noContent, type DeskFieldError, type DeskScope } from './desk-answers.js';
import type { DeskOrg, SimDeskRecord } from './desk-org.js';
import { pageOf, readPageRequest } from './desk-paging.js';
import type { AccessTokenRecord } from '../accounts/oauth-state.js';
import type { DeskState } from './desk-state.js';

const TICKET = '/api/v1/tickets/{ticketId}';
// A thread list shows the start of each message; the thread itself has the whole content.
const SUMMARY_LENGTH = 200;

/** A ticket's comments (list, add, get) and threads (list, get). */
export function deskConversationRoutes(state: DeskState): Route[] {
  /** The org and live ticket a conversation request names, or Desk's answer. */
  const ticketOf = (
    request: Request,
    params: Record<string, string>,
    token: AccessTokenRecord | undefined,
    scope: DeskScope,
  ): { org: DeskOrg; ticket: SimDeskRecord } | Response => {
    const org = admit(state, request, token, scope);
    if (org instanceof Response) return org;
    const ticket = org.tickets.get(params['ticketId'] ?? '');
    return ticket ? { org, ticket } : DESK_ERRORS.notFound();
  };
  return [
    {
      method: 'GET',
      path: `${TICKET}/comments`,
      auth: true,
      handle: ({ request, url, params, token }) => {
        const found = ticketOf(request, params, token, 'Desk.tickets.READ');
        if (found instanceof Response) return found;
        const page = readPageRequest(url, { allowed: ['include'], sortKeys: ['commentedTime'] });
        if (page instanceof Response) return page;
        const include = url.searchParams.get('include');
        if (include !== null && include !== 'mentions') return DESK_ERRORS.invalidParameter('include');
        const data = pageOf(found.org.comments.get(found.ticket.id) ?? [], page);
        return data.length === 0 ? noContent() : json({ data });
      },
    },
    {
      method: 'POST',
      path: `${TICKET}/comments`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const found = ticketOf(request, params, token, 'Desk.tickets.UPDATE');
        if (found instanceof Response) return found;
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const errors = commentErrors(body);
        if (errors.length > 0) return DESK_ERRORS.fields(errors);
        const comment = found.org.addComment(
          found.ticket.id,
          {
            content: body['content'] as string,
            ...(typeof body['isPublic'] === 'boolean' ? { isPublic: body['isPublic'] } : {}),
            ...(typeof body['contentType'] === 'string' ? { contentType: body['contentType'] } : {}),
          },
          token?.user ?? 'agent',
        );
        return json(comment);
      },
    },
    {
      method: 'GET',
      path: `${TICKET}/comments/{commentId}`,
      auth: true,
      handle: ({ request, params, token }) => {
        const found = ticketOf(request, params, token, 'Desk.tickets.READ');
        if (found instanceof Response) return found;
        const comment = found.org.comments.get(found.ticket.id)?.find((c) => c.id === params['commentId']);
        return comment ? json(comment) : DESK_ERRORS.notFound();
      },
    },
    {
      method: 'GET',
      path: `${TICKET}/threads`,
      auth: true,
      handle: ({ request, url, params, token }) => {
        const found = ticketOf(request, params, token, 'Desk.tickets.READ');
        if (found instanceof Response) return found;
        const page = readPageRequest(url, { allowed: [], sortKeys: ['sendDateTime'] });
        if (page instanceof Response) return page;
        const threads = found.org.threads.get(found.ticket.id) ?? [];
        const data = pageOf(threads, page, (thread, key) => (key === 'sendDateTime' ? thread['createdTime'] : thread[key]));
        return data.length === 0 ? noContent() : json({ data: data.map(summaryOf) });
      },
    },
    {
      method: 'GET',
      path: `${TICKET}/threads/{threadId}`,
      auth: true,
      handle: ({ request, params, token }) => {
        const found = ticketOf(request, params, token, 'Desk.tickets.READ');
        if (found instanceof Response) return found;
        const thread = found.org.threads.get(found.ticket.id)?.find((t) => t.id === params['threadId']);
        return thread ? json({ ...thread, summary: summaryText(thread) }) : DESK_ERRORS.notFound();
      },
    },
  ];
}

function commentErrors(body: Record<string, unknown>): DeskFieldError[] {
  const errors: DeskFieldError[] = [];
  for (const name of Object.keys(body)) {
    if (!['content', 'contentType', 'isPublic', 'attachmentIds'].includes(name)) errors.push({ fieldName: `/${name}`, errorType: 'invalid' });
  }
  const content = body['content'];
  if (typeof content !== 'string' || content.trim() === '') errors.push({ fieldName: '/content', errorType: content === undefined || content === '' ? 'missing' : 'invalid' });
  if (body['contentType'] !== undefined && body['contentType'] !== 'plainText' && body['contentType'] !== 'html') errors.push({ fieldName: '/contentType', errorType: 'invalid' });
  if (body['isPublic'] !== undefined && typeof body['isPublic'] !== 'boolean') errors.push({ fieldName: '/isPublic', errorType: 'invalid' });
  return errors;
}

/** A thread as lists show it: a summary instead of the content. */
function summaryOf(thread: SimDeskRecord): Record<string, unknown> {
  const { content: _content, ...rest } = thread;
  return { ...rest, summary: summaryText(thread) };
}

function summaryText(thread: SimDeskRecord): string {
  return String(thread['content'] ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SUMMARY_LENGTH);
}
