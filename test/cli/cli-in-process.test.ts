/**
 * The command line run in this process through `run(args, io)`, against a simulator served
 * over real HTTP: what a user types, what they read, the exit status their script sees.
 * cli.test.ts keeps proving the built executable works as a child process.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import { describeError, EXIT, exitCodeFor } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/program.js';
import { createZoho, ZohoAuthError, ZohoConfigError, ZohoConnectionError, ZohoError, ZohoRateLimitError, ZohoStoreError } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorServer } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { Captured, zohokit } from './run-in-process.js';

describe('zohokit CLI, in process', () => {
  let sim: Simulator;
  let server: SimulatorServer;
  let dir: string;
  let clientId: string;
  let clientSecret: string;
  let url: string;
  let store: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zohokit-cli-in-process-'));
    sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    server = await sim.listen();
    url = server.url;
    ({ clientId, clientSecret } = sim.createClient());
    store = join(dir, 'tokens.json');
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const credentials = (): Record<string, string> => ({ ZOHO_CLIENT_ID: clientId, ZOHO_CLIENT_SECRET: clientSecret });

  describe('auth', () => {
    it('exchanges a grant code from the flags, stores the token in a 0600 file and prints no secret', async () => {
      const code = sim.createGrantCode({ clientId, user: 'ana@example.com' });
      const result = await zohokit(['auth', '--dc', url, '--client-id', clientId, '--client-secret', clientSecret, '--code', code, '--user', 'ana@example.com', '--store', store]);
      expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
      expect(result.stdout).toContain(`Stored user "ana@example.com" (data centre custom, production) in ${store}`);
      expect(result.stdout).toMatch(/Scopes: ZohoCRM/);
      expect(result.stdout).toContain(`API domain: ${url}`);
      for (const secret of [clientSecret, code]) expect(result.stdout).not.toContain(secret);
      expect((await stat(store)).mode & 0o777).toBe(0o600);
    });

    it('takes the data centre, client and refresh token from the environment, and keeps the sandbox apart', async () => {
      const refreshToken = sim.issueRefreshToken({ clientId, user: 'env@example.com' });
      const path = join(dir, 'env.json');
      const result = await zohokit(['auth', '--environment', 'sandbox', '--user', 'env@example.com', '--store', path], { ...credentials(), ZOHO_DC: url, ZOHO_REFRESH_TOKEN: refreshToken });
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout).toContain('Stored user "env@example.com" (data centre custom, sandbox)');
      const stored = await new FileTokenStore(path).get({ user: 'env@example.com', clientId, environment: 'sandbox' });
      expect(stored?.refreshToken).toBe(refreshToken);
    });

    it('--refresh-token with a value checks it by one refresh before storing it', async () => {
      const refreshToken = sim.issueRefreshToken({ clientId, user: 'ref@example.com' });
      const path = join(dir, 'ref.json');
      sim.resetStats();
      const result = await zohokit(['auth', '--dc', url, '--refresh-token', refreshToken, '--user', 'ref@example.com', '--store', path], credentials());
      expect(result.code).toBe(EXIT.ok);
      expect(sim.stats().refreshes).toBe(1);
      expect(result.stdout).not.toContain(refreshToken);
      expect((await new FileTokenStore(path).get({ user: 'ref@example.com', clientId, environment: 'production' }))?.accessToken).toBeDefined();
    });

    it('asks on a terminal for what is missing, without echoing the secrets', async () => {
      const code = sim.createGrantCode({ clientId, user: 'tty@example.com' });
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      const stdout = new Captured();
      const stderr = new Captured();
      const answers = [url, clientId, clientSecret, code];
      const asked: string[] = [];
      // Answer each question as it appears on stderr, as a person at the terminal would.
      const answering = (async () => {
        for (const question of ['Data centre', 'Client id', 'Client secret (hidden)', 'Grant code']) {
          await stderr.waitFor(question);
          asked.push(question);
          stdin.write(`${answers.shift()}\n`);
        }
      })();
      const exit = await run(['auth', '--user', 'tty@example.com', '--store', join(dir, 'tty.json')], { stdout, stderr, stdin, env: {} });
      await answering;
      expect(exit).toBe(EXIT.ok);
      expect(asked).toHaveLength(4);
      expect(stdout.text).toContain('Stored user "tty@example.com"');
      // The data centre and client id are echoed as typed; the secret and grant code are not.
      expect(stderr.text).toContain(clientId);
      expect(stderr.text).not.toContain(clientSecret);
      expect(stderr.text).not.toContain(code);
    });

    it('an empty answer at the prompt is a usage error naming the flag', async () => {
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      const stdout = new Captured();
      const stderr = new Captured();
      const answering = (async () => {
        await stderr.waitFor('Client id');
        stdin.write('\n');
      })();
      const exit = await run(['auth', '--dc', 'eu', '--store', join(dir, 'never.json')], { stdout, stderr, stdin, env: {} });
      await answering;
      expect(exit).toBe(EXIT.usage);
      expect(stderr.text).toContain('"--client-id": is required');
    });

    it('refuses --code with --refresh-token (exit 2), storing nothing', async () => {
      const path = join(dir, 'both.json');
      const result = await zohokit(['auth', '--dc', url, '--code', '1000.abc.def', '--refresh-token', '1000.ghi.jkl', '--store', path], credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain('at "--code": give either --code or --refresh-token, not both');
      expect(result.stderr).not.toContain('1000.ghi.jkl');
      await expect(stat(path)).rejects.toThrow();
    });

    it('a bare --refresh-token off a terminal with no ZOHO_REFRESH_TOKEN is a usage error (exit 2)', async () => {
      const result = await zohokit(['auth', '--dc', url, '--refresh-token', '--store', join(dir, 'bare.json')], credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain('at "--refresh-token": is required (stdin is not a terminal');
    });

    it('a refused refresh token exits 3, stores nothing and never prints the token', async () => {
      const path = join(dir, 'refused.json');
      const result = await zohokit(['auth', '--dc', url, '--refresh-token', '1000.not.a-real-token', '--store', path], credentials());
      expect(result.code).toBe(EXIT.auth);
      expect(result.stderr).not.toContain('1000.not.a-real-token');
      expect(await new FileTokenStore(path).list()).toEqual([]);
    });

    it('an unknown data centre is a usage error listing the valid ones', async () => {
      const result = await zohokit(['auth', '--dc', 'mars', '--code', 'x', '--store', join(dir, 'mars.json')], credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toBe('error: Invalid zohokit config at "--dc": must be one of us, eu, in, au, jp, ca, cn, sa or an http(s) URL\n');
    });

    it('an unreachable accounts server exits 5 and says to check the data centre and network', async () => {
      // Port 1 on localhost: nothing listens there, so the connection is refused at once.
      const result = await zohokit(['auth', '--dc', 'http://127.0.0.1:1', '--code', '1000.abc.def', '--store', join(dir, 'offline.json')], credentials());
      expect(result.code).toBe(EXIT.network);
      expect(result.stderr).toContain('(is the data centre right, and is the network up?)');
    });

    it('a token store that cannot be written exits 6', async () => {
      const blocker = join(dir, 'a-file');
      await writeFile(blocker, 'not a directory');
      const code = sim.createGrantCode({ clientId, user: 'ana@example.com' });
      const result = await zohokit(['auth', '--dc', url, '--code', code, '--store', join(blocker, 'tokens.json')], credentials());
      expect(result.code).toBe(EXIT.store);
      expect(result.stderr).toMatch(/^error: /);
    });

    it('a MySQL store that cannot be reached exits 6 and never prints its password', async () => {
      const code = sim.createGrantCode({ clientId, user: 'ana@example.com' });
      const result = await zohokit(['auth', '--dc', url, '--code', code, '--store', 'mysql://zohokit:hunter2-secret@127.0.0.1:1/tokens'], credentials());
      expect(result.code).toBe(EXIT.store);
      expect(result.stdout + result.stderr).not.toContain('hunter2-secret');
    });

    it('--verbose adds the product, status and code of a refusal', async () => {
      const result = await zohokit(['--verbose', 'auth', '--dc', url, '--client-id', '1000.NOSUCHCLIENT', '--client-secret', 'x'.repeat(20), '--code', '1000.abc.def', '--store', join(dir, 'v.json')]);
      expect(result.code).toBe(EXIT.auth);
      expect(result.stderr).toMatch(/check the data centre/);
      expect(result.stderr).toMatch(/product accounts, status \d+, code invalid_client, attempts \d+/);
    });
  });

  describe('export', () => {
    beforeAll(async () => {
      // ana@example.com was stored by the first auth test; seed what there is to export.
      const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: server.dataCenter, store: new FileTokenStore(store), analytics: { orgId: sim.analytics.orgId } });
      const ana = zoho.as('ana@example.com');
      await ana.crm.module('Leads').records.create(Array.from({ length: 120 }, (_, i) => ({ Last_Name: `Lead, "${i}"`, Email: `l${i}@example.com`, Company: i % 2 ? 'Odd' : 'Even' })));
      sim.analytics.createWorkspace({ name: 'Sales', owner: 'ana@example.com' });
      const workspace = ana.analytics.workspace('Sales');
      await workspace.ensureTable({ name: 'sales', columns: [{ name: 'customer', type: 'PLAIN' }, { name: 'total', type: 'NUMBER' }] });
      await workspace.importData('sales', 'customer,total\nZylker,450\nAcme,99\nZylker,750\n', { importType: 'APPEND' });
      sim.creator.createApp({ owner: 'zylker', app: 'store', forms: [{ name: 'Order', fields: [{ link_name: 'Email', type: 'email' }, { link_name: 'Status' }] }], reports: [{ name: 'All_Orders', form: 'Order' }] });
      sim.creator.seed('zylker', 'store', 'Order', Array.from({ length: 30 }, (_, i) => ({ Email: `b${i}@zylker.com`, Status: i % 3 ? 'Open' : 'Closed' })));
    });

    const as = (args: string[]): string[] => [...args, '--dc', url, '--user', 'ana@example.com', '--store', store];

    it('crm pages every record to stdout as CSV, with one plain progress line on stderr', async () => {
      const result = await zohokit(as(['export', 'crm', 'Leads', '--fields', 'Last_Name,Email']), credentials());
      expect(result.code).toBe(EXIT.ok);
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(121);
      expect(lines[0]).toBe('id,Last_Name,Email');
      expect(lines).toContain(lines.find((line) => line.includes('"Lead, ""7"""')));
      expect(result.stderr).toBe('export crm Leads: 120 rows, done\n');
    });

    it('crm --criteria searches, and --format jsonl writes one object a line to --out', async () => {
      const out = join(dir, 'odd.jsonl');
      const result = await zohokit(as(['export', 'crm', 'Leads', '--fields', 'Email,Company', '--criteria', '(Company:equals:Odd)', '--format', 'jsonl', '--out', out]), credentials());
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout).toBe('');
      const rows = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { Company: string });
      expect(rows).toHaveLength(60);
      expect(new Set(rows.map((row) => row.Company))).toEqual(new Set(['Odd']));
    });

    it('crm writes lookups as JSON and missing values as empty cells', async () => {
      const result = await zohokit(as(['export', 'crm', 'Leads', '--fields', 'Email,Owner,Phone']), credentials());
      expect(result.code).toBe(EXIT.ok);
      const [header, first] = result.stdout.split('\n');
      expect(header).toBe('id,Email,Owner,Phone');
      // Owner is an object ({"id", "name", ...}): one JSON cell, CSV-quoted; Phone was never set.
      expect(first).toMatch(/^\d+,l\d+@example\.com,"\{""[^]*\}",$/);
    });

    it('the data centre comes from ZOHO_DC when --dc is not given', async () => {
      const result = await zohokit(['export', 'crm', 'Leads', '--fields', 'Email', '--user', 'ana@example.com', '--store', store], { ...credentials(), ZOHO_DC: url });
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout.trim().split('\n')).toHaveLength(121);
    });

    it('crm --bulk streams the rows of a bulk read job', async () => {
      const result = await zohokit(as(['export', 'crm', 'Leads', '--bulk', '--fields', 'Last_Name', '--out', '-']), credentials());
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout.trim().split('\n')).toHaveLength(121);
    });

    it('crm --bulk refuses --criteria (exit 2) before calling Zoho', async () => {
      sim.resetStats();
      const result = await zohokit(as(['export', 'crm', 'Leads', '--bulk', '--criteria', '(Company:equals:Odd)']), credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain('"--criteria": cannot be combined with --bulk');
      expect(sim.stats().requests).toBe(0);
    });

    it('analytics runs the SQL and writes the rows, nested values as JSON', async () => {
      const result = await zohokit(as(['export', 'analytics', '--workspace', 'Sales', '--sql', "select customer, total from sales where customer = 'Zylker'", '--org-id', sim.analytics.orgId]), credentials());
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout.trim().split('\n')).toEqual(['customer,total', 'Zylker,450', 'Zylker,750']);
    });

    it('creator bulk-reads a report, filtered by --criteria', async () => {
      const result = await zohokit(as(['export', 'creator', 'zylker/store/All_Orders', '--criteria', 'Status == "Closed"', '--format', 'jsonl']), credentials());
      expect(result.code).toBe(EXIT.ok);
      const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { Status: string });
      expect(rows).toHaveLength(10);
      expect(rows.every((row) => row.Status === 'Closed')).toBe(true);
    });

    it.each([
      { args: ['export', 'crm'], says: '"<module>": name the CRM module' },
      { args: ['export', 'analytics', '--sql', 'select 1'], says: '"--workspace": is required for analytics' },
      { args: ['export', 'analytics', '--workspace', 'Sales'], says: '"--sql": is required for analytics' },
      { args: ['export', 'creator', 'zylker/store'], says: '"<owner>/<app>/<report>": name the report' },
      { args: ['export', 'desk'], says: '"<product>": must be crm, analytics or creator' },
    ])('$args.1 with an incomplete command is a usage error: $says', async ({ args, says }) => {
      const result = await zohokit(as(args), credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(says);
    });

    it.each([
      { env: { ZOHO_CLIENT_SECRET: 'x' }, says: '"--client-id": is required (or ZOHO_CLIENT_ID)' },
      { env: { ZOHO_CLIENT_ID: 'x' }, says: '"--client-secret": is required (or ZOHO_CLIENT_SECRET)' },
    ])('without client credentials it is a usage error: $says', async ({ env, says }) => {
      const result = await zohokit(as(['export', 'crm', 'Leads']), env);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(says);
    });

    it('a user with no stored token exits 3 and is told to run `zohokit auth`', async () => {
      const result = await zohokit(['export', 'crm', 'Leads', '--dc', url, '--user', 'nobody@example.com', '--store', store], credentials());
      expect(result.code).toBe(EXIT.auth);
      expect(result.stderr).toMatch(/Run `zohokit auth` first\.\n$/);
    });

    it('a module Zoho does not know exits 4 with its message', async () => {
      const result = await zohokit(as(['export', 'crm', 'NoSuchModule']), credentials());
      expect(result.code).toBe(EXIT.api);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stdout).toBe('');
    });

    it('an invalid --format is refused by the parser (exit 2)', async () => {
      const result = await zohokit(as(['export', 'crm', 'Leads', '--format', 'xml']), credentials());
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain("Allowed choices are csv, jsonl");
    });
  });

  describe('simulate', () => {
    it('serves the simulator until its signal aborts, and prints seeded credentials that work', async () => {
      const stdout = new Captured();
      const stop = new AbortController();
      const running = run(['simulate', '--seed', '--user', 'sam@example.com', '--latency', '1', '--crm-concurrency', '5', '--crm-credits', '1000', '--credit-window-ms', '60000', '--creator-per-minute', '50', '--analytics-per-minute', '60', '--crm-uploads-per-minute', '10', '--crm-edition', 'enterprise', '--crm-sub-concurrency', '3'], {
        stdout,
        stderr: new Captured(),
        env: {},
        signal: stop.signal,
      });
      await stdout.waitFor('Press Ctrl+C');
      const served = /listening on (\S+)/.exec(stdout.text)![1]!;
      const field = (name: string): string => new RegExp(`${name}:\\s+(\\S+)`).exec(stdout.text)![1]!;
      expect(stdout.text).toContain(`  token endpoint: ${served}/oauth/v2/token`);
      expect(stdout.text).toContain('"crm":{"edition":"enterprise","concurrency":5,"subConcurrency":3,"credits":{"limit":1000,"windowMs":60000},"uploads":{"limit":10}}');
      expect(stdout.text).toContain('"creator":{"limit":50},"analytics":{"limit":60}');
      expect(field('user')).toBe('sam@example.com');

      // The seeded refresh token works against the served simulator.
      const path = join(dir, 'served.json');
      const result = await zohokit(['auth', '--dc', served, '--refresh-token', field('refresh token'), '--user', 'sam@example.com', '--store', path], { ZOHO_CLIENT_ID: field('client id'), ZOHO_CLIENT_SECRET: field('client secret') });
      expect(result.code).toBe(EXIT.ok);

      stop.abort();
      expect(await running).toBe(EXIT.ok);
      expect(stdout.text).toMatch(/Simulator stopped\.\n$/);
      await expect(fetch(`${served}/crm/v8/org`)).rejects.toThrow();
    });

    it('stops at once when its signal is already aborted, without --seed printing no credentials', async () => {
      const stdout = new Captured();
      const code = await run(['simulate'], { stdout, stderr: new Captured(), env: {}, signal: AbortSignal.abort() });
      expect(code).toBe(EXIT.ok);
      expect(stdout.text).not.toContain('client secret');
      expect(stdout.text).not.toContain("enforcing Zoho's limits");
      expect(stdout.text).toContain('Simulator stopped.');
    });

    it.each([
      { args: ['simulate', '--port', '70000'], says: 'must be a port number (0-65535)' },
      { args: ['simulate', '--port', 'x'], says: 'must be a port number' },
      { args: ['simulate', '--crm-concurrency', '0'], says: 'must be a whole number of at least 1' },
      { args: ['simulate', '--crm-credits', '1.5'], says: 'must be a whole number of at least 1' },
      { args: ['simulate', '--crm-edition', 'platinum'], says: 'Allowed choices are' },
      { args: ['simulate', '--no-such-flag'], says: "unknown option '--no-such-flag'" },
      { args: ['nonsense'], says: "unknown command 'nonsense'" },
    ])('refuses $args as bad usage (exit 2)', async ({ args, says }) => {
      const result = await zohokit(args, {}, { signal: AbortSignal.abort() });
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(says);
      expect(result.stdout).toBe('');
    });
  });

  it('prints help for every command on stdout and exits 0', async () => {
    for (const command of [[], ['auth'], ['simulate'], ['export'], ['demo']]) {
      const result = await zohokit([...command, '--help']);
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout).toContain('Usage: zohokit');
    }
  });

  it('demo with every ZOHO_* variable set runs the read-only steps against that data centre', async () => {
    const refreshToken = sim.issueRefreshToken({ clientId, user: 'live@example.com' });
    const result = await zohokit(['demo'], { ...credentials(), ZOHO_REFRESH_TOKEN: refreshToken, ZOHO_DC: url });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('against REAL Zoho');
    expect(result.stdout).toContain('✓ signed in as live@example.com');
    expect(result.stdout).toMatch(/✓ first \d+ leads read/);
  });
});

describe('exit codes and error lines', () => {
  const rateLimited = new ZohoRateLimitError('crm: too many requests', { product: 'crm', status: 429, code: 'TOO_MANY_REQUESTS', attempts: 5 });
  const withBody = new ZohoError('crm: invalid data', { product: 'crm', status: 400, code: 'INVALID_DATA', details: { api_name: 'Email' }, bodyExcerpt: '{"code":"INVALID_DATA"}' });
  it.each([
    { name: 'a usage error', error: new ZohoConfigError('--dc', 'is required'), exit: EXIT.usage, line: 'error: Invalid zohokit config at "--dc": is required' },
    { name: 'no stored token', error: new ZohoAuthError('no token stored for user "x"', { reason: 'no-token' }), exit: EXIT.auth, line: 'error: no token stored for user "x". Run `zohokit auth` first.' },
    { name: 'throttled refreshes', error: new ZohoAuthError('accounts: throttled', { reason: 'throttled', recoverable: true, retryAfterMs: 90_500 }), exit: EXIT.auth, line: 'error: Zoho is throttling token requests for this user; wait 91 s and try again.' },
    { name: 'throttled, no wait given', error: new ZohoAuthError('accounts: throttled', { reason: 'throttled', recoverable: true }), exit: EXIT.auth, line: 'error: Zoho is throttling token requests for this user; wait 60 s and try again.' },
    { name: 'a refused grant', error: new ZohoAuthError('accounts: invalid_code', { reason: 'grant-failed' }), exit: EXIT.auth, line: 'error: accounts: invalid_code' },
    { name: 'no connection', error: new ZohoConnectionError('crm: GET failed: ECONNREFUSED', { code: 'ECONNREFUSED' }), exit: EXIT.network, line: 'error: crm: GET failed: ECONNREFUSED (is the data centre right, and is the network up?)' },
    { name: 'a store failure', error: new ZohoStoreError('token store: disk full'), exit: EXIT.store, line: 'error: token store: disk full' },
    { name: 'a rate limit', error: rateLimited, exit: EXIT.api, line: 'error: crm: too many requests' },
    { name: 'a bug', error: new TypeError('x is not a function'), exit: EXIT.unexpected, line: 'error: x is not a function' },
    { name: 'a thrown string', error: 'boom', exit: EXIT.unexpected, line: 'error: boom' },
  ])('$name exits $exit with one line', ({ error, exit, line }) => {
    expect(exitCodeFor(error)).toBe(exit);
    expect(describeError(error, false)).toBe(line);
  });

  it('--verbose adds status, code, attempts, details and the body excerpt of a Zoho error', () => {
    expect(describeError(withBody, true).split('\n')).toEqual([
      'error: crm: invalid data',
      '  product crm, status 400, code INVALID_DATA, attempts 1',
      '  details {"api_name":"Email"}',
      '  body {"code":"INVALID_DATA"}',
    ]);
    expect(describeError(new ZohoError('x'), true).split('\n')).toEqual(['error: x', '  product zohokit, status -, code -, attempts 1']);
    expect(describeError(new TypeError('x'), true)).toBe('error: x');
  });
});
