/**
 * CRM load throughput: 20,000 upserts through `module.load()` against a simulator that
 * answers every request after 50 ms, served over HTTP from a child process, with 10
 * batches in flight. The theoretical maximum is concurrency × 100 records / latency
 * (10 × 100 / 0.05 s = 20,000 records/s); the bench prints achieved / maximum (target ≥ 0.9),
 * and, as a baseline measured in the same run, the same batches sent with plain fetch.
 *
 *   npx tsx scripts/bench/crm-load.ts [--records 20000 --latency 50 --concurrency 10 --rounds 3]
 */
import { parseArgs } from 'node:util';
import { zohokit } from './built.js';
import { spawnSim } from './spawn-sim.js';
import { median } from './stats.js';

const { createZoho } = zohokit;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '20000' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const records = Number(values.records);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const BATCH = 100;
const theoretical = (concurrency * BATCH) / (latencyMs / 1000);

const sim = await spawnSim({ BENCH_LATENCY_MS: String(latencyMs) });
try {
  const zoho = createZoho({
    credentials: { clientId: sim.clientId, clientSecret: sim.clientSecret },
    dataCenter: { name: 'simulator', accounts: sim.url, api: sim.url, content: sim.url, analytics: sim.url, desk: sim.url },
    maxConcurrency: concurrency,
  });
  const user = sim.grants[0]!;
  await zoho.authorize({ code: user.code, user: user.user });
  const leads = zoho.as(user.user).crm.module('Leads');
  await zoho.as(user.user).crm.org(); // mints the access token before timing
  const stored = await zoho.store.get({ user: user.user, clientId: sim.clientId, environment: 'production' });
  const token = stored!.accessToken!;

  let serial = 0;
  const rows = (count: number): Record<string, unknown>[] =>
    Array.from({ length: count }, () => {
      const n = serial++;
      return { Last_Name: `Load ${n}`, First_Name: 'Bench', Email: `load${n}@example.com`, Company: `Company ${n % 97}`, Lead_Source: 'Web Download' };
    });

  const viaLoad = async (input: Record<string, unknown>[]): Promise<number> => {
    const started = performance.now();
    const result = await leads.load(input, { action: 'upsert', syncKey: 'Email', concurrency });
    const seconds = (performance.now() - started) / 1000;
    if (result.succeeded !== input.length) throw new Error(`load wrote ${result.succeeded} of ${input.length} records`);
    return input.length / seconds;
  };

  /** Records per second POSTing the batches to `path` with plain fetch, `concurrency` at a time. */
  const viaPlainFetch = async (path: string, input: Record<string, unknown>[], expectOk: boolean): Promise<number> => {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next * BATCH < input.length) {
          const batch = input.slice(next * BATCH, ++next * BATCH);
          const response = await fetch(`${sim.url}${path}`, {
            method: 'POST',
            headers: { Authorization: `Zoho-oauthtoken ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ data: batch, duplicate_check_fields: ['Email'] }),
          });
          if (!expectOk) await response.arrayBuffer();
          else if (response.ok) await response.json();
          else throw new Error(`plain fetch answered ${response.status}`);
        }
      }),
    );
    return input.length / ((performance.now() - started) / 1000);
  };
  // The same batches with plain fetch: what the simulator and the socket allow at best.
  const viaFetch = (input: Record<string, unknown>[]): Promise<number> => viaPlainFetch('/crm/v8/Leads/upsert', input, true);
  // The same bodies to a path the simulator refuses at once (404): what this machine's
  // sockets, timers and scheduling allow at this latency and concurrency when the server
  // does no work at all.
  const viaNoWork = (input: Record<string, unknown>[]): Promise<number> => viaPlainFetch('/crm/v8/no-such-path/for-the-ceiling', input, false);

  // Warm up (JIT, keep-alive sockets) on a small load, then alternate the two paths.
  await viaLoad(rows(2_000));
  await viaFetch(rows(2_000));
  const ratios: number[] = [];
  const ceilings: number[] = [];
  const baselineRatios: number[] = [];
  const noWorkCeilings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ours = await viaLoad(rows(records));
    const plain = await viaFetch(rows(records));
    const noWork = await viaNoWork(rows(records));
    ratios.push(ours / theoretical);
    ceilings.push(plain / theoretical);
    baselineRatios.push(ours / plain);
    noWorkCeilings.push(noWork / theoretical);
    console.log(
      `round ${round + 1}: load() ${ours.toFixed(0)} records/s (${(ours / theoretical).toFixed(3)} of ${theoretical.toFixed(0)}), ` +
        `plain fetch ${plain.toFixed(0)} records/s (${(plain / theoretical).toFixed(3)}; load/fetch ${(ours / plain).toFixed(3)}), ` +
        `no-work ceiling ${noWork.toFixed(0)} records/s (${(noWork / theoretical).toFixed(3)})`,
    );
  }
  // The plain-fetch figure is the ceiling this machine and simulator allow: the simulator's
  // own CPU time per batch adds to the 50 ms, and it is shared with the client's.
  console.log(
    `crm-load: achieved / theoretical maximum = ${median(ratios).toFixed(3)} (target ≥ 0.9); plain fetch / theoretical = ${median(ceilings).toFixed(3)}; ` +
      `load() / plain fetch = ${median(baselineRatios).toFixed(3)}; no-work ceiling / theoretical = ${median(noWorkCeilings).toFixed(3)} (medians of ${rounds} rounds of ${records} upserts, ${latencyMs} ms latency, concurrency ${concurrency})`,
  );
} finally {
  await sim.stop();
}
