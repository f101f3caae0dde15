/**
 * The JavaScript runtimes the runtime tests (test/runtimes/) run zohokit on, at pinned
 * versions, fetched once from the npm registry into `.cache/runtimes/`:
 *
 *   npm run runtimes        (npx tsx scripts/runtimes.ts)
 *
 * They are not devDependencies: together they weigh about 400 MB, and `npm install` must
 * stay light for a newcomer. Each comes from the package that ships its binary for this
 * platform (`npm pack`, then unpacked), so no install script runs; npm 11 blocks those.
 * `.ci/run` calls this before `npm test`. Without the binaries the runtime tests skip.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type RuntimeName = 'workerd' | 'deno' | 'bun';

interface Pinned {
  version: string;
  /** Per `${process.platform}-${process.arch}`: the npm package with the binary, and its path inside. */
  packages: Record<string, { name: string; binary: string }>;
}

export const RUNTIMES: Record<RuntimeName, Pinned> = {
  workerd: {
    version: '1.20261117.1',
    packages: {
      'linux-x64': { name: '@cloudflare/workerd-linux-64', binary: 'bin/workerd' },
      'linux-arm64': { name: '@cloudflare/workerd-linux-arm64', binary: 'bin/workerd' },
      'darwin-arm64': { name: '@cloudflare/workerd-darwin-arm64', binary: 'bin/workerd' },
    },
  },
  deno: {
    version: '2.9.6',
    packages: {
      'linux-x64': { name: '@deno/linux-x64-glibc', binary: 'deno' },
      'linux-arm64': { name: '@deno/linux-arm64-glibc', binary: 'deno' },
      'darwin-arm64': { name: '@deno/darwin-arm64', binary: 'deno' },
    },
  },
  bun: {
    version: '1.4.5',
    packages: {
      'linux-x64': { name: '@oven/bun-linux-x64', binary: 'bin/bun' },
      'linux-arm64': { name: '@oven/bun-linux-aarch64', binary: 'bin/bun' },
      'darwin-arm64': { name: '@oven/bun-darwin-aarch64', binary: 'bin/bun' },
    },
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
export const RUNTIMES_DIR = join(root, '.cache', 'runtimes');
const platform = `${process.platform}-${process.arch}`;

function folder(name: RuntimeName): string {
  return join(RUNTIMES_DIR, `${name}-${RUNTIMES[name].version}`);
}

/** The binary's path when it has been fetched, else undefined. Synchronous, to feed `describe.skipIf`. */
export function runtimeBinary(name: RuntimeName): string | undefined {
  const pinned = RUNTIMES[name].packages[platform];
  if (!pinned) return undefined;
  const path = join(folder(name), pinned.binary);
  return existsSync(path) ? path : undefined;
}

/** Fetches one runtime unless it is already in the cache; returns its binary. */
async function fetchRuntime(name: RuntimeName): Promise<string> {
  const present = runtimeBinary(name);
  if (present) return present;
  const pinned = RUNTIMES[name].packages[platform];
  if (!pinned) throw new Error(`${name}: no package is pinned for ${platform}; the runtime tests will skip it`);
  const spec = `${pinned.name}@${RUNTIMES[name].version}`;
  // Unpacked next to its final place (same file system), then renamed into place whole, so
  // an interrupted fetch leaves nothing half-unpacked.
  await mkdir(RUNTIMES_DIR, { recursive: true });
  const temp = await mkdtemp(join(RUNTIMES_DIR, `.fetch-${name}-`));
  try {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--pack-destination', temp], { maxBuffer: 1 << 24 });
    const tarball = join(temp, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const unpacked = join(temp, 'package');
    await mkdir(unpacked);
    await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    await chmod(join(unpacked, pinned.binary), 0o755);
    await rm(folder(name), { recursive: true, force: true });
    await rename(unpacked, folder(name));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return runtimeBinary(name)!;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of Object.keys(RUNTIMES) as RuntimeName[]) {
    const binary = await fetchRuntime(name);
    const { stdout } = await run(binary, ['--version']);
    console.log(`${name} ${RUNTIMES[name].version}: ${binary} (${stdout.trim().split('\n')[0]})`);
  }
}
