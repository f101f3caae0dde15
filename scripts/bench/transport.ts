/**
 * Transport overhead: requests per second through zohokit (its typed client + every transport
 * layer) against the same requests made with plain fetch, both to one simulator served
 * over HTTP from a child process, in the same run. Prints, as medians of interleaved rounds:
 *
 * - zohokit (default 60 s per-attempt timeout) ÷ fetch with `AbortSignal.timeout(60_000)`,
 *   the same protection written by hand; target ≥ 0.95 (#13);
 * - zohokit with `timeoutMs: 0` ÷ plain fetch; target ≥ 0.95.
 *
 * Then the same ratios in this process's CPU time per call, which the simulator's process
 * and the rest of a shared machine move far less than the wall clock; and the ceiling:
 * openapi-fetch as shipped, and zohokit's core without layers (directCall and its lazy
 * Request), against plain fetch; and zohokit against its core, which is what the
 * transport's layers cost.
 *
 *   npm run bench:transport [-- --requests 2000 --concurrency 10 --rounds 60 --block 250 --seed N]
 */
import { parseArgs } from 'node:util';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/crm.js';
import { SeededRandom } from '../../src/testing/random.js';
import { directCallModule, zohokit, zohoRequest } from './built.js';
import { spawnSim } from './spawn-sim.js';
import { median, medianInterval } from './stats.js';

const { createZoho } = zohokit;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '10' },
    // A ratio's median over 9 rounds was good to about ±0.035 on this machine; over 60 (about 4 minutes), ±0.014.
    rounds: { type: 'string', default: '60' },
    block: { type: 'string', default: '250' },
    seed: { type: 'string' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const block = Number(values.block);

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

// openapi-fetch as shipped (the brief's choice), with no layer of ours and the token written
// in by hand: it builds an undici Request per call, and fetch builds a second from it.
const bare = createClient<paths>({ baseUrl: sim.url, headers: { Authorization: `Zoho-oauthtoken ${token}` } });
const viaOpenapiFetch = async (): Promise<void> => {
  const { data } = await bare.GET('/crm/v8/org');
  if (!data) throw new Error('no data');
};
// zohokit's own core with none of its layers: the request built as openapi-fetch would
// (directCall, the lazy Request) and sent with fetch(url, init), the answer read by
// openapi-fetch's rules. zohokit against it is what the transport's layers cost.
const core = directCallModule.directCall({
  baseUrl: sim.url,
  headers: { Authorization: `Zoho-oauthtoken ${token}` },
  send: (request) => fetch(request.url, zohoRequest.resendInit(request)),
  check: (response) => response,
});
const viaCore = async (): Promise<void> => {
  const { data } = await core('GET', '/crm/v8/org', undefined);
  if (!data) throw new Error('no data');
};

// Plain fetch with the same protection zohokit gives by default: a 60 s limit per request.
const viaFetchWithTimeout = async (): Promise<void> => {
  const response = await fetch(`${sim.url}/crm/v8/org`, { headers: { Authorization: `Zoho-oauthtoken ${token}` }, signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await response.json();
};

/**
 * Makes `count` calls, `concurrency` at a time: calls per second, and the CPU µs this process
 * spent per call (the simulator runs in its own).
 */
async function timed(call: () => Promise<void>, count: number): Promise<{ rate: number; cpu: number }> {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await call();
    }),
  );
  const used = process.cpuUsage(cpu);
  return { rate: count / ((performance.now() - started) / 1000), cpu: (used.user + used.system) / count };
}

// This machine is shared, and its speed drifts by tens of percent within a second. So the
// variants run interleaved in small blocks: one block of each is one sample of every ratio,
// taken within the same fraction of a second. The figures are medians over all those groups,
// which drift and stalls barely move.
//
// Each group runs the blocks in a fresh order. A block leaves work behind for the next one
// (garbage to collect, finalizers of the signals fetch followed, timers due later), and a
// rotating order would keep every variant after the same neighbour: timeoutMs 0 always after
// the timed client, plain fetch always after the core. Shuffled, every variant inherits from
// every other alike. A fresh seed per run (printed; --seed repeats a run's orders), so two runs
// do not share one sequence of orders and its chance imbalances.
const SEED = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
const random = new SeededRandom(SEED);
/** The names in a fresh order (Fisher-Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random.next() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}
// fetchAgain is plain fetch once more: its ratio to fetch is this machine's noise, an A/A control.
const variants = { fetch: viaFetch, fetchAgain: viaFetch, zohokit: viaZohokit, untimed: viaUntimed, fetchTimed: viaFetchWithTimeout, openapiFetch: viaOpenapiFetch, core: viaCore };
type Name = keyof typeof variants;
type Rates = Record<Name, number>;
/** Per measured group: calls per second, and this process's CPU µs per call. */
const wallGroups: Rates[] = [];
const cpuGroups: Rates[] = [];
async function group(): Promise<Rates> {
  const rates = {} as Rates;
  const cpu = {} as Rates;
  for (const name of shuffled(Object.keys(variants) as Name[])) {
    ({ rate: rates[name], cpu: cpu[name] } = await timed(variants[name], block));
  }
  wallGroups.push(rates);
  cpuGroups.push(cpu);
  return rates;
}

