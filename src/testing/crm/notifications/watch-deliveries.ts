import type { CrmChange, CrmState } from '../crm-state.js';

/** A watch channel as the simulator keeps it. */
export interface SimWatchChannel {
  channel_id: string;
  /** `Leads.create`, `Deals.all`... */
  events: Set<string>;
  notify_url: string;
  token: string | undefined;
  /** Epoch ms after which the channel stops notifying. */
  expiresAt: number;
  notify_on_related_action: boolean;
  return_affected_field_values: boolean;
  fields: Record<string, string[]> | null;
  /** The origin the channel was created through, for `resource_uri`. */
  origin: string;
}

/** One notification POSTed to a notify_url, and how it went. */
export interface NotificationDelivery {
  channelId: string;
  url: string;
  payload: Record<string, unknown>;
  /** The receiver's HTTP status, once it answered. */
  status?: number;
  /** Why the POST failed (connection refused...), when it did. */
  error?: string;
}

// CrmState's change operations, as Zoho's callback names them and as watch events name them.
// A restore from the recycle bin brings a record back; it is announced as an insert (unverified).
const CALLBACK_OPERATION: Record<CrmChange['operation'], 'insert' | 'update' | 'delete'> = { insert: 'insert', update: 'update', delete: 'delete', restore: 'insert' };
const EVENT_OPERATION = { insert: 'create', update: 'edit', delete: 'delete' } as const;

/**
 * Sends Zoho's instant notifications: on every record change, a POST of the callback JSON
 * to each live channel watching that event, with the real `fetch` (the receiver is a real
 * server, typically on localhost). Sends are fire-and-forget like Zoho's, but logged, so a
 * test can `await deliveries.settled()` and inspect what was sent and answered.
 */
export class WatchDeliveries {
  readonly log: NotificationDelivery[] = [];
  readonly #pending = new Set<Promise<void>>();

  constructor(
    private readonly crm: CrmState,
    private readonly channels: Map<string, SimWatchChannel>,
    private readonly now: () => number,
  ) {}

  notify(change: CrmChange): void {
    const operation = CALLBACK_OPERATION[change.operation];
    const wanted = [`${change.module}.${EVENT_OPERATION[operation]}`, `${change.module}.all`];
    for (const channel of this.channels.values()) {
      if (channel.expiresAt <= this.now()) continue;
      if (!wanted.some((event) => channel.events.has(event))) continue;
      this.#send(channel, this.#payload(channel, change, operation));
    }
  }

  /** Resolves with the whole log once every send so far has finished. */
  async settled(): Promise<NotificationDelivery[]> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
    return this.log;
  }

  #payload(channel: SimWatchChannel, change: CrmChange, operation: 'insert' | 'update' | 'delete'): Record<string, unknown> {
    const channelId = Number(channel.channel_id);
    const payload: Record<string, unknown> = {
      server_time: this.now(),
      module: change.module,
      resource_uri: `${channel.origin}/crm/v8/${change.module}`,
      ids: [...change.ids],
      operation,
      // Zoho sends the channel id back as the number it was given (a long).
      channel_id: Number.isSafeInteger(channelId) ? channelId : channel.channel_id,
      token: channel.token ?? null,
    };
    if (operation === 'update' && change.fields) {
      payload['affected_fields'] = change.ids.map((id) => ({ [id]: [...change.fields!] }));
      if (channel.return_affected_field_values) {
        const records = this.crm.module(change.module);
        payload['affected_values'] = change.ids.map((id) => ({ record_id: id, values: Object.fromEntries(change.fields!.map((field) => [field, records.get(id)?.[field] ?? null])) }));
      }
    }
    const query = new URL(channel.notify_url).searchParams;
    if ([...query.keys()].length > 0) payload['query_params'] = Object.fromEntries(query);
    return payload;
  }

  #send(channel: SimWatchChannel, payload: Record<string, unknown>): void {
    const delivery: NotificationDelivery = { channelId: channel.channel_id, url: channel.notify_url, payload };
    this.log.push(delivery);
    const sent = globalThis
      .fetch(channel.notify_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
      .then(
        async (response) => {
          delivery.status = response.status;
          await response.body?.cancel();
        },
        (error: unknown) => {
          // Zoho does not tell the record's writer that a notification failed; the log does.
          delivery.error = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
        },
      )
      .finally(() => this.#pending.delete(sent));
    this.#pending.add(sent);
  }
}
