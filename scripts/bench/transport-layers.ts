/**
 * zohokit's own cost per call, with the network taken out: the global fetch is replaced
 * by a stub that answers at once, so what remains is openapi-fetch, the transport layers
 * and Response handling, all in this process (no sockets, no simulator, little noise).
 * Compares, in the same run:
 *
 * - the stub called directly, as a hand-written `fetch` + `json()` would;
 * - the same with `signal: AbortSignal.timeout(60_000)`, the protection written by hand;
 * - zohokit with `timeoutMs: 0` (every layer but the timeout);
 * - zohokit with its default 60 s per-attempt timeout.
 *
 * The difference between the last two is what an AbortSignal per attempt costs before
 * Node's fetch even sees it; transport.ts measures the whole thing over real HTTP. The two
 * ratios printed last are the ceilings of bench:transport's: what they would be if the
 * network and Node's fetch cost nothing.
 *
 *   npm run build && npx tsx scripts/bench/transport-layers.ts [--calls 20000 --rounds 7]
 */
import { parseArgs } from 'node:util';
import { persistence, zohokit } from './built.js';
import { median } from './stats.js';

const { createZoho } = zohokit;
const { MemoryTokenStore } = persistence;
const { values } = parseArgs({ options: { calls: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '7' } } });
const calls = Number(values.calls);
const rounds = Number(values.rounds);

const origin = 'http://127.0.0.1:9';
const body = JSON.stringify({ org: [{ id: '1', company_name: 'Acme', currency: 'USD' }] });
globalThis.fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' } });

const store = new MemoryTokenStore();
await store.set({ user: 'bench', clientId: 'bench', environment: 'production', refreshToken: 'r', accessToken: 'a', expiresAt: Date.now() + 3_600_000, dataCenter: 'stub' });
const client = (timeoutMs: number) =>
  createZoho({
    credentials: { clientId: 'bench', clientSecret: 'bench' },
    dataCenter: { name: 'stub', accounts: origin, api: origin, content: origin, analytics: origin, desk: origin },
    store,
    timeoutMs,
  }).as('bench');
const untimed = client(0);
const timed = client(60_000);

const variants = {
  stub: async () => void (await (await fetch(`${origin}/crm/v8/org`, { headers: { Authorization: 'Zoho-oauthtoken a' } })).json()),
  stubTimed: async () => void (await (await fetch(`${origin}/crm/v8/org`, { headers: { Authorization: 'Zoho-oauthtoken a' }, signal: AbortSignal.timeout(60_000) })).json()),
  untimed: async () => void (await untimed.crm.api.GET('/crm/v8/org')).data,
  timed: async () => void (await timed.crm.api.GET('/crm/v8/org')).data,
};
type Name = keyof typeof variants;

/** µs per call, 10 at a time, as the other transport benches run. */
async function perCall(call: () => Promise<void>, count: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (next++ < count) await call();
  }));
  return ((performance.now() - started) * 1000) / count;
}

for (const name of Object.keys(variants) as Name[]) await perCall(variants[name], 3_000);
const results: Record<Name, number[]> = { stub: [], stubTimed: [], untimed: [], timed: [] };
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(variants) as Name[]) results[name].push(await perCall(variants[name], calls));
}
const [stub, stubTimed, noTimeout, withTimeout] = [median(results.stub), median(results.stubTimed), median(results.untimed), median(results.timed)];
console.log(`per call: stub fetch ${stub.toFixed(1)} µs, with AbortSignal.timeout ${stubTimed.toFixed(1)} µs, zohokit without timeout ${noTimeout.toFixed(1)} µs, with the 60 s timeout ${withTimeout.toFixed(1)} µs`);
console.log(
  `transport-layers: zohokit adds ${(noTimeout - stub).toFixed(1)} µs a call (${(noTimeout / stub).toFixed(2)}× a stubbed call), ` +
    `the timeout ${(withTimeout - noTimeout).toFixed(1)} µs more (medians of ${rounds} rounds of ${calls} calls)`,
);
// Per-round ratios (each round runs every variant back to back), then their medians.
const ratio = (a: Name, b: Name): number => median(results[a].map((us, i) => results[b][i]! / us));
console.log(
  `ceiling: zohokit ÷ (stub + AbortSignal.timeout) = ${ratio('timed', 'stubTimed').toFixed(3)}; timeoutMs 0 ÷ stub = ${ratio('untimed', 'stub').toFixed(3)} (calls per second, medians of ${rounds} rounds)`,
);
