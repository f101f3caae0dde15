/**
 * Transport overhead: requests per second through zohokit (openapi-fetch + every transport
 * layer) against the same requests made with plain fetch, both to one simulator served
 * over HTTP from a child process, in the same run. Prints, as medians of interleaved rounds:
 *
 * - zohokit (default 60 s per-attempt timeout) ÷ fetch with `AbortSignal.timeout(60_000)`,
 *   the same protection written by hand; target ≥ 0.95 (#13);
 * - zohokit with `timeoutMs: 0` ÷ plain fetch; target ≥ 0.95.
 *
 *   npm run bench:transport [-- --requests 2000 --concurrency 10 --rounds 9]
 */
import { parseArgs } from 'node:util';
import { zohokit } from './built.js';
import { spawnSim } from './spawn-sim.js';

const { createZoho } = zohokit;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '9' },
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

/** Seconds to make `count` calls, `concurrency` at a time. */
// Plain fetch with the same protection zohokit gives by default: a 60 s limit per request.
const viaFetchWithTimeout = async (): Promise<void> => {
  const response = await fetch(`${sim.url}/crm/v8/org`, { headers: { Authorization: `Zoho-oauthtoken ${token}` }, signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await response.json();
};

async function timed(call: () => Promise<void>, count: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await call();
    }),
  );
  return (performance.now() - started) / 1000;
}

// This machine is shared, and its speed drifts by tens of percent within a second. So each
// round interleaves the variants in small blocks, in an order that rotates from block to
// block: drift (and whoever goes first after a pause) then hits all of them alike.
const BLOCK = 250;
const variants = { fetch: viaFetch, zohokit: viaZohokit, untimed: viaUntimed, fetchTimed: viaFetchWithTimeout };
type Name = keyof typeof variants;
type Rates = Record<Name, number>;
async function round(): Promise<Rates> {
  const seconds: Rates = { fetch: 0, zohokit: 0, untimed: 0, fetchTimed: 0 };
  const names = Object.keys(variants) as Name[];
  for (let done = 0, turn = 0; done < requests; done += BLOCK, turn++) {
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + turn) % names.length]!;
      seconds[name] += await timed(variants[name], BLOCK);
    }
  }
  const blocks = Math.ceil(requests / BLOCK) * BLOCK;
  return { fetch: blocks / seconds.fetch, zohokit: blocks / seconds.zohokit, untimed: blocks / seconds.untimed, fetchTimed: blocks / seconds.fetchTimed };
}

// Warm every path (JIT, keep-alive sockets) before measuring.
await round();
const ratios: number[] = [];
const untimedRatios: number[] = [];
const timedRatios: number[] = [];
for (let index = 0; index < rounds; index++) {
  const { fetch: plain, zohokit: ours, untimed: oursUntimed, fetchTimed } = await round();
  ratios.push(ours / plain);
  untimedRatios.push(oursUntimed / plain);
  timedRatios.push(ours / fetchTimed);
  console.log(
    `round ${index + 1}: fetch ${plain.toFixed(0)} req/s, zohokit ${ours.toFixed(0)} req/s (${(ours / plain).toFixed(3)}), ` +
      `without timeout ${oursUntimed.toFixed(0)} req/s (${(oursUntimed / plain).toFixed(3)}), fetch with a timeout ${fetchTimed.toFixed(0)} req/s (zohokit ÷ it ${(ours / fetchTimed).toFixed(3)})`,
  );
}
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
console.log(
  `transport: zohokit / (fetch + AbortSignal.timeout) = ${median(timedRatios).toFixed(3)}; ` +
    `timeoutMs 0 / plain fetch = ${median(untimedRatios).toFixed(3)} (targets ≥ 0.95); ` +
    `zohokit / plain fetch = ${median(ratios).toFixed(3)} ` +
    `(medians of ${rounds} interleaved rounds, ${requests} requests each, concurrency ${concurrency})`,
);
await sim.stop();
