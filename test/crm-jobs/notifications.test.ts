import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotificationHandler, type CrmNotification } from '../../src/index.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const FAST = { intervalMs: 1, maxIntervalMs: 5 };
const TOKEN = 'channel-token-of-1000000068001';

const closers: (() => Promise<void>)[] = [];
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
  for (const close of closers.splice(0)) await close();
});

/**
 * The node:http adapter for a fetch-style handler: IncomingMessage → Request, Response →
 * ServerResponse. Express works the same way (`app.post(path, (req, res) => ...)`), as long
 * as no body parser has consumed the body first.
 */
function nodeAdapter(handler: (request: Request) => Promise<Response>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(key, item);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    } as RequestInit);
    void handler(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  };
}

async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
  const server = createServer(nodeAdapter(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function notification(overrides: Record<string, unknown> = {}): Request {
  const body = { server_time: 1_700_000_000_000, module: 'Leads', resource_uri: 'https://www.zohoapis.com/crm/v8/Leads', ids: ['4150868000001'], operation: 'insert', channel_id: 1000000068001, token: TOKEN, ...overrides };
  return new Request('http://localhost/zoho', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('CRM notifications end to end', () => {
  it('delivers create, edit and delete of Leads to a node:http server running createNotificationHandler', async () => {
    env = await simZoho({ users: [ANA] });
    const received: CrmNotification[] = [];
    const url = await serve(createNotificationHandler({ token: TOKEN, on: { 'Leads.all': (n) => void received.push(n) } }));
    const crm = env.zoho.as(ANA).crm;
    const notifications = crm.notifications;
    const enabled = await notifications.enable([
      { channel_id: 1000000068001, events: ['Leads.all'], notify_url: `${url}/zoho/notify?tenant=acme`, token: TOKEN, return_affected_field_values: true },
      { channel_id: 1000000068002, events: ['Deals.create'], notify_url: `${url}/zoho/deals`, token: TOKEN },
    ]);
    expect(enabled.map((r) => r.ok)).toEqual([true, true]);

    // Created and deleted through the records API, updated through a bulk write job.
    const { data: created } = await crm.api.POST('/crm/v8/{module_api_name}', {
      params: { path: { module_api_name: 'Leads' } },
      body: { data: [{ Last_Name: 'Ada' }, { Last_Name: 'Grace' }] },
    });
    const ids = (created?.data ?? []).map((result) => (result.status === 'success' ? String(result.details.id) : ''));
    await crm.module('Leads').bulkWrite([{ id: ids[0], Company: 'Analytical Engines' }], { operation: 'update', findBy: 'id', poll: FAST });
    await crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}', { params: { path: { module_api_name: 'Leads', record_id: ids[1]! } } });

    const deliveries = await crmJobs(env.sim.crm).deliveriesSettled();
    expect(deliveries.map((d) => d.status)).toEqual([204, 204, 204]);
    expect(received.map((n) => [n.event, n.ids])).toEqual([
      ['Leads.create', ids],
      ['Leads.edit', [ids[0]]],
      ['Leads.delete', [ids[1]]],
    ]);
    expect(received[0]).toMatchObject({ channel_id: '1000000068001', module: 'Leads', query_params: { tenant: 'acme' } });
    expect(received[1]!.affected_fields).toEqual([{ [ids[0]!]: ['Company'] }]);
    expect(received[1]!.affected_values).toEqual([{ record_id: ids[0], values: { Company: 'Analytical Engines' } }]);
  });

  it('lets the receiver refuse notifications whose token is wrong', async () => {
    env = await simZoho({ users: [ANA] });
    const received: CrmNotification[] = [];
    const url = await serve(createNotificationHandler({ token: TOKEN, on: { 'Leads.create': (n) => void received.push(n) } }));
    const notifications = env.zoho.as(ANA).crm.notifications;
    await notifications.enable({ channel_id: 5, events: ['Leads.create'], notify_url: url, token: 'someone-elses-token' });
    await env.zoho.as(ANA).crm.module('Leads').bulkWrite([{ Last_Name: 'Eve' }], { operation: 'insert', poll: FAST });
    const deliveries = await crmJobs(env.sim.crm).deliveriesSettled();
    expect(deliveries.map((d) => d.status)).toEqual([403]);
    expect(received).toEqual([]);
  });

  it('enables, lists, patches, trims and disables watch channels', async () => {
    env = await simZoho({ users: [ANA] });
    const notifications = env.zoho.as(ANA).crm.notifications;
    const expiry = new Date(Date.now() + 3 * 3_600_000);
    await notifications.enable({ channel_id: 42, events: ['Leads.create', 'Deals.all'], notify_url: 'https://example.com/hook', token: 'abc', channel_expiry: expiry });

    const listed = await notifications.list();
    expect(listed).toMatchObject({ hasMore: false, next: undefined });
    expect(listed.items.map((c) => [c.resource_name, c.events])).toEqual([['Leads', ['Leads.create']], ['Deals', ['Deals.all']]]);
    expect(listed.items[0]!.channel_expiry).toBe(expiry.toISOString().replace(/\.\d{3}Z$/, '+00:00'));
    expect((await notifications.list({ module: 'Deals' })).items).toHaveLength(1);

    const [patched] = await notifications.patch({ channel_id: 42, notify_url: 'https://example.com/hook2' });
    expect(patched).toMatchObject({ ok: true, applied: true, id: '42', events: expect.any(Array), raw: { status: 'success' } });
    expect((await notifications.list({ channelId: 42 })).items[0]!.notify_url).toBe('https://example.com/hook2');

    expect(await notifications.disableEvents(42, ['Deals.all'])).toMatchObject({ ok: true });
    expect((await notifications.list()).items.map((c) => c.resource_name)).toEqual(['Leads']);

    expect(await notifications.disable(42)).toMatchObject([{ ok: true, id: '42' }]);
    expect((await notifications.list()).items).toEqual([]);
  });

  it('reports a bad channel as data and keeps the good ones', async () => {
    env = await simZoho({ users: [ANA] });
    const notifications = env.zoho.as(ANA).crm.notifications;
    const results = await notifications.enable([
      { channel_id: 1, events: ['Leads.create'], notify_url: 'https://example.com/a' },
      { channel_id: 2, events: ['Leads.explode' as 'Leads.all'], notify_url: 'https://example.com/b' },
    ]);
    expect(results[0]).toMatchObject({ ok: true, applied: true, id: '1' });
    expect(results[1]).toMatchObject({ ok: false, applied: false, id: '2', error: { code: 'INVALID_DATA', field: 'events', details: { api_name: 'events' } }, raw: { status: 'error' } });
    await expect(notifications.enable({ channel_id: 3, events: ['Leads.all'], notify_url: 'https://example.com', token: 'x'.repeat(51) })).rejects.toMatchObject({ code: 'INVALID_DATA' });
  });

  it('stops notifying when the channel expires', async () => {
    let now = Date.now();
    env = await simZoho({ users: [ANA], sim: { now: () => now } });
    const url = await serve(createNotificationHandler({ token: TOKEN, on: { '*': () => undefined } }));
    await env.zoho.as(ANA).crm.notifications.enable({ channel_id: 9, events: ['Leads.all'], notify_url: url, token: TOKEN });
    now += 2 * 3_600_000; // the default expiry is an hour
    env.sim.crm.emitChange({ module: 'Leads', operation: 'insert', ids: ['1'], user: ANA });
    expect(await crmJobs(env.sim.crm).deliveriesSettled()).toEqual([]);
  });
});

describe('createNotificationHandler', () => {
  const handler = createNotificationHandler({ token: TOKEN, on: { 'Leads.create': () => undefined } });

  it('answers 204 to a notification it handled', async () => {
    expect((await handler(notification())).status).toBe(204);
  });

  it('answers 401 without a token and 403 with a wrong one, before looking at the payload', async () => {
    expect((await handler(notification({ token: undefined }))).status).toBe(401);
    expect((await handler(notification({ token: 'guess', ids: 'not-a-list' }))).status).toBe(403);
  });

  it('answers 400 to a body that is not JSON or not a notification', async () => {
    expect((await handler(new Request('http://localhost/', { method: 'POST', body: '{"token":' }))).status).toBe(400);
    const response = await handler(notification({ ids: 'not-a-list', server_time: 'noon' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('ids') });
  });

  it('answers 422 to an event without a listener, or 204 when told to ignore it', async () => {
    expect((await handler(notification({ module: 'Deals' }))).status).toBe(422);
    expect((await handler(notification({ operation: 'restore' }))).status).toBe(422);
    const lenient = createNotificationHandler({ token: TOKEN, on: {}, unhandled: 'ignore' });
    expect((await lenient(notification({ module: 'Deals' }))).status).toBe(204);
  });

  it('answers 500 without the error when a listener throws, and tells onError', async () => {
    const seen: unknown[] = [];
    const failing = createNotificationHandler({
      token: [TOKEN, 'previous-token'],
      on: { 'Leads.all': () => Promise.reject(new Error('database password is hunter2')) },
      onError: (error) => seen.push(error),
    });
    const response = await failing(notification({ token: 'previous-token' }));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('hunter2');
    expect(seen).toHaveLength(1);
  });

  it('answers 405 to anything but POST and 413 to an oversized body', async () => {
    expect((await handler(new Request('http://localhost/'))).status).toBe(405);
    const small = createNotificationHandler({ token: TOKEN, on: {}, maxBodyBytes: 100 });
    expect((await small(notification({ ids: Array.from({ length: 50 }, (_, i) => String(i)) }))).status).toBe(413);
  });

  it('runs every matching listener, most specific first', async () => {
    const calls: string[] = [];
    const all = createNotificationHandler({
      token: TOKEN,
      on: { '*': () => void calls.push('*'), 'Leads.all': () => void calls.push('Leads.all'), 'Leads.edit': (n) => void calls.push(n.event) },
    });
    expect((await all(notification({ operation: 'update' }))).status).toBe(204);
    expect(calls).toEqual(['Leads.edit', 'Leads.all', '*']);
  });
});
