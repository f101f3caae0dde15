// What every throwaway test server (MariaDB, Redis) needs from the machine: its binary on
// the PATH or in the usual install folders, and a free loopback port to listen on.
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

// Debian puts servers in /usr/sbin, which is not on every user's PATH; Homebrew and
// MySQL's tarball use their own folders.
const SEARCH_DIRS = ['/usr/bin', '/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/opt/homebrew/bin', '/usr/local/mysql/bin'];

/** The first of `names` that is an executable on the PATH or in the usual folders. */
export function findExecutable(names: readonly string[]): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), ...SEARCH_DIRS];
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not in this directory: keep looking.
      }
    }
  }
  return undefined;
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
