import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import { parseDataCenter } from '../../src/cli/dc-option.js';
import { createZoho } from '../../src/index.js';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

function zohokit(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

// The built executable as a child process: flags, environment, exit status, signals. The
// in-process tests (cli-in-process.test.ts) cover the commands' branches.
describe('zohokit CLI', () => {
  let server: ChildProcess;
  const seeded: Record<string, string> = {};
  const printed: string[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zohokit-cli-'));
    server = spawn(process.execPath, ['--import', 'tsx', main, 'simulate', '--seed', '--user', 'ana@example.com'], { stdio: ['ignore', 'pipe', 'inherit'] });
    for await (const line of createInterface({ input: server.stdout! })) {
      printed.push(line);
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
    // What another SDK needs besides the base URL: the token endpoint above all.
    const url = seeded['url']!;
    expect(printed).toContain(`  token endpoint: ${url}/oauth/v2/token`);
    expect(printed).toContain(`  accounts URL:   ${url}`);
    expect(printed).toContain(`  file upload:    ${url}/crm/v8/upload`);
    expect(printed.some((line) => line.startsWith(`  control API:    ${url}/__zohokit/`))).toBe(true);
    expect(printed).toContain(`  environment = DataCenter.Environment("${url}", "${url}/oauth/v2/token", "${url}")`);
    expect(printed.some((line) => line.includes(`refresh_token="${seeded['refresh token']}"`))).toBe(true);
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

  it('export crm writes every record as CSV to a file, with plain progress lines off a terminal', async () => {
    const store = join(dir, 'tokens.json');
    const env = { ZOHO_CLIENT_ID: seeded['client id']!, ZOHO_CLIENT_SECRET: seeded['client secret']! };
    // Records to export, made through the library with the token `auth` stored.
    const zoho = createZoho({ credentials: { clientId: env.ZOHO_CLIENT_ID, clientSecret: env.ZOHO_CLIENT_SECRET }, dataCenter: parseDataCenter(seeded['url']!), store: new FileTokenStore(store) });
    await zoho.as('ana@example.com').crm.module('Leads').records.create(Array.from({ length: 250 }, (_, i) => ({ Last_Name: `Lead, "${i}"`, Email: `l${i}@example.com` })));
    const out = join(dir, 'leads.csv');
    const result = await zohokit(['export', 'crm', 'Leads', '--fields', 'Last_Name,Email', '--dc', seeded['url']!, '--user', 'ana@example.com', '--store', store, '--out', out], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('export crm Leads: 250 rows, done');
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(251);
    expect(lines[0]).toBe('id,Last_Name,Email');
    // CSV quoting survives commas and quotes in values.
    expect(lines.some((line) => line.includes('"Lead, ""7"""'))).toBe(true);

    const jsonl = await zohokit(['export', 'crm', 'Leads', '--fields', 'Email', '--format', 'jsonl', '--dc', seeded['url']!, '--user', 'ana@example.com', '--store', store], env);
    expect(jsonl.code).toBe(0);
    const rows = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line) as { Email: string });
    expect(rows).toHaveLength(250);
    expect(rows[0]!.Email).toMatch(/@example\.com$/);
  });

  it('export refuses an incomplete command with a usage error (exit 2)', async () => {
    const result = await zohokit(['export', 'creator', 'only-owner'], { ZOHO_CLIENT_ID: 'x', ZOHO_CLIENT_SECRET: 'y' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<owner>/<app>/<report>');
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

  it('stops the simulator cleanly on SIGTERM', async () => {
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
  });
});
