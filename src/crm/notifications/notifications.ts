import type { components } from '../../../generated/crm.js';
import { ZohoError } from '../../errors.js';
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

/** The outcome for one channel of a request, in input order. Partial success is data. */
export type WatchResult =
  | { ok: true; channelId: string; events: { resource_name?: string; resource_id?: string; resource_uri?: string; channel_expiry?: string }[] }
  | { ok: false; channelId: string; error: ZohoError };

// Zoho: "The maximum character length is 50" (token).
const MAX_TOKEN_LENGTH = 50;

/**
 * CRM instant notifications (`/crm/v8/actions/watch`): subscribe a URL to record events of
 * modules. Receive them with `createNotificationHandler`.
 */
export class Notifications {
  constructor(readonly crm: Crm) {}

  /** Subscribes channels (POST). Enabling a channel again adds its events to it. */
  async enable(channels: WatchChannelInput | readonly WatchChannelInput[]): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.POST('/crm/v8/actions/watch', { body: { watch } });
    return results(data?.watch, watch);
  }

  /** Replaces channels' details (PUT): whatever is not given is removed from the channel. */
  async update(channels: WatchChannelInput | readonly WatchChannelInput[]): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.PUT('/crm/v8/actions/watch', { body: { watch } });
    return results(data?.watch, watch);
  }

  /** Changes only the given details of channels (PATCH), e.g. a new expiry or notify_url. */
  async patch(channels: (Partial<WatchChannelInput> & { channel_id: string | number }) | readonly (Partial<WatchChannelInput> & { channel_id: string | number })[]): Promise<WatchResult[]> {
    const watch = list(channels).map(toWire);
    const { data } = await this.crm.api.PATCH('/crm/v8/actions/watch', { body: { watch } });
    return results(data?.watch, watch);
  }

  /** Stops some events of a channel, keeping the others (PATCH with `_delete_events`). */
  async disableEvents(channelId: string | number, events: WatchEvent[]): Promise<WatchResult> {
    const watch = [{ channel_id: String(channelId), events, _delete_events: true }];
    const { data } = await this.crm.api.PATCH('/crm/v8/actions/watch', { body: { watch } });
    return results(data?.watch, watch)[0]!;
  }

  /** Unsubscribes channels entirely (DELETE). */
  async disable(channelIds: string | number | readonly (string | number)[]): Promise<WatchResult[]> {
    const ids = (Array.isArray(channelIds) ? channelIds : [channelIds]).map(String);
    const { data } = await this.crm.api.DELETE('/crm/v8/actions/watch', { params: { query: { channel_ids: ids.join(',') } } });
    return results(data?.watch, ids.map((channel_id) => ({ channel_id })));
  }

  /** The subscribed channels, optionally of one channel id or one module. */
  async list(filter: { channelId?: string | number; module?: string } = {}): Promise<WatchChannel[]> {
    const query: { channel_id?: string; module?: string } = {};
    if (filter.channelId !== undefined) query.channel_id = String(filter.channelId);
    if (filter.module !== undefined) query.module = filter.module;
    const { data } = await this.crm.api.GET('/crm/v8/actions/watch', { params: { query } });
    // Zoho answers 204 (no body) when there is no channel.
    return data?.watch ?? [];
  }
}

function list<T>(items: T | readonly T[]): T[] {
  return Array.isArray(items) ? [...(items as readonly T[])] : [items as T];
}

function toWire(channel: Partial<WatchChannelInput> & { channel_id: string | number }): WatchChannel {
  if (channel.token !== undefined && channel.token.length > MAX_TOKEN_LENGTH) {
    // The token itself stays out of the message: it is the channel's shared secret.
    throw new ZohoError(`crm: the token of watch channel ${channel.channel_id} is ${channel.token.length} characters; Zoho allows at most ${MAX_TOKEN_LENGTH}`, {
      product: 'crm',
      code: 'INVALID_DATA',
      details: { api_name: 'token', maximum_length: MAX_TOKEN_LENGTH },
    });
  }
  const { channel_expiry, channel_id, ...rest } = channel;
  const wire: WatchChannel = { ...rest, channel_id: String(channel_id) };
  if (channel_expiry !== undefined) wire.channel_expiry = channel_expiry instanceof Date ? zohoDateTime(channel_expiry) : channel_expiry;
  return wire;
}

/** Zoho's ISO 8601 without milliseconds: `2024-05-01T10:30:00+00:00`. */
function zohoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function results(answers: readonly Schemas['WatchResult'][] | undefined, sent: readonly { channel_id?: string | number }[]): WatchResult[] {
  return sent.map((channel, index) => {
    const channelId = String(channel.channel_id ?? '');
    const answer = answers?.[index];
    if (answer === undefined) {
      return { ok: false, channelId, error: new ZohoError(`crm: Zoho gave no result for watch channel ${channelId}`, { product: 'crm' }) };
    }
    if (answer.status === 'success') return { ok: true, channelId, events: answer.details.events ?? [] };
    return {
      ok: false,
      channelId,
      error: new ZohoError(`crm: watch channel ${channelId}: ${answer.message}`, { product: 'crm', code: answer.code, details: answer.details }),
    };
  });
}
