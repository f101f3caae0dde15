/**
 * Cold import time: each sample is a fresh `node` process (empty module cache) that imports
 * one entry point. Measured inside the child (performance.now() around the dynamic import)
 * and as the child's whole wall time from spawn to exit; both are reported as medians.
 *
 * "Cold" means a new process, not a cold disk: after the first sample the OS file cache
 * holds the files, as it would on a server that restarts.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.js';

export interface ImportTarget {
  name: string;
  /** A file: URL of the entry point the child imports. */
  entry: string;
}

export interface ImportTiming {
  /** Median milliseconds spent in `await import(entry)` inside the child. */
  importMs: number;
  /** Median milliseconds from spawning the child to its exit. */
  processMs: number;
}

const repoRoot = resolve(new URL('../..', import.meta.url).pathname);

/** A zohokit entry from the build in dist/: `zohokit` (all four products) or `zohokit/<product>`. */
export function zohokitEntry(product?: 'crm' | 'analytics' | 'creator' | 'desk'): ImportTarget {
  const file = product ? `dist/src/entries/${product}.js` : 'dist/src/index.js';
  const main = resolve(repoRoot, file);
  if (!existsSync(main)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return { name: product ? `zohokit/${product}` : 'zohokit', entry: pathToFileURL(main).href };
}

/** The official SDK's `main`, resolved the way the project would resolve it. */
export function officialEntry(): ImportTarget {
  const main = createRequire(resolve(repoRoot, 'package.json')).resolve('@zohocrm/typescript-sdk-8.0');
  return { name: '@zohocrm/typescript-sdk-8.0', entry: pathToFileURL(main).href };
}

/** A child that imports nothing, to show what node's own start-up costs. */
export const EMPTY: ImportTarget = { name: 'node (no import)', entry: '' };

async function sample(target: ImportTarget): Promise<{ importMs: number; processMs: number }> {
  const code = target.entry
    ? `const t = performance.now(); await import(${JSON.stringify(target.entry)}); process.stdout.write(String(performance.now() - t));`
    : `process.stdout.write('0');`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  const processMs = performance.now() - started;
  if (exitCode !== 0) throw new Error(`importing ${target.name} failed (exit ${exitCode})`);
  return { importMs: Number(out), processMs };
}

/** Median of `runs` fresh-process samples per target, the targets interleaved run by run. */
export async function coldImports(targets: ImportTarget[], runs: number): Promise<Map<string, ImportTiming>> {
  const samples = new Map(targets.map((target) => [target.name, [] as { importMs: number; processMs: number }[]]));
  // One unmeasured pass warms the OS file cache for every target alike.
  for (const target of targets) await sample(target);
  for (let run = 0; run < runs; run++) {
    for (const target of targets) samples.get(target.name)!.push(await sample(target));
  }
  return new Map(
    [...samples].map(([name, list]) => [name, { importMs: median(list.map((s) => s.importMs)), processMs: median(list.map((s) => s.processMs)) }]),
  );
}

