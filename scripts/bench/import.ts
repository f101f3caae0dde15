/**
 * Cold import time and package size of zohokit against Zoho's official TypeScript SDK
 * (@zohocrm/typescript-sdk-8.0), with the ratios. The SDK covers CRM only, so the like-for-
 * like figure is `zohokit/crm` (the core and CRM); `zohokit` carries all four products.
 *
 *   npm run build && npx tsx scripts/bench/import.ts [--runs 15]
 *
 * Sizes come from `npm pack --dry-run --json`: for zohokit in the repository (what
 * `npm publish` would upload), for the SDK in its installed folder (the registry gives no
 * `dist.unpackedSize` for 3.0.0, and repacking its `files` reproduces its tarball closely).
 */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { coldImports, EMPTY, officialEntry, zohokitEntry } from './cold-import.js';
import { dependencyFootprint } from './install-footprint.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

interface Packed {
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

const run = promisify(execFile);

async function pack(dir: string): Promise<Packed> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { stdout } = await run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  const [result] = JSON.parse(stdout) as Packed[];
  if (!result) throw new Error(`npm pack printed nothing in ${dir}`);
  return result;
}

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const zk = zohokitEntry();
const zkCrm = zohokitEntry('crm');
const off = officialEntry();
// The SDK's main is dist/index.js; its package folder is one level up.
const officialDir = resolve(dirname(fileURLToPath(off.entry)), '..');

const imports = await coldImports([EMPTY, zk, zkCrm, off], runs);
const [ourPack, theirPack] = [await pack(repoRoot), await pack(officialDir)];
const [ourDeps, theirDeps] = [await dependencyFootprint(repoRoot), await dependencyFootprint(officialDir)];

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;
const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ourImport = imports.get(zk.name)!;
const ourCrmImport = imports.get(zkCrm.name)!;
const theirImport = imports.get(off.name)!;

console.log(`cold import (median of ${runs} fresh node processes each, after one unmeasured pass)`);
for (const [name, timing] of imports) console.log(`  ${name.padEnd(28)} import ${timing.importMs.toFixed(0).padStart(5)} ms   process ${timing.processMs.toFixed(0).padStart(5)} ms`);

console.log('\npackage (npm pack --dry-run)');
console.log(`  zohokit                      tarball ${kB(ourPack.size).padStart(8)}   unpacked ${MB(ourPack.unpackedSize).padStart(7)}   ${ourPack.entryCount} files`);
console.log(`  @zohocrm/typescript-sdk-8.0  tarball ${kB(theirPack.size).padStart(8)}   unpacked ${MB(theirPack.unpackedSize).padStart(7)}   ${theirPack.entryCount} files`);
const docs = ourPack.files.filter((file) => file.path.startsWith('dist/docs/'));
if (docs.length > 0) {
  const docBytes = docs.reduce((sum, file) => sum + file.size, 0);
  console.log(`  (zohokit's pack includes ${docs.length} files of dist/docs, ${MB(docBytes)} unpacked, left there by \`npm run docs\`; without them ${MB(ourPack.unpackedSize - docBytes)})`);
}

console.log('\ninstalled with runtime dependencies (package unpacked + its dependency tree as installed here)');
console.log(`  zohokit                      ${MB(ourPack.unpackedSize + ourDeps.bytes).padStart(7)}   ${ourDeps.packages} dependency packages`);
console.log(`  @zohocrm/typescript-sdk-8.0  ${MB(theirPack.unpackedSize + theirDeps.bytes).padStart(7)}   ${theirDeps.packages} dependency packages`);

const importRatio = theirImport.importMs / ourImport.importMs;
const crmImportRatio = theirImport.importMs / ourCrmImport.importMs;
const tarRatio = theirPack.size / ourPack.size;
const unpackedRatio = theirPack.unpackedSize / ourPack.unpackedSize;
const installRatio = (theirPack.unpackedSize + theirDeps.bytes) / (ourPack.unpackedSize + ourDeps.bytes);
console.log(
  `\nimport: zohokit/crm (CRM, as the SDK) imports ${crmImportRatio.toFixed(1)}× faster (${ourCrmImport.importMs.toFixed(0)} vs ${theirImport.importMs.toFixed(0)} ms); ` +
    `zohokit (all four products) imports ${importRatio.toFixed(1)}× faster (${ourImport.importMs.toFixed(0)} vs ${theirImport.importMs.toFixed(0)} ms), ` +
    `its tarball is ${tarRatio.toFixed(1)}× smaller (${kB(ourPack.size)} vs ${kB(theirPack.size)}), unpacked ${unpackedRatio.toFixed(1)}× smaller, ` +
    `installed with dependencies ${installRatio.toFixed(1)}× smaller`,
);
