/**
 * One variant of bench:transport-instructions, run under callgrind by it: warms up, then
 * switches callgrind's counting on for `--calls` calls only (callgrind_control), so start-up
 * and warm-up are not counted. Not meant to be run by hand.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { zohokit } from './built.js';
import { spawnSim } from './spawn-sim.js';

const { values } = parseArgs({ options: { variant: { type: 'string' }, calls: { type: 'string', default: '2000' }, warm: { type: 'string', default: '3000' } } });
const sim = await spawnSim();
const dataCenter = { name: 'simulator', accounts: sim.url, api: sim.url, content: sim.url, analytics: sim.url, desk: sim.url };
const credentials = { clientId: sim.clientId, clientSecret: sim.clientSecret };
const timed = zohokit.createZoho({ credentials, dataCenter });
const user = sim.grants[0]!;
await timed.authorize({ code: user.code, user: user.user });
const token = (await timed.store.get({ user: user.user, clientId: sim.clientId, environment: 'production' }))!.accessToken!;
const untimed = zohokit.createZoho({ credentials, dataCenter, store: timed.store, timeoutMs: 0 }).as(user.user);
const view = timed.as(user.user);
const url = `${sim.url}/crm/v8/org`;
const headers = { Authorization: `Zoho-oauthtoken ${token}` };

// The same calls as bench:transport's.
const variants: Record<string, () => Promise<unknown>> = {
  fetch: async () => (await fetch(url, { headers })).json(),
  fetchTimed: async () => (await fetch(url, { headers, signal: AbortSignal.timeout(60_000) })).json(),
  zohokit: () => view.crm.api.GET('/crm/v8/org'),
  untimed: () => untimed.crm.api.GET('/crm/v8/org'),
};
const call = variants[values.variant ?? ''];
if (!call) throw new Error(`--variant is one of ${Object.keys(variants).join(', ')}`);

async function run(count: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (next++ < count) await call!();
  }));
}
await run(Number(values.warm));
execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' });
await run(Number(values.calls));
execFileSync('callgrind_control', ['-i', 'off', String(process.pid)], { stdio: 'ignore' });
await sim.stop();
