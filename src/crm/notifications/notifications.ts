import type { components } from '../../../generated/crm.js';
import type { CallOptions } from '../../call-options.js';
import { ZohoError } from '../../errors.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { itemErrorOf, type ItemResult } from '../../item-result.js';
import { singlePage, type Page } from '../../page.js';
import type { Crm } from '../crm.js';

type Schemas = components['schemas'];

/** What happened to a record, as a watch event names it (`all` is every one of them). */
export type WatchOperation = 'create' | 'edit' | 'delete' | 'all';
/** A watch event: `{Module}.{create|edit|delete|all}`, e.g. `Leads.create`, `Deals.all`. */
export type WatchEvent = `${string}.${WatchOperation}`;

/** A watch channel to enable or replace. Keys are Zoho's own. */
export interface WatchChannelInput {
  /** A number of your choosing (a long); it comes back in every notification of the channel. */
  channel_id: string | number;
  events: WatchEvent[];
  /** Where Zoho POSTs notifications. */
  notify_url: string;
  /** Sent back in each notification, so the receiver can tell Zoho's calls from forgeries. At most 50 characters. */
  token?: string;
  /** When notifications stop. Zoho caps it (about a day to a week ahead) and defaults to an hour. */
  channel_expiry?: string | Date;
  notify_on_related_action?: boolean;
  return_affected_field_values?: boolean;
  /** Per module, the fields whose new values to send (with return_affected_field_values). */
  fields?: Record<string, string[]>;
}

/** A channel as Zoho lists it. */
export type WatchChannel = Schemas['WatchChannel'];

/** A channel's subscribed events, as Zoho answers a watch request. */
export interface WatchedEvent {
  resource_name?: string;
  resource_id?: string;
  resource_uri?: string;
  channel_expiry?: string;
}

/**
 * The outcome for one channel of a request, in input order: the one per-item result, whose
 * `id` is the channel id. Partial success is data.
 */
export type WatchResult = ItemResult<{ events: WatchedEvent[] }>;

// Zoho: "The maximum character length is 50" (token).
const MAX_TOKEN_LENGTH = 50;

/**
 * CRM instant notifications (`/crm/v8/actions/watch`): subscribe a URL to record events of
 * modules. Receive them with `createNotificationHandler`.
 */
export class Notifications {
  constructor(readonly crm: Crm) {}

