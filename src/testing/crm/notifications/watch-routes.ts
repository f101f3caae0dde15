import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { zohoTime, type CrmJobsState } from '../jobs/crm-jobs-state.js';
import type { CrmState } from '../crm-state.js';
import type { SimWatchChannel } from './watch-deliveries.js';
import { readJsonBody } from '../../lossless-json-body.js';

const PATH = '/crm/v8/actions/watch';
const EVENT = /^([A-Za-z][A-Za-z0-9_]*)\.(create|edit|delete|all)$/;
// Zoho: the token is at most 50 characters; a channel lives at most a week (older API
// versions: a day) and an hour when no (or a too distant) expiry is given.
const MAX_TOKEN = 50;
const MAX_EXPIRY_MS = 7 * 24 * 3_600_000;
const DEFAULT_EXPIRY_MS = 3_600_000;

type Item = Record<string, unknown>;
type Outcome = { ok: true; channel: SimWatchChannel; modules: string[] } | { ok: false; code: string; message: string; details: Record<string, unknown> };

/** CRM instant notifications: subscribe, replace, patch, list and unsubscribe watch channels. */
export function watchRoutes(core: SimulatorCore, crm: CrmState, jobs: CrmJobsState): Route[] {
  const moduleIds = new Map<string, string>();
  const moduleId = (module: string): string => {
    let id = moduleIds.get(module);
    if (!id) moduleIds.set(module, (id = crm.newId()));
    return id;
  };
  const answer = (items: Outcome[], message: string, origin: string): Response =>
    json({
      watch: items.map((item) =>
        item.ok
          ? {
              code: 'SUCCESS',
              details: {
                events: item.modules.map((module) => ({
                  channel_expiry: zohoTime(item.channel.expiresAt),
                  resource_uri: `${origin}/crm/v8/${module}`,
                  resource_id: moduleId(module),
                  resource_name: module,
                  channel_id: item.channel.channel_id,
                })),
              },
              message,
              status: 'success',
            }
          : { code: item.code, details: item.details, message: item.message, status: 'error' },
      ),
    });
  const write = (mode: 'enable' | 'replace' | 'patch', message: string): Route['handle'] => async ({ request, url }) => {
    const body = (await readJsonBody(request)) as { watch?: unknown } | undefined;
    if (!body || !Array.isArray(body.watch) || body.watch.length === 0) return fail(400, 'INVALID_DATA', 'watch must be a non-empty array', { api_name: 'watch' });
    const items = (body.watch as Item[]).map((item) => apply(item, mode, jobs.channels, core.now(), url.origin));
    return answer(items, message, url.origin);
  };

  return [
    { method: 'POST', path: PATH, auth: true, handle: write('enable', 'Successfully subscribed for actions-watch of the given module') },
    { method: 'PUT', path: PATH, auth: true, handle: write('replace', 'Successfully updated the subscribe details') },
    { method: 'PATCH', path: PATH, auth: true, handle: write('patch', 'Successfully updated the subscribe details') },
    {
      method: 'DELETE',
      path: PATH,
      auth: true,
      handle: ({ url }) => {
        const ids = (url.searchParams.get('channel_ids') ?? '').split(',').filter(Boolean);
        if (ids.length === 0) return fail(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'channel_ids' });
        const items = ids.map((id): Outcome => {
          const channel = jobs.channels.get(id);
          if (!channel) return { ok: false, code: 'RESOURCE_NOT_FOUND', message: 'no such channel', details: { api_name: 'channel_id', channel_id: id } };
          jobs.channels.delete(id);
          return { ok: true, channel, modules: modulesOf(channel) };
        });
        return answer(items, 'Successfully unsubscribed from actions-watch of the given module', url.origin);
      },
    },
    {
      method: 'GET',
      path: PATH,
      auth: true,
      handle: ({ url }) => {
        const channelId = url.searchParams.get('channel_id');
        const module = url.searchParams.get('module');
        // Zoho lists one entry per channel and module, with that module's events.
        const watch = [...jobs.channels.values()]
          .filter((channel) => channelId === null || channel.channel_id === channelId)
          .flatMap((channel) => modulesOf(channel).map((name) => ({ channel, name })))
          .filter(({ name }) => module === null || name === module)
          .map(({ channel, name }) => ({
            channel_id: channel.channel_id,
            events: [...channel.events].filter((event) => event.startsWith(`${name}.`)),
            channel_expiry: zohoTime(channel.expiresAt),
            notify_url: channel.notify_url,
            ...(channel.token !== undefined ? { token: channel.token } : {}),
            notify_on_related_action: channel.notify_on_related_action,
            resource_uri: `${url.origin}/crm/v8/${name}`,
            resource_id: moduleId(name),
            resource_name: name,
          }));
        if (watch.length === 0) return new Response(null, { status: 204 });
        return json({ watch, info: { per_page: 200, count: watch.length, page: 1, more_records: false } });
      },
    },
  ];
}

