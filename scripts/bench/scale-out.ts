/**
 * Scale-out: 9 worker processes (3 "machines" of 3, each process with its own pools) make
 * 6,000 CRM calls between them against one org that allows 10 calls in flight, each answered
 * after 50 ms, so the org's ceiling is 10 ÷ 50 ms = 200 calls/s. The simulator runs in its
 * own process and counts every 429 it answers.
 *
 *   1. shared budget through MySQL/MariaDB, then through Redis (throwaway servers);
 *   2. baseline: no sharing, each process at maxConcurrency 10;
 *   3. a single process with the whole budget: this machine's own ceiling, measured the same
 *      way (what 10 calls in flight achieve here with no sharing to do);
 *   4. per backend, SIGKILL one worker mid-run: the others finish, and its slots come back
 *      within the lease time (polled after the others are done, and timed from the kill).
 *
 * Reports 429s, throughput ÷ 200 calls/s, and fairness (slowest process's calls/s ÷ the
 * fastest's). Targets: 0 × 429 and ratio ≥ 0.9 with either backend.
 *
 *   npm run bench:scale-out [-- --calls 6000 --workers 9 --latency 50 --concurrency 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface, type Interface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startMariaDb } from '../mariadb.js';
import { startRedis } from '../redis.js';
import type { RowDataPacket } from 'mysql2/promise';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '6000' },
    workers: { type: 'string', default: '9' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '10' },
    lease: { type: 'string', default: '10000' },
    'kill-lease': { type: 'string', default: '2000' },
    /** Only the shared runs and the fixed-share ceiling: for quick comparisons while tuning. */
    quick: { type: 'boolean', default: false },
  },
});
const calls = Number(values.calls);
const workers = Number(values.workers);
const latencyMs = Number(values.latency);
const orgConcurrency = Number(values.concurrency);
const leaseMs = Number(values.lease);
const killLeaseMs = Number(values['kill-lease']);
const ceiling = orgConcurrency / (latencyMs / 1000);
const here = (path: string): string => new URL(path, import.meta.url).pathname;

interface Line {
  readonly lines: Interface;
  next(): Promise<string>;
}
function lineReader(child: ChildProcess): Line {
  const lines = createInterface({ input: child.stdout! });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => {
    const taker = waiting.shift();
    if (taker) taker(line);
    else queue.push(line);
  });
  return { lines, next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve))) };
}