  /**
   * Subscribes channels (POST). Enabling a channel again adds its events to it.
   * Wraps `POST /crm/v8/actions/watch`.
   *
   * @example
   * const [result] = await zoho.crm.notifications.enable({ channel_id: 1, events: ['Leads.all'], notify_url: 'https://example.com/hook' });
   * if (!result?.ok) console.error(result?.error.code);
   */
  async enable(channels: WatchChannelInput | readonly WatchChannelInput[], options: CallOptions = {}): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.POST('/crm/v8/actions/watch', { body: { watch }, signal: options.signal ?? null });
    return results(data?.watch, watch);
  }

  /**
   * Replaces channels' details (PUT): whatever is not given is removed from the channel.
   * Wraps `PUT /crm/v8/actions/watch`.
   *
   * @example
   * await zoho.crm.notifications.update({ channel_id: 1, events: ['Deals.create'], notify_url: 'https://example.com/hook' });
   */
  async update(channels: WatchChannelInput | readonly WatchChannelInput[], options: CallOptions = {}): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.PUT('/crm/v8/actions/watch', { body: { watch }, signal: options.signal ?? null });
    return results(data?.watch, watch);
  }

  /**
   * Changes only the given details of channels (PATCH), e.g. a new expiry or notify_url.
   * Wraps `PATCH /crm/v8/actions/watch`.
   *
   * @example
   * await zoho.crm.notifications.patch({ channel_id: 1, channel_expiry: new Date(Date.now() + 86_400_000) });
   */
  async patch(
    channels: (Partial<WatchChannelInput> & { channel_id: string | number }) | readonly (Partial<WatchChannelInput> & { channel_id: string | number })[],
    options: CallOptions = {},
  ): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.PATCH('/crm/v8/actions/watch', { body: { watch }, signal: options.signal ?? null });
    return results(data?.watch, watch);
  }

  /**
   * Stops some events of a channel, keeping the others (PATCH with `_delete_events`).
   * Wraps `PATCH /crm/v8/actions/watch`.
   *
   * @example
   * await zoho.crm.notifications.disableEvents(1, ['Deals.all']);
   */
  async disableEvents(channelId: string | number, events: WatchEvent[], options: CallOptions = {}): Promise<WatchResult> {
    const watch = [{ channel_id: String(channelId), events, _delete_events: true }];
    const { data } = await this.crm.api.PATCH('/crm/v8/actions/watch', { body: { watch }, signal: options.signal ?? null });
    return results(data?.watch, watch)[0]!;
  }

  /**
   * Unsubscribes channels entirely (DELETE).
   * Wraps `DELETE /crm/v8/actions/watch`.
   *
   * @example
   * await zoho.crm.notifications.disable([1, 2]);
   */
  async disable(channelIds: string | number | readonly (string | number)[], options: CallOptions = {}): Promise<WatchResult[]> {
    const ids = (Array.isArray(channelIds) ? channelIds : [channelIds]).map(String);
    const { data } = await this.crm.api.DELETE('/crm/v8/actions/watch', { params: { query: { channel_ids: ids.join(',') } }, signal: options.signal ?? null });
    return results(data?.watch, ids.map((channel_id) => ({ channel_id })));
  }

  /**
   * The subscribed channels, optionally of one channel id or one module, as one Page (Zoho
   * answers the list in one piece).
   * Wraps `GET /crm/v8/actions/watch`.
   *
   * @example
   * const { items } = await zoho.crm.notifications.list({ module: 'Leads' });
   */
  async list(filter: CallOptions & { channelId?: string | number; module?: string } = {}): Promise<Page<WatchChannel>> {
    const query: { channel_id?: string; module?: string } = {};
    if (filter.channelId !== undefined) query.channel_id = String(filter.channelId);
    if (filter.module !== undefined) query.module = filter.module;
    const { data, response } = await this.crm.api.GET('/crm/v8/actions/watch', { params: { query }, signal: filter.signal ?? null });
    // Zoho answers 204 (no body) when there is no channel.
    return singlePage(data?.watch ?? [], rateLimitOf(response.headers));
  }
}

function list<T>(items: T | readonly T[]): T[] {
  return Array.isArray(items) ? [...(items as readonly T[])] : [items as T];
}

function toWire(channel: Partial<WatchChannelInput> & { channel_id: string | number }): WatchChannel & { channel_id: string } {
  if (channel.token !== undefined && channel.token.length > MAX_TOKEN_LENGTH) {
    // The token itself stays out of the message: it is the channel's shared secret.
    throw new ZohoError(`crm: the token of watch channel ${channel.channel_id} is ${channel.token.length} characters; Zoho allows at most ${MAX_TOKEN_LENGTH}`, {
      product: 'crm',
      code: 'INVALID_DATA',
      details: { api_name: 'token', maximum_length: MAX_TOKEN_LENGTH },
    });
  }
  const { channel_expiry, channel_id, ...rest } = channel;
  const wire: WatchChannel & { channel_id: string } = { ...rest, channel_id: String(channel_id) };
  if (channel_expiry !== undefined) wire.channel_expiry = channel_expiry instanceof Date ? zohoDateTime(channel_expiry) : channel_expiry;
  return wire;
}

/** Zoho's ISO 8601 without milliseconds: `2024-05-01T10:30:00+00:00`. */
function zohoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function results(answers: readonly Schemas['WatchResult'][] | undefined, sent: readonly { channel_id: string }[]): WatchResult[] {
  return sent.map((channel, index) => {
    const id = channel.channel_id;
    const answer = answers?.[index];
    if (answer === undefined) {
      // The request was answered, but not for this channel: whether Zoho applied it is unknown.
      return { ok: false, applied: 'unknown', id, error: itemErrorOf('NO_RESULT', `crm: Zoho gave no result for watch channel ${id}`, undefined), raw: undefined };
    }
    if (answer.status === 'success') return { ok: true, applied: true, id, message: answer.message ?? '', events: answer.details.events ?? [], raw: answer };
    return { ok: false, applied: false, id, error: itemErrorOf(answer.code, `crm: watch channel ${id}: ${answer.message}`, answer.details), raw: answer };
  });
}
