import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

function zohokit(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('zohokit CLI', () => {
  let server: ChildProcess;
  const seeded: Record<string, string> = {};
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zohokit-cli-'));
    server = spawn(process.execPath, ['--import', 'tsx', main, 'simulate', '--seed', '--user', 'ana@example.com'], { stdio: ['ignore', 'pipe', 'inherit'] });
    for await (const line of createInterface({ input: server.stdout! })) {
      const url = /listening on (\S+)/.exec(line)?.[1];
      if (url) seeded['url'] = url;
      const field = /^\s+(client id|client secret|refresh token|grant code):\s+(\S+)/.exec(line);
      if (field) seeded[field[1]!] = field[2]!;
      if (line.startsWith('Press Ctrl+C')) break;
    }
  }, 30_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('simulate --seed prints a URL and credentials other programs can use', () => {
    expect(seeded['url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(seeded['client id']).toMatch(/^1000\./);
    expect(seeded['refresh token']).toMatch(/^1000\./);
  });

  it('auth exchanges a grant code, stores the token in a 0600 file and prints no secret', async () => {
    const store = join(dir, 'tokens.json');
    const result = await zohokit(['auth', '--dc', seeded['url']!, '--client-id', seeded['client id']!, '--code', seeded['grant code']!, '--user', 'ana@example.com', '--store', store], {
      ZOHO_CLIENT_SECRET: seeded['client secret']!,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stored user "ana@example.com" (data centre custom, production)');
    expect(result.stdout).toMatch(/Scopes: ZohoCRM/);
    for (const secret of [seeded['client secret']!, seeded['grant code']!, seeded['refresh token']!]) {
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
    expect((await stat(store)).mode & 0o777).toBe(0o600);
  });

  it('explains a used grant code in plain words and exits 3', async () => {
    const result = await zohokit(['auth', '--dc', seeded['url']!, '--client-id', seeded['client id']!, '--client-secret', seeded['client secret']!, '--code', seeded['grant code']!, '--store', join(dir, 'again.json')]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/already used or expired/);
    expect(result.stderr).not.toContain(seeded['grant code']!);
    expect(result.stderr).not.toContain(seeded['client secret']!);
  });

  it('explains a client id from another data centre, with --verbose details', async () => {
    const result = await zohokit(['--verbose', 'auth', '--dc', seeded['url']!, '--client-id', '1000.NOSUCHCLIENT', '--client-secret', 'x'.repeat(20), '--code', '1000.abc.def', '--store', join(dir, 'x.json')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/check the data centre/);
    expect(result.stderr).toMatch(/code invalid_client/);
  });

  it('refuses to prompt without a terminal and says which flag is missing (exit 2)', async () => {
    const result = await zohokit(['auth', '--dc', 'eu'], { ZOHO_CLIENT_ID: '', ZOHO_CLIENT_SECRET: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--client-id');
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of [[], ['auth'], ['simulate'], ['demo']]) {
      const result = await zohokit([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: zohokit');
    }
  });

  it('stops the simulator cleanly on SIGTERM', async () => {
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
  });
});