// Warm every path (JIT, keep-alive sockets) before measuring.
for (let done = 0; done < requests; done += block) await group();
wallGroups.length = 0;
cpuGroups.length = 0;
for (let index = 0; index < rounds; index++) {
  const round: Rates[] = [];
  for (let done = 0; done < requests; done += block) round.push(await group());
  const rate = (name: Name): string => median(round.map((r) => r[name])).toFixed(0);
  const ratio = (a: Name, b: Name): string => median(round.map((r) => r[a] / r[b])).toFixed(3);
  console.log(
    `round ${index + 1}: req/s fetch ${rate('fetch')}, fetch + AbortSignal.timeout ${rate('fetchTimed')}, zohokit ${rate('zohokit')}, timeoutMs 0 ${rate('untimed')}; ` +
      `zohokit ÷ (fetch + AbortSignal.timeout) ${ratio('zohokit', 'fetchTimed')}, timeoutMs 0 ÷ fetch ${ratio('untimed', 'fetch')}`,
  );
}
/** The median over every measured group of a's calls per second ÷ b's. */
const wallRatio = (a: Name, b: Name): string => median(wallGroups.map((g) => g[a] / g[b])).toFixed(3);
/** The same, with its 95 % confidence interval: a target is met beyond doubt when the interval clears it. */
const withInterval = (ratios: number[]): string => {
  const [low, high] = medianInterval(ratios);
  return `${median(ratios).toFixed(3)} (95 % CI ${low.toFixed(3)}-${high.toFixed(3)})`;
};
console.log(
  `transport: zohokit / (fetch + AbortSignal.timeout) = ${withInterval(wallGroups.map((g) => g.zohokit / g.fetchTimed))}; ` +
    `timeoutMs 0 / plain fetch = ${withInterval(wallGroups.map((g) => g.untimed / g.fetch))} (targets ≥ 0.95); ` +
    `zohokit / plain fetch = ${wallRatio('zohokit', 'fetch')} ` +
    `(medians of ${wallGroups.length} interleaved groups of ${block} requests per variant, in ${rounds} rounds; concurrency ${concurrency}; order seed ${SEED})`,
);
// The same ratios in this process's CPU time per call: what zohokit itself costs next to
// fetch, whatever the simulator's process and the rest of a shared machine are doing.
const cpuRatio = (a: Name, b: Name): string => median(cpuGroups.map((g) => g[b] / g[a])).toFixed(3);
const cpuWithInterval = (a: Name, b: Name): string => withInterval(cpuGroups.map((g) => g[b] / g[a]));
const cpuOf = (name: Name): string => median(cpuGroups.map((g) => g[name])).toFixed(1);
console.log(
  `transport (client CPU per call): fetch ${cpuOf('fetch')} µs, fetch + AbortSignal.timeout ${cpuOf('fetchTimed')} µs, zohokit ${cpuOf('zohokit')} µs, timeoutMs 0 ${cpuOf('untimed')} µs; ` +
    `zohokit / (fetch + AbortSignal.timeout) = ${cpuWithInterval('zohokit', 'fetchTimed')}; timeoutMs 0 / plain fetch = ${cpuWithInterval('untimed', 'fetch')} (calls per CPU-second, medians of the same groups)`,
);
console.log(
  `ceiling: openapi-fetch as shipped / plain fetch = ${wallRatio('openapiFetch', 'fetch')} (CPU ${cpuRatio('openapiFetch', 'fetch')}); ` +
    `zohokit's core without layers / plain fetch = ${wallRatio('core', 'fetch')} (CPU ${cpuRatio('core', 'fetch')}); ` +
    `timeoutMs 0 / that = ${wallRatio('untimed', 'core')} (CPU ${cpuRatio('untimed', 'core')}): what the transport's layers keep`,
);
// The same code measured twice: how far apart two identical variants land on this machine.
// A target ratio is only resolved when it is further from 1 than this is.
const spread = (ratios: number[]): string => {
  const sorted = [...ratios].sort((a, b) => a - b);
  const at = (q: number): string => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(3);
  return `median ${withInterval(ratios)}, middle half ${at(0.25)}-${at(0.75)}`;
};
console.log(
  `noise (A/A): plain fetch / plain fetch = ${spread(wallGroups.map((g) => g.fetchAgain / g.fetch))} over the groups (CPU ${cpuRatio('fetchAgain', 'fetch')}); ` +
    `zohokit / (fetch + AbortSignal.timeout) over the groups: ${spread(wallGroups.map((g) => g.zohokit / g.fetchTimed))}`,
);
await sim.stop();
