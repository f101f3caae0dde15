// Usage: tsx scripts/generate.ts [--check] [--spec-dir <dir>] [--out-dir <dir>]
//   npm run generate          rebuild generated/ from spec/
//   npm run check:generated   fail if generated/ differs from what spec/ produces (run by npm test)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateAll } from './generate-lib.js';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    // Defaults are relative to this file, not the cwd, so the script works from any directory.
    'spec-dir': { type: 'string', default: fileURLToPath(new URL('../spec', import.meta.url)) },
    'out-dir': { type: 'string', default: fileURLToPath(new URL('../generated', import.meta.url)) },
  },
});

const result = await generateAll({
  specDir: values['spec-dir'],
  outDir: values['out-dir'],
  check: values.check,
});

const shown = (file: string) => path.relative(process.cwd(), path.join(values['out-dir'], file));

if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(problem);
  console.error(`\n${result.problems.length} problem(s) in spec/; nothing was generated.`);
  process.exit(1);
}
if (result.stale.length > 0) {
  console.error(`Stale generated files: ${result.stale.map(shown).join(', ')}`);
  console.error('Run `npm run generate` and commit the result.');
  process.exit(1);
}
if (values.check) {
  console.log('generated/ is up to date.');
} else {
  for (const file of result.written) console.log(`wrote ${shown(file)}`);
  for (const file of result.removed) console.log(`removed ${shown(file)} (its spec is gone)`);
  if (result.written.length + result.removed.length === 0) console.log('generated/ is up to date.');
}
