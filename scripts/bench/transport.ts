/**
 * Transport overhead: requests per second through zohokit (openapi-fetch + every transport
 * layer) against the same requests made with plain fetch, both to one simulator served
 * over HTTP from a child process, in the same run. Prints the ratio; target ≥ 0.9.
 *
 *   npm run bench:transport [-- --requests 4000 --concurrency 10 --rounds 5]
 */
import { parseArgs } from 'node:util';
import { createZoho } from '../../src/index.js';
import { spawnSim } from './spawn-sim.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);

const sim = await spawnSim();
const zoho = createZoho({
  credentials: { clientId: sim.clientId, clientSecret: sim.clientSecret },
  dataCenter: { name: 'simulator', accounts: sim.url, api: sim.url, content: sim.url, analytics: sim.url, desk: sim.url },
});
const user = sim.grants[0]!;
await zoho.authorize({ code: user.code, user: user.user });
const stored = await zoho.store.get({ user: user.user, clientId: sim.clientId, environment: 'production' });
const token = stored!.accessToken!;
const view = zoho.as(user.user);
// The same client without the per-attempt timeout, to show what the AbortSignal costs.
const untimed = createZoho({
  credentials: { clientId: sim.clientId, clientSecret: sim.clientSecret },
  dataCenter: { name: 'simulator', accounts: sim.url, api: sim.url, content: sim.url, analytics: sim.url, desk: sim.url },
  store: zoho.store,
  timeoutMs: 0,
}).as(user.user);

const viaZohokit = async (): Promise<void> => {
  const { data } = await view.crm.api.GET('/crm/v8/org');
  if (!data) throw new Error('no data');
};
const viaUntimed = async (): Promise<void> => {
  const { data } = await untimed.crm.api.GET('/crm/v8/org');
  if (!data) throw new Error('no data');
};
const viaFetch = async (): Promise<void> => {
  const response = await fetch(`${sim.url}/crm/v8/org`, { headers: { Authorization: `Zoho-oauthtoken ${token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await response.json();
};

async function throughput(call: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) await call();
    }),
  );
  return requests / ((performance.now() - started) / 1000);
}

// Warm both paths (JIT, keep-alive sockets), then alternate so drift hits both equally.
await throughput(viaFetch);
await throughput(viaZohokit);
await throughput(viaUntimed);
const ratios: number[] = [];
const untimedRatios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const plain = await throughput(viaFetch);
  const ours = await throughput(viaZohokit);
  const oursUntimed = await throughput(viaUntimed);
  ratios.push(ours / plain);
  untimedRatios.push(oursUntimed / plain);
  console.log(`round ${round + 1}: fetch ${plain.toFixed(0)} req/s, zohokit ${ours.toFixed(0)} req/s (${(ours / plain).toFixed(3)}), without timeout ${oursUntimed.toFixed(0)} req/s (${(oursUntimed / plain).toFixed(3)})`);
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`transport: zohokit / plain fetch = ${median(ratios).toFixed(3)}; with timeoutMs 0 = ${median(untimedRatios).toFixed(3)} (medians of ${rounds} rounds, ${requests} requests each, concurrency ${concurrency}; target ≥ 0.9)`);
await sim.stop();