// The simulator, in its own process.
const simProcess = spawn(process.execPath, ['--import', 'tsx', here('./scale-out-sim.ts')], {
  env: { ...process.env, BENCH_WORKERS: String(workers), BENCH_LATENCY_MS: String(latencyMs), BENCH_ORG_CONCURRENCY: String(orgConcurrency) },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const simLines = lineReader(simProcess);
const sim = JSON.parse(await simLines.next()) as { url: string; clientId: string; clientSecret: string; tokens: { user: string; refreshToken: string }[] };
let nextToken = 0;
const simStats = async (command: 'stats' | 'reset'): Promise<{ limits: { refused: { concurrency: number }; maxInFlight: { crm: number } } }> => {
  simProcess.stdin!.write(`${command}\n`);
  return JSON.parse(await simLines.next());
};

interface RunResult {
  refused429: number;
  ratio: number;
  fairness: number;
  failed: number;
  maxInFlight: number;
}

interface Worker {
  child: ChildProcess;
  lines: Line;
}

function startWorker(settings: Record<string, unknown>): Worker {
  const token = sim.tokens[nextToken++ % sim.tokens.length]!;
  const child = spawn(process.execPath, ['--import', 'tsx', here('./scale-out-worker.ts')], {
    env: { ...process.env, BENCH_WORKER: JSON.stringify({ url: sim.url, clientId: sim.clientId, clientSecret: sim.clientSecret, ...token, leaseMs, expectedProcesses: workers, ...settings }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return { child, lines: lineReader(child) };
}

/** Starts the workers, waits until all are warm, then lets them go at once. */
async function run(
  label: string,
  processes: number,
  perProcess: Record<string, unknown> | ((index: number) => Record<string, unknown>),
  options: { kill?: (workers: Worker[]) => Promise<void> } = {},
): Promise<RunResult & { results: { done: number; refused: number; failed: number; ms: number }[] }> {
  const started = Array.from({ length: processes }, (_, index) => startWorker(typeof perProcess === 'function' ? perProcess(index) : perProcess));
  for (const worker of started) if ((await worker.lines.next()) !== 'ready') throw new Error(`${label}: a worker did not start`);
  await simStats('reset');
  const begin = performance.now();
  for (const worker of started) worker.child.stdin!.write('go\n');
  const killing = options.kill?.(started);
  const finished = await Promise.all(
    started.map(async (worker) => {
      const exited = once(worker.child, 'exit');
      const line = await Promise.race([worker.lines.next(), exited.then(() => 'killed')]);
      return line === 'killed' ? undefined : (JSON.parse(line) as { done: number; refused: number; failed: number; ms: number });
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  await killing;
  const results = finished.filter((r) => r !== undefined);
  const stats = await simStats('stats');
  const done = results.reduce((sum, r) => sum + r.done, 0);
  const rates = results.map((r) => r.done / r.ms);
  const result = {
    refused429: stats.limits.refused.concurrency,
    ratio: done / seconds / ceiling,
    fairness: Math.min(...rates) / Math.max(...rates),
    failed: results.reduce((sum, r) => sum + r.refused + r.failed, 0),
    maxInFlight: stats.limits.maxInFlight.crm,
    results,
  };
  console.log(
    `${label.padEnd(34)} ${done} calls in ${seconds.toFixed(2)} s = ${(done / seconds).toFixed(0)} calls/s, ratio ${result.ratio.toFixed(3)}, ` +
      `fairness ${result.fairness.toFixed(3)}, 429s ${result.refused429}, failed calls ${result.failed}, max in flight seen ${result.maxInFlight}`,
  );
  return result;
}

const perWorker = Math.round(calls / workers);
const mysql = await startMariaDb();
const redis = await startRedis();
/**
 * The live lease ids of the org's CRM pool, read from the backend's own storage: the
 * BudgetBackend interface counts leases but does not name them, and the kill phase must
 * follow the particular leases held when the worker died.
 */
type LeaseReader = (org: string) => Promise<{ live(): Promise<string[]>; close(): Promise<void> }>;
const backends: { name: 'mysql' | 'redis'; url: string | undefined; leases: LeaseReader }[] = [
  {
    name: 'mysql',
    url: mysql?.uri,
    leases: async (org) => {
      const connection = await (await import('mysql2/promise')).createConnection({ uri: mysql!.uri });
      return {
        live: async () => {
          const [rows] = await connection.query<RowDataPacket[]>(
            'SELECT lease FROM zohokit_budget_slots WHERE pool = ? AND lease IS NOT NULL AND expires_at > CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)',
            [`${org}:crm`],
          );
          return rows.map((row) => String(row['lease']));
        },
        close: () => connection.end(),
      };
    },
  },
  {
    name: 'redis',
    url: redis?.url,
    leases: async (org) => {
      const client = new (await import('ioredis')).Redis(redis!.url);
      return {
        live: async () => {
          const [seconds, micros] = await client.time();
          const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
          return client.zrangebyscore(`${org}:slots:${org}:crm`, `(${now}`, '+inf');
        },
        close: async () => void client.disconnect(),
      };
    },
  },
];

console.log(`scale-out: ${workers} processes (3 machines of ${Math.ceil(workers / 3)}), ${perWorker * workers} CRM calls, org concurrency ${orgConcurrency}, ${latencyMs} ms latency, ceiling ${ceiling} calls/s`);
const shared: Record<string, RunResult | undefined> = {};
try {
  for (const backend of backends) {
    if (!backend.url) {
      console.log(`${backend.name}: no server, skipped`);
      continue;
    }
    const org = `bench-${backend.name}-${Date.now().toString(36)}`;
    shared[backend.name] = await run(`shared through ${backend.name}`, workers, { backend: backend.name, backendUrl: backend.url, org, calls: perWorker, concurrency: orgConcurrency });
  }
  // The honest ceiling for the shared runs: the same 9 processes and the same client code,
  // coordinated by nothing but a fixed share of the org's 10 slots (10 over 9 processes: one
  // gets 2), each given calls in proportion to its share so all finish together. What it
  // misses of 200 calls/s is this machine's cost of 9 processes, not the budget's.
  const shares = Array.from({ length: workers }, (_, i) => Math.floor(orgConcurrency / workers) + (i < orgConcurrency % workers ? 1 : 0));
  const fixed = shares.every((share) => share > 0)
    ? await run('fixed shares, no budget (ceiling)', workers, (i) => ({ backend: 'none', backendUrl: '', org: 'none', calls: Math.round((calls * shares[i]!) / orgConcurrency), concurrency: shares[i]! }))
    : undefined;
  const vsFixed = (name: string, r: RunResult | undefined): string => (r && fixed ? `${name} ${(r.ratio / fixed.ratio).toFixed(3)}` : `${name} n/a`);
  console.log(`no-work ceiling: ${workers} processes at fixed shares reach ratio ${fixed ? fixed.ratio.toFixed(3) : 'n/a'}; shared budget ÷ it: ${vsFixed('mysql', shared['mysql'])}, ${vsFixed('redis', shared['redis'])}`);
  if (!values.quick) {
    const unshared = await run('unshared, maxConcurrency 10 each', workers, { backend: 'none', backendUrl: '', org: 'none', calls: perWorker, concurrency: orgConcurrency });
    const single = await run('one process (machine ceiling)', 1, { backend: 'none', backendUrl: '', org: 'none', calls: perWorker * workers, concurrency: orgConcurrency });

    for (const backend of backends) {
      if (!backend.url) continue;
      const org = `bench-kill-${backend.name}-${Date.now().toString(36)}`;
      let killedAt = 0;
      const reader = await backend.leases(org);
      // The leases live at the kill are the victim's and the survivors'. The survivors give
      // theirs back within a hold (≤ lease/3) and a call; the victim's can only run out. So
      // the last of them to go is the victim's: poll from the kill until none is left.
      let killTime: string[] = [];
      const pending = new Set<string>();
      let lastGoneMs: number | undefined;
      const outcome = await run(`kill one (${backend.name})`, workers, { backend: backend.name, backendUrl: backend.url, org, calls: 150, concurrency: orgConcurrency, leaseMs: killLeaseMs }, {
        kill: async (started) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          killedAt = performance.now();
          started[0]!.child.kill('SIGKILL');
          killTime = await reader.live();
          for (const lease of killTime) pending.add(lease);
          while (pending.size > 0 && performance.now() - killedAt < killLeaseMs * 5) {
            const live = new Set(await reader.live());
            for (const lease of pending) if (!live.has(lease)) pending.delete(lease);
            lastGoneMs = performance.now() - killedAt;
            if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
      });
      await reader.close();
      const back =
        killTime.length === 0
          ? 'no lease seen at the kill'
          : pending.size > 0
            ? `${pending.size} of the ${killTime.length} leases live at the kill were still live ${(lastGoneMs! / 1000).toFixed(1)} s after it: NOT back`
            : `the ${killTime.length} leases live at the kill were all gone ${lastGoneMs!.toFixed(0)} ms after it (${(lastGoneMs! / killLeaseMs).toFixed(2)} × the lease; the last to go are the victim's)`;
      console.log(
        `  ${backend.name}: SIGKILL of 1 of ${workers} after 300 ms; the other ${outcome.results.length} finished ${outcome.results.reduce((s, r) => s + r.done, 0)} of ${outcome.results.length * 150} calls; ` +
          `${back} (lease ${killLeaseMs} ms, renewed every ${Math.round(killLeaseMs / 3)} ms)`,
      );
    }

    const ratioVsMachine = (r: RunResult | undefined): string => (r ? ` (${(r.ratio / single.ratio).toFixed(3)} of this machine's one-process ceiling)` : '');
    console.log(`machine ceiling: one process reaches ratio ${single.ratio.toFixed(3)}; mysql${ratioVsMachine(shared['mysql'])}, redis${ratioVsMachine(shared['redis'])}`);
    const part = (name: string, r: RunResult | undefined): string => (r ? `${name} 429s=${r.refused429} ratio=${r.ratio.toFixed(2)} fairness=${r.fairness.toFixed(2)}` : `${name} 429s=n/a ratio=n/a fairness=n/a`);
    console.log(`scale-out: ${part('mysql', shared['mysql'])}; ${part('redis', shared['redis'])}; unshared 429s=${unshared.refused429} ratio=${unshared.ratio.toFixed(2)}`);
  }
} finally {
  simProcess.kill('SIGTERM');
  await mysql?.stop();
  await redis?.stop();
}
process.exit(0);
