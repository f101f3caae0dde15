/**
 * Transport cost in instructions: the same four calls as bench:transport (plain fetch, fetch
 * with AbortSignal.timeout, zohokit, zohokit with `timeoutMs: 0`), each run under valgrind's
 * callgrind, counting the instructions the main thread executes per call, garbage collection
 * left out. Unlike time on a shared machine, this count repeats to a few tenths of a percent
 * from run to run, so it can tell a change of 1% apart; it is how the transport's recent
 * savings were found and checked. It is not time: a cache miss costs more than an
 * instruction, and GC is left out because its share moves with the machine's memory, so
 * bench:transport stays the figure of record.
 *
 *   npm run bench:transport-instructions [-- --calls 2000 --repeat 2]
 *
 * Needs valgrind (Debian: apt-get install valgrind); about a minute per run, two at a time.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './stats.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '2000' }, repeat: { type: 'string', default: '2' } } });
const calls = Number(values.calls);
const repeat = Number(values.repeat);

try {
  execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('bench:transport-instructions needs valgrind (apt-get install valgrind); skipped.');
  process.exit(0);
}

const VARIANTS = ['fetch', 'fetchTimed', 'zohokit', 'untimed'] as const;
type Variant = (typeof VARIANTS)[number];
const dir = mkdtempSync(join(tmpdir(), 'zohokit-instructions-'));
const worker = new URL('./instructions-worker.ts', import.meta.url).pathname;

/** Instructions per call on the main thread, GC (Heap::CollectGarbage and all it calls) left out. */
async function measure(variant: Variant, run: number): Promise<number> {
  const out = join(dir, `${variant}-${run}`);
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', '--instr-atstart=no', '--separate-threads=yes', `--callgrind-out-file=${out}`, process.execPath, '--import', 'tsx', worker, '--variant', variant, '--calls', String(calls)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  // The main thread is callgrind's thread 1.
  const file = `${out}-01`;
  if (code !== 0 || !existsSync(file)) throw new Error(`callgrind run of ${variant} failed (exit ${String(code)}): ${stderr.slice(-500)}`);
  const total = Number(/^totals: (\d+)/m.exec(readFileSync(file, 'utf8'))?.[1]);
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const gcLine = annotated.split('\n').find((line) => line.includes('Heap::CollectGarbage('));
  const gc = gcLine ? Number(/^\s*([\d,]+)/.exec(gcLine)![1]!.replaceAll(',', '')) : 0;
  return (total - gc) / calls;
}

const results: Record<Variant, number[]> = { fetch: [], fetchTimed: [], zohokit: [], untimed: [] };
const jobs = Array.from({ length: repeat }, (_, run) => VARIANTS.map((variant) => ({ variant, run }))).flat();
for (let index = 0; index < jobs.length; index += 2) {
  await Promise.all(
    jobs.slice(index, index + 2).map(async ({ variant, run }) => {
      results[variant].push(await measure(variant, run));
    }),
  );
}
rmSync(dir, { recursive: true, force: true });

const k = (variant: Variant): string => `${(median(results[variant]) / 1000).toFixed(1)} K (${results[variant].map((value) => (value / 1000).toFixed(1)).join(', ')})`;
const ratio = (a: Variant, b: Variant): string => (median(results[b]) / median(results[a])).toFixed(3);
console.log(`instructions per call, main thread, GC left out (${calls} calls, medians of ${repeat} runs):`);
console.log(`  fetch ${k('fetch')}; fetch + AbortSignal.timeout ${k('fetchTimed')}; zohokit ${k('zohokit')}; timeoutMs 0 ${k('untimed')}`);
console.log(`  zohokit / (fetch + AbortSignal.timeout) = ${ratio('zohokit', 'fetchTimed')}; timeoutMs 0 / plain fetch = ${ratio('untimed', 'fetch')} (calls per instruction; bench:transport's targets are 0.95 in time)`);
