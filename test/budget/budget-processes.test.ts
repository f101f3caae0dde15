/**
 * One budget shared by separate processes through a real MariaDB and a real Redis, against
 * the simulator over HTTP, which counts what actually arrives. The workers run the compiled
 * client from dist/ (the test command builds first; run `npm run build` when running this
 * alone). Server suites skip loudly without a server, and fail under ZOHOKIT_REQUIRE_*=1.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MySQLBudgetBackend } from '../../persistence/mysql-budget-backend.js';
import { RedisBudgetBackend } from '../../persistence/redis-budget-backend.js';
import { mariaDbAvailable, startMariaDb, type MariaDbServer } from '../../scripts/mariadb.js';
import { redisAvailable, startRedis, type RedisServer } from '../../scripts/redis.js';
import type { BudgetBackend } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorServer } from '../../src/testing/index.js';

const worker = fileURLToPath(new URL('./fixtures/budget-worker.mjs', import.meta.url));
const compiled = fileURLToPath(new URL('../../dist/persistence/redis-budget-backend.js', import.meta.url));

interface WorkerResult {
  ok: number;
  creditsExhausted: number;
  rateLimited: number;
  other: string[];
}

let unique = 0;

const suites: { name: string; available: () => boolean; start: () => Promise<{ url: string; stop(): Promise<void> } | undefined>; backend: (url: string, prefix: string) => BudgetBackend }[] = [
  {
    name: 'MySQL/MariaDB',
    available: mariaDbAvailable,
    start: async () => {
      const server: MariaDbServer | undefined = await startMariaDb();
      return server && { url: server.uri, stop: () => server.stop() };
    },
    backend: (url) => new MySQLBudgetBackend({ uri: url }),
  },
  {
    name: 'Redis',
    available: redisAvailable,
    start: async () => {
      const server: RedisServer | undefined = await startRedis();
      return server && { url: server.url, stop: () => server.stop() };
    },
    backend: (url, prefix) => new RedisBudgetBackend({ url, prefix }),
  },
];

for (const suite of suites) {
  describe.skipIf(!suite.available())(`a budget shared through ${suite.name} by separate processes`, () => {
    let server: { url: string; stop(): Promise<void> };
    let sim: Simulator;
    let http: SimulatorServer;
    let client: { clientId: string; clientSecret: string };

    beforeAll(async () => {
      if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first`);
      server = (await suite.start())!;
      sim = createSimulator();
      http = await sim.listen();
      client = sim.createClient();
    }, 60_000);
    afterAll(async () => {
      await http?.close();
      await server?.stop();
    });

    const run = (settings: Record<string, unknown>) => {
      const user = `worker${++unique}@example.com`;
      const child = spawn(process.execPath, [worker], {
        env: {
          ...process.env,
          BUDGET_WORKER: JSON.stringify({
            simUrl: http.url,
            ...client,
            user,
            refreshToken: sim.issueRefreshToken({ clientId: client.clientId, user }),
            backend: suite.name === 'Redis' ? 'redis' : 'mysql',
            backendUrl: server.url,
            ...settings,
          }),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const firstLine = once(createInterface({ input: child.stdout! }), 'line').then(([line]) => JSON.parse(line as string) as Record<string, unknown>);
      return { child, firstLine, exited: once(child, 'exit') };
    };

    it('never has more calls in flight than the org allows, as the simulator sees it', async () => {
      const org = `concurrency-${++unique}`;
      sim.setLimits({ crm: { concurrency: 4 } });
      sim.faults.latencyMs = 30;
      sim.resetStats();
      const workers = Array.from({ length: 3 }, () => run({ org, prefix: org, calls: 25, limits: { crm: { concurrency: 4 } } }));
      const results = (await Promise.all(workers.map((w) => w.firstLine))) as unknown as WorkerResult[];
      expect(results.map((r) => r.ok)).toEqual([25, 25, 25]);
      const { limits } = sim.stats();
      expect(limits.refused.concurrency).toBe(0);
      expect(limits.maxInFlight.crm).toBeLessThanOrEqual(4);
      expect(limits.maxInFlight.crm).toBeGreaterThan(1); // the processes did overlap
    }, 60_000);

    it('never spends more credits than the budget, across processes', async () => {
      const org = `credits-${++unique}`;
      sim.setLimits({ crm: { credits: { limit: 1_000 } } });
      sim.faults.latencyMs = 5;
      sim.resetStats();
      const workers = Array.from({ length: 3 }, () => run({ org, prefix: org, calls: 20, limits: { crm: { concurrency: 6, creditsPer24h: 30 } } }));
      const results = (await Promise.all(workers.map((w) => w.firstLine))) as unknown as WorkerResult[];
      expect(results.reduce((sum, r) => sum + r.ok, 0)).toBe(30);
      expect(results.reduce((sum, r) => sum + r.creditsExhausted, 0)).toBe(30);
      expect(results.flatMap((r) => r.other)).toEqual([]);
      expect(sim.stats().limits.creditsUsed).toBe(30);
    }, 60_000);

    it('gets the slots of a process killed with SIGKILL back within the lease time', async () => {
      const org = `killed-${++unique}`;
      sim.setLimits({});
      sim.faults.latencyMs = 60_000; // the victim's calls never end by themselves
      const victim = run({ org, prefix: org, calls: 2, mode: 'hold', limits: { crm: { concurrency: 2 }, leaseMs: 1_000 } });
      expect(await victim.firstLine).toEqual({ holding: 2 });
      const observer = suite.backend(server.url, org);
      try {
        expect((await observer.snapshot()).slots[`${org}:crm`]).toBe(2);
        victim.child.kill('SIGKILL');
        await victim.exited;
        sim.faults.latencyMs = 5;
        // The leases ran out on the server's clock after 1 s; 1.5 s is past it on any machine.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect((await observer.snapshot()).slots[`${org}:crm`] ?? 0).toBe(0);
        const survivor = run({ org, prefix: org, calls: 10, limits: { crm: { concurrency: 2 }, leaseMs: 1_000 } });
        expect(((await survivor.firstLine) as unknown as WorkerResult).ok).toBe(10);
      } finally {
        await observer.close?.();
      }
    }, 60_000);
  });
}
