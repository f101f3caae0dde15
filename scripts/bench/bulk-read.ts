/**
 * Bulk-read benchmark: a 1,000,000-row CRM bulk read streamed to a counter.
 *
 *   npx tsx scripts/bench/bulk-read.ts [--rows 1000000] [--rounds 3]
 *
 * The simulator runs in a child process (this file with --serve), so the RSS measured here
 * is the client's own. It seeds the Leads, serves the bulk read over HTTP (five jobs of
 * 200,000 rows, one ZIP of CSV each) and writes the same rows as one CSV file to disk.
 *
 * Reported: the client's peak RSS (target < 200 MB) and its rows/second against csv-parse
 * reading that CSV from disk in this process (target ratio ≥ 0.7), both measured in the
 * same run: by wall time (first row to last, and end to end with the jobs) and by CPU time
 * of this process, which a busy shared machine disturbs less than wall time. Rounds of
 * zohokit alternate with baselines; each round is compared with the baselines around it,
 * and the median of the rounds is the result.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { createZoho, type BulkReadOptions } from '../../src/index.js';
import { crmJobs } from '../../src/testing/crm/jobs/crm-jobs-state.js';
import { createSimulator } from '../../src/testing/index.js';
import { median } from './stats.js';

const FIELDS = ['Last_Name', 'First_Name', 'Email', 'Company', 'Lead_Source', 'Annual_Revenue', 'Created_Time'];
const USER = 'bench@example.com';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

/** The child: a seeded simulator over HTTP, and the same rows as a CSV file. */
async function serve(rows: number, csvPath: string): Promise<void> {
  const sim = createSimulator();
  crmJobs(sim.crm).pollsToComplete = 2;
  const leads = sim.crm.module('Leads');
  const file: string[][] = [['Id', ...FIELDS]];
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = sim.crm.newId();
    const record = {
      id,
      Last_Name: `Lastname ${i}`,
      First_Name: i % 10 === 0 ? `Ann, "the ${i}th"` : `First ${i}`,
      Email: `lead${i}@example.com`,
      Company: `Company ${i % 977}`,
      Lead_Source: ['Web', 'Trade Show', 'Partner'][i % 3]!,
      Annual_Revenue: String((i * 37) % 1_000_000),
      Created_Time: '2025-01-01T10:00:00+00:00',
    };
    leads.set(id, record);
    file.push([id, ...FIELDS.map((field) => record[field as keyof typeof record])]);
    if (file.length === 10_000) parts.push(stringify(file.splice(0)));
  }
  parts.push(stringify(file));
  await writeFile(csvPath, parts.join(''));
  const server = await sim.listen();
  const { clientId, clientSecret } = sim.createClient();
  const code = sim.createGrantCode({ clientId, user: USER });
  console.log(JSON.stringify({ url: server.url, clientId, clientSecret, code }));
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

/** Rows per second of wall time and per second of this process's CPU time. */
interface Rate {
  wall: number;
  cpu: number;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function baseline(csvPath: string): Promise<Rate> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let count = 0;
  for await (const _row of createReadStream(csvPath).pipe(parse({ columns: true }))) count++;
  return { wall: count / ((performance.now() - started) / 1000), cpu: count / cpuSeconds(cpu) };
}

interface Run {
  /** Rows per second of streaming: result downloads, unzip and parse (job waits excluded). */
  streaming: number;
  /** Rows per second from the first request to the last row. */
  endToEnd: number;
  /** Rows per CPU-second of this process. */
  perCpu: number;
  peakRss: number;
}

async function exportOnce(leads: ReturnType<ReturnType<typeof createZoho>['crm']['module']>, options: BulkReadOptions, rows: number): Promise<Run> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  // Streaming time: from each page's job COMPLETED (its download starts) to its last row,
  // which (without prefetch) is when the next page's job is ADDED, or the end.
  let streamingMs = 0;
  let pageStart = 0;
  let count = 0;
  const onProgress = options.onProgress;
  const tracked: BulkReadOptions = {
    ...options,
    onProgress: (progress) => {
      onProgress?.(progress);
      if (progress.state === 'COMPLETED') pageStart = performance.now();
      if (progress.state === 'ADDED' && pageStart) {
        streamingMs += performance.now() - pageStart;
        pageStart = 0;
      }
    },
  };
  for await (const _row of leads.bulkRead(tracked)) count++;
  const ended = performance.now();
  if (pageStart) streamingMs += ended - pageStart;
  const cpuUsed = cpuSeconds(cpu);
  clearInterval(sampler);
  if (count !== rows) throw new Error(`read ${count} rows, expected ${rows}`);
  return {
    streaming: count / (streamingMs / 1000),
    endToEnd: count / ((ended - started) / 1000),
    perCpu: count / cpuUsed,
    peakRss: Math.max(peakRss, process.memoryUsage.rss()),
  };
}

