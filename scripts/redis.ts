/**
 * A throwaway Redis for tests: `redis-server` in a fresh directory (on /dev/shm when there
 * is one), on a free 127.0.0.1 port, without persistence. Killed by stop(), at process
 * exit, and by a watchdog if the test process itself is killed, as scripts/mariadb.ts does.
 *
 *   ZOHOKIT_REDIS_URL=redis://host:6379/0   use that server instead
 *   ZOHOKIT_REQUIRE_REDIS=1                 no server is a failure, not a skip
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findExecutable, freePort } from './local-server.js';

export interface RedisServer {
  /** `redis://127.0.0.1:port` */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** True when a server can be had; otherwise warns loudly, or throws when ZOHOKIT_REQUIRE_REDIS=1. */
export function redisAvailable(): boolean {
  if (process.env['ZOHOKIT_REDIS_URL']) return true;
  if (findExecutable(['redis-server'])) return true;
  const why = 'no redis-server binary was found and ZOHOKIT_REDIS_URL is not set';
  if (process.env['ZOHOKIT_REQUIRE_REDIS'] === '1') throw new Error(`ZOHOKIT_REQUIRE_REDIS=1 but ${why}.`);
  const line = '='.repeat(78);
  console.warn(
    ['', line, '  REDIS TESTS SKIPPED', `  ${why}.`, '  Install redis-server, or set ZOHOKIT_REDIS_URL=redis://host:port/db.', '  Set ZOHOKIT_REQUIRE_REDIS=1 to make this a failure instead.', line, ''].join('\n'),
  );
  return false;
}

/** Starts (or points at) a server; undefined when redisAvailable() says no. */
export async function startRedis(): Promise<RedisServer | undefined> {
  if (!redisAvailable()) return undefined;
  const given = process.env['ZOHOKIT_REDIS_URL'];
  if (given) {
    const port = Number(new URL(given).port || 6379);
    return { url: given, port, stop: async () => undefined };
  }
  const binary = findExecutable(['redis-server']);
  if (!binary) throw new Error('unreachable: redisAvailable() found redis-server');
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocal(binary);
    } catch (error) {
      if (attempt >= 3) throw error; // a port found free can be taken before the server binds it
    }
  }
}

async function startLocal(binary: string): Promise<RedisServer> {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'zohokit-redis-'));
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')], {
    stdio: 'ignore',
  });
  child.unref();
  const cleanup = (): void => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  const script = 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -9 "$2" 2>/dev/null; rm -rf "$3"';
  spawn('sh', ['-c', script, 'watchdog', String(process.pid), String(child.pid), dir], { detached: true, stdio: 'ignore' }).unref();
  try {
    await waitForPing(port, () => child.exitCode !== null || child.signalCode !== null);
  } catch (error) {
    process.removeListener('exit', cleanup);
    cleanup();
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      process.removeListener('exit', cleanup);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        if ((await Promise.race([exited, sleep(5_000, 'timeout')])) === 'timeout') child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends PING until +PONG comes back (the server loads nothing, so this takes milliseconds). */
async function waitForPing(port: number, died: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (died()) throw new Error('redis-server exited during startup');
    const answer = await new Promise<string>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('error', () => resolve(''));
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString());
      });
    });
    if (answer.startsWith('+PONG')) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer PING on port ${port}`);
    await sleep(20);
  }
}

