import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MySQLTokenStore } from '../../persistence/mysql-token-store.js';
import { mariaDbAvailable, startMariaDb, type MariaDbServer } from '../../scripts/mariadb.js';
import { createZoho } from '../../src/index.js';
import { createSimulator, type SimulatorServer } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';

const run = promisify(execFile);
const WORKERS = 4;
const CALLS = 25;

describe.skipIf(!mariaDbAvailable())('refresh across processes sharing a MySQL store', () => {
  let db: MariaDbServer;
  let server: SimulatorServer;
  const sim = createSimulator();
  redactionGuard.watch(() => sim.secrets());

  beforeAll(async () => {
    db = (await startMariaDb())!;
    server = await sim.listen();
  });
  afterAll(async () => {
    await server?.close();
    await db?.stop();
  });

  it(`${WORKERS} worker processes with an expired token produce exactly 1 refresh`, async () => {
    const { clientId, clientSecret } = sim.createClient();
    const store = new MySQLTokenStore({ uri: db.uri });
    const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: server.dataCenter, store });
    const user = 'shared@example.com';
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user }), user });
    // Expired on both sides: the stored copy says so, and Zoho refuses it.
    const key = { user, clientId, environment: 'production' };
    await store.set({ ...(await store.get(key))!, expiresAt: Date.now() - 1_000 });
    sim.expireAccessTokens();
    await store.close();
    sim.resetStats();

    const startAt = String(Date.now() + 2_500); // after every worker has loaded
    const outputs = await Promise.all(
      Array.from({ length: WORKERS }, () =>
        run(process.execPath, ['--import', 'tsx', new URL('../support/refresh-worker.ts', import.meta.url).pathname], {
          env: { ...process.env, SIM_URL: server.url, MYSQL_URI: db.uri, CLIENT_ID: clientId, CLIENT_SECRET: clientSecret, ZOHO_USER: user, CALLS: String(CALLS), START_AT: startAt },
          timeout: 60_000,
        }),
      ),
    );
    const seen = outputs.flatMap(({ stdout }) => (JSON.parse(stdout.trim().split('\n').pop()!) as { seen: string[] }).seen);
    expect(seen).toEqual(Array(WORKERS * CALLS).fill(user));
    expect(sim.stats().refreshes).toBe(1);
    expect(sim.stats().requestsByUser[user]).toBe(WORKERS * CALLS);
  });
});