/** Enables, replaces or patches one channel; a bad item is a per-item error, not a failed request. */
function apply(item: Item, mode: 'enable' | 'replace' | 'patch', channels: Map<string, SimWatchChannel>, now: number, origin: string): Outcome {
  const id = item['channel_id'];
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d{1,19}$/.test(String(id))) return invalid('channel_id', 'channel_id must be a number (a long)');
  const channelId = String(id);
  const existing = channels.get(channelId);
  if (mode !== 'enable' && !existing) return { ok: false, code: 'RESOURCE_NOT_FOUND', message: 'no such channel', details: { api_name: 'channel_id', channel_id: channelId } };

  const events = item['events'];
  if (events !== undefined && (!Array.isArray(events) || events.length === 0 || !events.every((e) => typeof e === 'string' && EVENT.test(e)))) return invalid('events', 'events must be Module.create|edit|delete|all');
  const notifyUrl = item['notify_url'];
  if (notifyUrl !== undefined && (typeof notifyUrl !== 'string' || !/^https?:\/\//.test(notifyUrl) || !URL.canParse(notifyUrl))) return invalid('notify_url', 'notify_url must be an http(s) URL');
  const token = item['token'];
  if (token !== undefined && (typeof token !== 'string' || token.length > MAX_TOKEN)) return { ok: false, code: 'INVALID_DATA', message: 'invalid data', details: { api_name: 'token', maximum_length: MAX_TOKEN } };
  const expiry = item['channel_expiry'];
  const expiresAt = expiry === undefined ? undefined : Date.parse(String(expiry));
  if (expiresAt !== undefined && (Number.isNaN(expiresAt) || expiresAt <= now)) return invalid('channel_expiry', 'channel_expiry must be a future date-time');
  const lifetime = expiresAt === undefined || expiresAt > now + MAX_EXPIRY_MS ? now + DEFAULT_EXPIRY_MS : expiresAt;

  if (mode === 'patch') {
    const channel = existing!;
    if (item['_delete_events'] === true) {
      for (const event of (events as string[] | undefined) ?? []) channel.events.delete(event);
      if (channel.events.size === 0) channels.delete(channelId);
      return { ok: true, channel, modules: modulesOf(channel) };
    }
    if (events !== undefined) for (const event of events as string[]) channel.events.add(event);
    if (notifyUrl !== undefined) channel.notify_url = notifyUrl as string;
    if (token !== undefined) channel.token = token as string;
    if (expiry !== undefined) channel.expiresAt = lifetime;
    patchFlags(channel, item);
    return { ok: true, channel, modules: modulesOf(channel) };
  }

  if (events === undefined) return { ok: false, code: 'MANDATORY_NOT_FOUND', message: 'required field not found', details: { api_name: 'events' } };
  if (notifyUrl === undefined) return { ok: false, code: 'MANDATORY_NOT_FOUND', message: 'required field not found', details: { api_name: 'notify_url' } };
  // Enabling a known channel again adds events; replacing (PUT) keeps only what is given.
  const kept = mode === 'enable' && existing ? [...existing.events] : [];
  const channel: SimWatchChannel = {
    channel_id: channelId,
    events: new Set([...kept, ...(events as string[])]),
    notify_url: notifyUrl as string,
    token: token as string | undefined,
    expiresAt: lifetime,
    notify_on_related_action: false,
    return_affected_field_values: false,
    fields: null,
    origin,
  };
  patchFlags(channel, item);
  channels.set(channelId, channel);
  return { ok: true, channel, modules: modulesOf(channel) };
}

function patchFlags(channel: SimWatchChannel, item: Item): void {
  if (typeof item['notify_on_related_action'] === 'boolean') channel.notify_on_related_action = item['notify_on_related_action'];
  if (typeof item['return_affected_field_values'] === 'boolean') channel.return_affected_field_values = item['return_affected_field_values'];
  if (item['fields'] !== undefined) channel.fields = item['fields'] as Record<string, string[]> | null;
}

function modulesOf(channel: SimWatchChannel): string[] {
  return [...new Set([...channel.events].map((event) => event.split('.')[0]!))];
}

function invalid(apiName: string, message: string): Outcome {
  return { ok: false, code: 'INVALID_DATA', message, details: { api_name: apiName } };
}

function fail(status: number, code: string, message: string, details: Record<string, unknown>): Response {
  return json({ code, details, message, status: 'error' }, status);
}
