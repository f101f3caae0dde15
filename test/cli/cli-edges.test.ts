/**
 * The command line at its edges, in process against a simulator over HTTP: auth without a
 * user or environment and a token answer without scopes, exports without optional flags,
 * and the progress a user sees on a terminal and in a log over 10,000 rows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/program.js';
import { createSimulator, type Simulator, type SimulatorServer } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { Captured, zohokit } from './run-in-process.js';

describe('zohokit CLI at its edges', () => {
  let sim: Simulator;
  let server: SimulatorServer;
  let dir: string;
  let env: Record<string, string>;
  let store: string;
  const ROWS = 10_001;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zohokit-cli-edges-'));
    sim = createSimulator();
    redactionGuard.watch(() => sim.secrets());
    server = await sim.listen();
    const { clientId, clientSecret } = sim.createClient();
    env = { ZOHO_CLIENT_ID: clientId, ZOHO_CLIENT_SECRET: clientSecret, ZOHO_DC: server.url };
    store = join(dir, 'tokens.json');
    const workspace = sim.analytics.createWorkspace({ name: 'Big', owner: 'default' });
    const table = sim.analytics.createTable(workspace, { name: 'numbers', columns: [{ name: 'n', type: 'NUMBER' }] });
    sim.analytics.addRows(table, Array.from({ length: ROWS }, (_, n) => ({ n })));
    // The CLI polls export jobs at Zoho's pace (every 2 s): let each job finish at its first poll.
    sim.analytics.exportPollsUntilDone = 0;
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('auth without --user or --environment stores "default" in production', async () => {
    const code = sim.createGrantCode({ clientId: env['ZOHO_CLIENT_ID']!, user: 'default' });
    const result = await zohokit(['auth', '--code', code, '--store', store], env);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(result.stdout).toContain(`Stored user "default" (data centre custom, production) in ${store}`);
  });

  it('auth says when Zoho reports no scopes', async () => {
    const code = sim.createGrantCode({ clientId: env['ZOHO_CLIENT_ID']!, user: 'bare@example.com' });
    // The token answer without its `scope`: the grant still stands.
    sim.failNext({ type: 'answer', status: 200, body: { access_token: '1000.a.b', refresh_token: '1000.c.d', expires_in: 3600, token_type: 'Bearer', api_domain: server.url } }, { path: '/oauth/v2/token' });
    const result = await zohokit(['auth', '--code', code, '--user', 'bare@example.com', '--store', join(dir, 'bare.json')], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('Scopes: (none reported)');
  });

  it('reports progress in a log every 10,000 rows, then the total', async () => {
    const result = await zohokit(['export', 'analytics', '--workspace', 'Big', '--sql', 'select n from numbers', '--org-id', sim.analytics.orgId, '--store', store], env);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout.trim().split('\n')).toHaveLength(ROWS + 1);
    expect(result.stderr).toBe(`export analytics: 10000 rows\nexport analytics: ${ROWS} rows, done\n`);
  });

  it('draws a live bar on a terminal instead', async () => {
    const stderr = new Captured(true);
    const result = await zohokit(['export', 'analytics', '--workspace', 'Big', '--sql', 'select n from numbers where n < 2', '--org-id', sim.analytics.orgId, '--store', store], env, { stderr });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout.trim().split('\n')).toEqual(['n', '0', '1']);
    expect(result.stderr).toContain('export analytics 2 rows');
  });

  it('export creator without a report is a usage error naming the form of the argument', async () => {
    const result = await zohokit(['export', 'creator', '--store', store], env);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('<owner>/<app>/<report>');
  });

  it('simulate --seed without --user seeds the demo user, and --crm-credits alone keeps Zoho\'s credit window', async () => {
    const stdout = new Captured();
    const code = await run(['simulate', '--seed', '--crm-credits', '5'], { stdout, stderr: new Captured(), env: {}, signal: AbortSignal.abort() });
    expect(code).toBe(EXIT.ok);
    expect(stdout.text).toMatch(/user: +demo@example\.com/);
    expect(stdout.text).toContain(`enforcing Zoho's limits: ${JSON.stringify({ crm: { credits: { limit: 5 } } })}`);
  });
});
