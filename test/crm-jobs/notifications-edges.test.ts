/**
 * Watch channels and the notification receiver beyond the common path: replacing channels
 * (PUT), disabling several at once, expiries given as text, answers that leave a channel
 * out or carry no message or events, and the requests a receiver must refuse without
 * reading them (declared too large, no body, a body that breaks off, JSON that is no object).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createNotificationHandler, ZohoConfigError } from '../../src/index.js';
import { recordingSimZoho } from '../support/recording-sim.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const TOKEN = 'channel-token-of-1000000068001';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('watch channels: calls and answers not covered elsewhere', () => {
  it('replaces a channel with PUT, sending a text expiry as given', async () => {
    const recorded = await recordingSimZoho(ANA);
    env = recorded;
    const notifications = recorded.zoho.as(ANA).crm.notifications;
    await notifications.enable({ channel_id: 7, events: ['Leads.create'], notify_url: 'https://example.com/a' });
    const [replaced] = await notifications.update({ channel_id: 7, events: ['Deals.edit'], notify_url: 'https://example.com/b', channel_expiry: '2030-01-01T00:00:00+00:00' });
    expect(replaced).toMatchObject({ ok: true, applied: true, id: '7' });
    const put = recorded.sent.filter((request) => request.method === 'PUT' && new URL(request.url).pathname === '/crm/v8/actions/watch');
    expect(await put[0]!.json()).toEqual({ watch: [{ channel_id: '7', events: ['Deals.edit'], notify_url: 'https://example.com/b', channel_expiry: '2030-01-01T00:00:00+00:00' }] });
    expect((await notifications.list({ channelId: 7 })).items.map((channel) => channel.resource_name)).toEqual(['Deals']);
  });

  it('disables several channels in one call, one result per channel', async () => {
    env = await simZoho({ users: [ANA] });
    const notifications = env.zoho.as(ANA).crm.notifications;
    await notifications.enable([
      { channel_id: 1, events: ['Leads.create'], notify_url: 'https://example.com/a' },
      { channel_id: 2, events: ['Deals.create'], notify_url: 'https://example.com/b' },
    ]);
    expect((await notifications.disable([1, '2'])).map((result) => [result.ok, result.id])).toEqual([[true, '1'], [true, '2']]);
    expect((await notifications.list()).items).toEqual([]);
  });

  it('a channel the answer leaves out may have been applied (NO_RESULT); a success without message or events reads as empty', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.failNext({ type: 'answer', status: 200, body: { watch: [{ status: 'success', code: 'SUCCESS', details: {} }] } }, { method: 'POST', path: '/actions/watch' });
    const results = await env.zoho.as(ANA).crm.notifications.enable([
      { channel_id: 1, events: ['Leads.create'], notify_url: 'https://example.com/a' },
      { channel_id: 2, events: ['Leads.edit'], notify_url: 'https://example.com/b' },
    ]);
    expect(results[0]).toEqual({ ok: true, applied: true, id: '1', message: '', events: [], raw: { status: 'success', code: 'SUCCESS', details: {} } });
    expect(results[1]).toEqual({ ok: false, applied: 'unknown', id: '2', error: { code: 'NO_RESULT', message: 'crm: Zoho gave no result for watch channel 2', field: undefined, jsonPath: undefined, details: undefined }, raw: undefined });
  });
});

describe('createNotificationHandler: requests refused before the payload is read', () => {
  const handler = createNotificationHandler({ token: TOKEN, on: { 'Leads.create': () => undefined }, maxBodyBytes: 1_000 });
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request('http://localhost/zoho', { method: 'POST', headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);

  it.each([
    ['an empty token', ''],
    ['no tokens at all', []],
    ['only empty tokens', ['', '']],
  ])('refuses %s at set-up with ZohoConfigError', (_name, token) => {
    expect(() => createNotificationHandler({ token, on: {} })).toThrow(ZohoConfigError);
  });

  it('answers 413 to a body declared larger than the limit, without reading it', async () => {
    const request = post('{}', { 'content-length': '5000' });
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it('answers 400 to a POST without a body', async () => {
    const response = await handler(post(null));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'body is not JSON' });
  });

  it('answers 400 to a body that breaks off while being read', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"token":'));
        controller.error(new Error('socket hang up'));
      },
    });
    const response = await handler(post(broken));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'could not read the body' });
  });

  it.each([['a JSON string', '"hello"'], ['JSON null', 'null'], ['a JSON array', '[1]']])('answers 401 to %s: no channel token in it', async (_name, body) => {
    expect((await handler(post(body))).status).toBe(401);
  });

  it('answers 403 to a token longer than the channel\'s that starts the same', async () => {
    expect((await handler(post(JSON.stringify({ token: `${TOKEN}-and-more` })))).status).toBe(403);
  });

  it('names the keys at fault when the payload is not a notification', async () => {
    const response = await handler(post(JSON.stringify({ token: TOKEN, module: '' })));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    expect(error).toMatch(/^not a CRM notification: server_time /);
    expect(error).toContain('; module ');
  });
});
