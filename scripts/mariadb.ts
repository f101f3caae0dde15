/**
 * A throwaway MariaDB for tests: a fresh data directory (on /dev/shm when there is one),
 * a server on a free 127.0.0.1 port where root needs no password, and a database.
 * It starts in about a second and is killed by stop(), at process exit, and by a
 * watchdog if the test process itself is killed.
 *
 *   ZOHOKIT_MYSQL_URL=mysql://user:pass@host:3306/db   use that server instead
 *   ZOHOKIT_REQUIRE_MYSQL=1                            no server is a failure, not a skip
 *
 * The server keeps MariaDB's built-in defaults (--no-defaults), latin1 included, so the
 * stores are tested against a server that does not hand them utf8mb4 for free.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createConnection } from 'mysql2/promise';
import { findExecutable, freePort } from './local-server.js';

export interface MariaDbServer {
  /** `mysql://user:password@host:port/database` */
  readonly uri: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Stops the server and removes its data (or drops the database on ZOHOKIT_MYSQL_URL's server). */
  stop(): Promise<void>;
}

interface Binaries {
  readonly server: string;
  readonly installer: string;
}

/**
 * True when a server can be had. When not, warns loudly, or throws if
 * ZOHOKIT_REQUIRE_MYSQL=1. Synchronous, so it can feed `describe.skipIf`.
 */
export function mariaDbAvailable(): boolean {
  if (process.env['ZOHOKIT_MYSQL_URL']) return true;
  if (findBinaries()) return true;
  const why = 'no MariaDB binaries (mariadbd, mariadb-install-db) were found and ZOHOKIT_MYSQL_URL is not set';
  if (process.env['ZOHOKIT_REQUIRE_MYSQL'] === '1') {
    throw new Error(`ZOHOKIT_REQUIRE_MYSQL=1 but ${why}.`);
  }
  const line = '='.repeat(78);
  console.warn(
    [
      '',
      line,
      '  MYSQL TESTS SKIPPED',
      `  ${why}.`,
      '  Install mariadb-server, or set ZOHOKIT_MYSQL_URL=mysql://user:pass@host:port/db.',
      '  Set ZOHOKIT_REQUIRE_MYSQL=1 to make this a failure instead.',
      line,
      '',
    ].join('\n'),
  );
  return false;
}

/** Starts (or connects to) a server; undefined when mariaDbAvailable() says no. */
export async function startMariaDb(): Promise<MariaDbServer | undefined> {
  if (!mariaDbAvailable()) return undefined;
  const url = process.env['ZOHOKIT_MYSQL_URL'];
  if (url) return useExistingServer(url);
  const binaries = findBinaries();
  if (!binaries) throw new Error('unreachable: mariaDbAvailable() found the binaries');
  // A port found free can be taken before the server binds it: try again with another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocalServer(binaries);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Address already in use')) throw error;
    }
  }
}

async function startLocalServer(binaries: Binaries): Promise<MariaDbServer> {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'zohokit-mariadb-'));
  const dataDir = join(dir, 'data');
  const osUser = userInfo().username;
  // Smaller than the defaults: these servers hold a few rows and live for seconds.
  const tuning = ['--innodb-log-file-size=8M', '--innodb-buffer-pool-size=32M'];
  await run(binaries.installer, [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--user=${osUser}`,
    // root@localhost and root@127.0.0.1 with an empty password, rather than unix_socket
    // auth, which would tie root to the OS user root.
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...tuning,
  ]);
  const port = await freePort();
  const child = spawn(
    binaries.server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${join(dir, 'sock')}`,
      `--pid-file=${join(dir, 'pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      // Durability is pointless for a throwaway server; speed is not.
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      ...tuning,
      // mariadbd refuses to run as root unless told to.
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ],
    { stdio: 'ignore' },
  );
  child.unref(); // stop(), the exit hook and the watchdog end it; it must not keep us alive
  const cleanup = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  startWatchdog(child, dir);

  const server = { host: '127.0.0.1', port, user: 'root', password: '', database: 'zohokit_test' };
  try {
    await waitUntilReady(server, child, join(dir, 'error.log'));
    const connection = await createConnection({ host: server.host, port, user: server.user });
    await connection.query(`CREATE DATABASE ${server.database} CHARACTER SET utf8mb4`);
    await connection.end();
  } catch (error) {
    process.removeListener('exit', cleanup);
    cleanup();
    throw error;
  }
  return {
    ...server,
    uri: `mysql://root@127.0.0.1:${port}/${server.database}`,
    async stop() {
      process.removeListener('exit', cleanup);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        // A clean shutdown takes well under a second; do not let a stuck one hang the tests.
        if ((await Promise.race([exited, sleep(5_000, 'timeout')])) === 'timeout') child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// If the test process is SIGKILLed, no exit hook runs: this shell notices the parent is
// gone and kills the server. It exits by itself once the server has stopped.
function startWatchdog(child: ChildProcess, dir: string): void {
  const script =
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; ' +
    'kill -9 "$2" 2>/dev/null; rm -rf "$3"';
  const watchdog = spawn('sh', ['-c', script, 'watchdog', String(process.pid), String(child.pid), dir], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
}

async function waitUntilReady(
  server: { host: string; port: number; user: string },
  child: ChildProcess,
  errorLog: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`mariadbd exited during startup:\n${tail(errorLog)}`);
    }
    try {
      const { host, port, user } = server;
      const connection = await createConnection({ host, port, user, connectTimeout: 1_000 });
      await connection.end();
      return;
    } catch (error) {
      // Refused until the server listens. Any other error will not go away by waiting.
      const code = (error as { code?: unknown }).code;
      if (code !== 'ECONNREFUSED' || Date.now() > deadline) {
        throw new Error(`mariadbd did not accept connections: ${String(error)}\n${tail(errorLog)}`);
      }
    }
    await sleep(25);
  }
}

async function useExistingServer(url: string): Promise<MariaDbServer> {
  const parsed = new URL(url);
  const given = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const connection = await createConnection({ uri: url });
  // A database of our own when allowed, so parallel runs and leftovers do not collide.
  let database = `zohokit_test_${process.pid}_${Date.now().toString(36)}`;
  let created = true;
  try {
    await connection.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`);
  } catch (error) {
    if (!given) throw new Error(`Cannot create a test database and ZOHOKIT_MYSQL_URL names none: ${String(error)}`);
    database = given;
    created = false;
  } finally {
    await connection.end();
  }
  parsed.pathname = `/${database}`;
  return {
    uri: parsed.toString(),
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
    async stop() {
      if (!created) return;
      const cleanup = await createConnection({ uri: url });
      await cleanup.query(`DROP DATABASE IF EXISTS ${database}`);
      await cleanup.end();
    },
  };
}

function findBinaries(): Binaries | undefined {
  const server = findExecutable(['mariadbd', 'mysqld']);
  const installer = findExecutable(['mariadb-install-db', 'mysql_install_db']);
  return server && installer ? { server, installer } : undefined;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}:\n${stderr.slice(-2_000)}`)),
    );
  });
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no error log)'; // the server died before it could write one
  }
}
