/**
 * What `npm install <package>` puts on disk besides the package itself: its runtime
 * dependency tree as installed here (dependencies, optional dependencies that are present,
 * and required peers; optional peers are left out since the user opts into them).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface Footprint {
  /** Distinct installed packages in the dependency tree, the root excluded. */
  packages: number;
  /** Their bytes on disk (file sizes, not blocks), each package's own files only. */
  bytes: number;
}

/** Sums the dependency tree of the package in `packageDir`, resolving names as Node does. */
export async function dependencyFootprint(packageDir: string): Promise<Footprint> {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = async (dir: string, required: boolean, name: string): Promise<void> => {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest;
    const optionalPeers = new Set(Object.entries(manifest.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([peer]) => peer));
    const wanted = [
      ...Object.keys(manifest.dependencies ?? {}).map((dep) => [dep, true] as const),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((dep) => [dep, false] as const),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((peer) => !optionalPeers.has(peer)).map((peer) => [peer, true] as const),
    ];
    for (const [dep, needed] of wanted) {
      const found = await locate(dep, dir);
      if (!found) {
        // An optional dependency may legitimately be absent (another platform's binary).
        if (needed) throw new Error(`${name} needs ${dep}, which is not installed`);
        continue;
      }
      const real = await realpath(found);
      if (seen.has(real)) continue;
      seen.add(real);
      bytes += await ownBytes(real);
      await visit(real, needed && required, dep);
    }
  };
  await visit(packageDir, true, packageDir);
  return { packages: seen.size, bytes };
}

/** Node's lookup: <dir>/node_modules/<name>, then the same in each parent directory. */
async function locate(name: string, from: string): Promise<string | undefined> {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    // A failed stat just means "not installed here"; the walk goes on to the parent.
    if (await stat(join(candidate, 'package.json')).then(() => true, () => false)) return candidate;
    if (dir === parse(dir).root) return undefined;
  }
}

/** Bytes of a package's own files; nested node_modules hold other packages, counted on their own. */
async function ownBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' && entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await ownBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}
