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

const viaZohokit = async (): Promise<void> => {
  const { data } = await view.crm.api.GET('/crm/v8/org');
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
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const plain = await throughput(viaFetch);
  const ours = await throughput(viaZohokit);
  ratios.push(ours / plain);
  console.log(`round ${round + 1}: fetch ${plain.toFixed(0)} req/s, zohokit ${ours.toFixed(0)} req/s, ratio ${(ours / plain).toFixed(3)}`);
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)]!;
console.log(`transport: zohokit / plain fetch = ${median.toFixed(3)} (median of ${rounds} rounds, ${requests} requests each, concurrency ${concurrency}; target ≥ 0.9)`);
await sim.stop();
