import { ZohoConfigError } from '../../errors.js';
import type { NotificationPayload } from './notification-payload.js';
import type { WatchEvent } from './notifications.js';

/** A notification as the handler passes it on: Zoho's payload plus the event it stands for. */
export type CrmNotification = NotificationPayload & {
  /** `Leads.create`, `Deals.edit`, `Contacts.delete`... */
  event: WatchEvent;
};

/** A handler for one event; throwing (or rejecting) answers Zoho with a 500. */
export type NotificationListener = (notification: CrmNotification, request: Request) => void | Promise<void>;

export interface NotificationHandlerOptions {
  /**
   * The channel token(s) given when enabling the watch. A notification must carry one of
   * them; give several while rotating.
   */
  token: string | readonly string[];
  /**
   * Listeners by event: `Leads.create`, `Leads.edit`, `Leads.delete`, `Leads.all` (every
   * operation of Leads) and `*` (everything). All matching listeners run, most specific first.
   */
  on: Partial<Record<WatchEvent | '*', NotificationListener>>;
  /**
   * A notification no listener handles: `reject` answers 422 (the default, so a missing
   * listener shows up in Zoho's delivery failures), `ignore` answers 204.
   */
  unhandled?: 'reject' | 'ignore';
  /** Told about listener errors (the answer to Zoho never carries their details). */
  onError?: (error: unknown, notification: CrmNotification) => void;
  /** Largest body accepted, in bytes. Default 1 MB (a notification is a few hundred bytes). */
  maxBodyBytes?: number;
}

// Zoho's callback operations, and the watch events they belong to.
const EVENT_OF: Record<string, 'create' | 'edit' | 'delete'> = { insert: 'create', update: 'edit', delete: 'delete' };

/**
 * A receiver for CRM instant notifications: `(request: Request) => Promise<Response>`, so it
 * plugs into any fetch-style server (Deno, Bun, Hono, Next.js route handlers) and, through a
 * few lines of adapter, into node:http or Express.
 *
 * It checks the channel token, validates the payload with zod and calls the listeners of
 * the event. It never throws: a bad token is 401/403, a bad payload 400, an unhandled event
 * 422 (or 204 with `unhandled: 'ignore'`), a listener failure 500 with no detail, and a
 * handled notification 204.
 *
 * @example
 * import { createNotificationHandler } from 'zohokit';
 * const handle = createNotificationHandler({ token: 'channel-secret', on: { 'Leads.create': (notification) => console.log(notification.ids) } });
 * export default { fetch: handle }; // served as is by Bun, Deno or a Cloudflare Worker
 * @see https://zoho.com/crm/developer/docs/api/v8/notifications/overview.html
 */
export function createNotificationHandler(options: NotificationHandlerOptions): (request: Request) => Promise<Response> {
  const tokens = (typeof options.token === 'string' ? [options.token] : [...options.token]).filter((t) => t.length > 0);
  if (tokens.length === 0) throw new ZohoConfigError('createNotificationHandler({ token })', 'must be a non-empty string: the channel token given to Zoho');
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;

  return async (request) => {
    if (request.method !== 'POST') return answer(405, 'notifications are POSTed', { allow: 'POST' });
    let body: string | 'too-large';
    try {
      body = await readBody(request, maxBodyBytes);
    } catch {
      // The sender hung up mid-body: there is no notification to act on, and nobody to tell.
      return answer(400, 'could not read the body');
    }
    if (body === 'too-large') return answer(413, 'body too large');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // The body is not JSON: Zoho always sends JSON, so this is not a notification.
      return answer(400, 'body is not JSON');
    }
    // The token is checked before the payload's shape, so strangers learn nothing about it.
    const token = typeof json === 'object' && json !== null ? (json as { token?: unknown }).token : undefined;
    if (typeof token !== 'string' || token.length === 0) return answer(401, 'missing channel token');
    if (!tokens.some((known) => sameText(known, token))) return answer(403, 'wrong channel token');

    // zod is loaded on the first notification, not with the package (see bench:import).
    const { payloadSchema } = await import('./notification-payload.js');
    const parsed = payloadSchema.safeParse(json);
    // Every issue has a path: the body is an object already (its token was read above), and
    // the schema checks only its keys.
    if (!parsed.success) return answer(400, `not a CRM notification: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const operation = EVENT_OF[parsed.data.operation];
    const listeners = operation ? listenersFor(options.on, parsed.data.module, operation) : [];
    if (listeners.length === 0) {
      return options.unhandled === 'ignore' ? new Response(null, { status: 204 }) : answer(422, `no listener for ${parsed.data.module}.${operation ?? parsed.data.operation}`);
    }
    const notification: CrmNotification = { ...parsed.data, event: `${parsed.data.module}.${operation!}` };
    try {
      for (const listener of listeners) await listener(notification, request);
    } catch (error) {
      options.onError?.(error, notification);
      return answer(500, 'the listener failed');
    }
    return new Response(null, { status: 204 });
  };
}

function listenersFor(on: NotificationHandlerOptions['on'], module: string, operation: 'create' | 'edit' | 'delete'): NotificationListener[] {
  const keys: (WatchEvent | '*')[] = [`${module}.${operation}`, `${module}.all`, '*'];
  return keys.map((key) => on[key]).filter((listener): listener is NotificationListener => listener !== undefined);
}

/** The body as text, refusing to read past `limit` bytes. */
async function readBody(request: Request, limit: number): Promise<string | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return 'too-large';
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return 'too-large';
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Compares in time independent of where the texts differ, so a token cannot be guessed byte by byte. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

function answer(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { 'content-type': 'application/json', ...headers } });
}
