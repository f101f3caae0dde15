/**
 * Coverage per folder, from the `coverage/coverage-summary.json` that `npm test` writes
 * (vitest's json-summary reporter, one entry per file):
 *
 *   npx tsx scripts/coverage-folders.ts
 *
 * The thresholds in test/vitest.config.ts hold the whole library; this table shows where
 * the gaps are, so a change that raises a folder can raise the thresholds with it.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
type Metric = (typeof METRICS)[number];
type Counts = Record<Metric, { total: number; covered: number }>;

/** The folders the coverage thresholds and the issue speak of; the rest fold into "other". */
const FOLDERS = [
  'src/auth',
  'src/http',
  'src/bulk',
  'src/analytics',
  'src/crm',
  'src/creator',
  'src/desk',
  'src/cli',
  'src/csv',
  'src/testing',
  'persistence',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const summary = JSON.parse(await readFile(new URL('../coverage/coverage-summary.json', import.meta.url), 'utf8')) as Record<string, Record<Metric, { total: number; covered: number }>>;

const groups = new Map<string, Counts>();
const add = (name: string, file: Record<Metric, { total: number; covered: number }>): void => {
  const counts = groups.get(name) ?? (Object.fromEntries(METRICS.map((metric) => [metric, { total: 0, covered: 0 }])) as Counts);
  for (const metric of METRICS) {
    counts[metric].total += file[metric].total;
    counts[metric].covered += file[metric].covered;
  }
  groups.set(name, counts);
};

for (const [path, file] of Object.entries(summary)) {
  if (path === 'total') continue;
  const name = relative(root, path);
  const folder = FOLDERS.find((prefix) => name.startsWith(`${prefix}/`)) ?? (name.startsWith('src/') ? 'src (top level)' : 'other');
  add(folder, file);
  // The groups the thresholds in test/vitest.config.ts hold.
  if (name.startsWith('src/') && !name.startsWith('src/testing/')) add('src without src/testing', file);
  if (/^persistence\/(mysql|redis)-/.test(name)) add('persistence: MySQL, Redis', file);
  else if (name.startsWith('persistence/')) add('persistence: the rest', file);
  add('all', file);
}

const pct = ({ total, covered }: { total: number; covered: number }): string => (total === 0 ? '100.00' : ((100 * covered) / total).toFixed(2));
console.log(`${'folder'.padEnd(27)} ${METRICS.map((metric) => metric.padStart(10)).join(' ')}`);
for (const name of [...FOLDERS, 'src (top level)', 'other', 'src without src/testing', 'persistence: the rest', 'persistence: MySQL, Redis', 'all']) {
  const counts = groups.get(name);
  if (counts) console.log(`${name.padEnd(27)} ${METRICS.map((metric) => `${pct(counts[metric])}%`.padStart(10)).join(' ')}`);
}