async function main(): Promise<void> {
  const rows = argument('rows', 1_000_000);
  const rounds = argument('rounds', 3);
  const dir = await mkdtemp(join(tmpdir(), 'zohokit-bulk-read-'));
  const csvPath = join(dir, 'leads.csv');
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--serve', '--rows', String(rows), '--csv', csvPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const sim = JSON.parse(line) as { url: string; clientId: string; clientSecret: string; code: string };
    const zoho = createZoho({
      credentials: { clientId: sim.clientId, clientSecret: sim.clientSecret },
      dataCenter: { name: 'simulator', accounts: sim.url, api: sim.url, content: sim.url, analytics: sim.url, desk: sim.url },
    });
    await zoho.authorize({ code: sim.code, user: USER });
    const leads = zoho.as(USER).crm.module('Leads');
    const poll = { intervalMs: 50, maxIntervalMs: 200 };
    // When each result download started (right after its job reports COMPLETED).
    const downloads: number[] = [];
    const onProgress = ({ state }: { state: string }): void => void (state === 'COMPLETED' && downloads.push(Date.now()));
    // The simulator shares this machine's cores: with prefetch it would prepare the next
    // page while this process parses the current one, and steal its CPU. Off, the streaming
    // time below is the client's alone (job waits are measured apart, as end to end).
    const prefetch = false;

    // Warm-ups, as for any benchmark: the baseline warms csv-parse up (JIT), and a small
    // bulk read (one job, a few hundred rows) loads and warms zohokit's own modules.
    const baselines = [await baseline(csvPath)];
    const warmUp = { field: { api_name: 'Annual_Revenue' }, comparator: 'less_than' as const, value: 1_000 };
    for await (const _row of leads.bulkRead({ fields: FIELDS, criteria: warmUp, poll, onProgress })) void _row;
    const rssBefore = process.memoryUsage.rss();

    const runs: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      // Zoho allows 10 downloads a minute (and the client keeps to it): start a round only
      // when its downloads cannot be held back by the quota, so no round measures a wait.
      const pages = Math.ceil(rows / 200_000);
      const blocking = downloads.length - (10 - pages);
      if (blocking > 0) await new Promise((resolve) => setTimeout(resolve, Math.max(0, downloads[blocking - 1]! + 61_000 - Date.now())));
      runs.push(await exportOnce(leads, { fields: FIELDS, poll, prefetch, onProgress }, rows));
      baselines.push(await baseline(csvPath));
    }

    const n = (value: number): string => Math.round(value).toLocaleString('en');
    const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;
    console.log(`bulk read of ${n(rows)} rows (${Math.ceil(rows / 200_000)} jobs of up to 200,000), simulator in a child process over HTTP, ${rounds} rounds`);
    console.log(`  peak RSS of the client during the exports: ${mb(Math.max(...runs.map((r) => r.peakRss)))} (${mb(rssBefore)} before them; sampled every 20 ms; target < 200 MB)`);
    console.log('  round   csv-parse from disk        zohokit                                    ratio (target ≥ 0.7)');
    console.log('          wall/s      per CPU-s      streaming/s   end to end/s   per CPU-s    streaming  end to end  per CPU-s');
    const ratios = runs.map((run, i) => {
      // Each round against the mean of the baselines measured just before and after it.
      const disk = { wall: (baselines[i]!.wall + baselines[i + 1]!.wall) / 2, cpu: (baselines[i]!.cpu + baselines[i + 1]!.cpu) / 2 };
      const ratio = { streaming: run.streaming / disk.wall, endToEnd: run.endToEnd / disk.wall, cpu: run.perCpu / disk.cpu };
      console.log(`  ${String(i + 1).padStart(5)}   ${n(disk.wall).padStart(6)}   ${n(disk.cpu).padStart(11)}      ${n(run.streaming).padStart(12)}  ${n(run.endToEnd).padStart(12)}  ${n(run.perCpu).padStart(10)}    ${ratio.streaming.toFixed(2).padStart(10)}  ${ratio.endToEnd.toFixed(2).padStart(10)}  ${ratio.cpu.toFixed(2).padStart(9)}`);
      return ratio;
    });
    console.log(`  median ratio: streaming ${median(ratios.map((r) => r.streaming)).toFixed(2)}, end to end ${median(ratios.map((r) => r.endToEnd)).toFixed(2)}, per CPU-second ${median(ratios.map((r) => r.cpu)).toFixed(2)}`);
    console.log('  streaming = downloads + unzip + parse, job waits excluded; end to end adds the jobs (the simulator preparing each\n  page on the same cores); per CPU-second = rows per CPU-second of this process, end to end');
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) {
  const at = process.argv.indexOf('--csv');
  await serve(argument('rows', 1_000_000), process.argv[at + 1]!);
} else {
  await main();
}
