/**
 * One org budget shared by several clients in this process through one backend, as several
 * processes share it through MySQL or Redis (budget-processes.test.ts does that with child
 * processes, which coverage cannot see). Every call goes over HTTP to the simulator, which
 * counts what arrives; a gate in front of it holds calls at the door, so each test waits on
 * events (a call held, a renewal, a queue's length), never on a clock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MySQLBudgetBackend } from '../../persistence/mysql-budget-backend.js';
import { RedisBudgetBackend } from '../../persistence/redis-budget-backend.js';
import { mariaDbAvailable, startMariaDb } from '../../scripts/mariadb.js';
import { redisAvailable, startRedis } from '../../scripts/redis.js';
import { createZoho, MemoryBudgetBackend, ZohoRateLimitError, type BudgetBackend, type BudgetSnapshot, type LimitsConfig, type Zoho } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorServer } from '../../src/testing/index.js';
import { caught } from '../support/sim-zoho.js';
import { redactionGuard } from '../support/redaction-guard.js';
import { Gate, until } from './gate.js';
import { ObservedBackend } from './observed-backend.js';
import { startTcpProxy } from './tcp-proxy.js';

let sim: Simulator;
let server: SimulatorServer;
let credentials: { clientId: string; clientSecret: string };
let unique = 0;

beforeAll(async () => {
  sim = createSimulator();
  redactionGuard.watch(() => sim.secrets());
  server = await sim.listen();
  credentials = sim.createClient();
});
afterAll(async () => {
  await server?.close();
});
// One simulator for the file: each test starts from no org limits and fresh counts.
beforeEach(() => {
  sim.setLimits({});
  sim.resetStats();
});

/** One client of the app (think: one process), with its own user and its log. */
interface Client {
  zoho: Zoho;
  user: string;
  warnings: string[];
  list(signal?: AbortSignal): Promise<unknown>;
  search(signal?: AbortSignal): Promise<unknown>;
}

/** `count` clients sharing `limits` (its backend and org included), all behind `gate`. */
async function clients(count: number, gate: Gate, limits: LimitsConfig, backendOf: (index: number) => BudgetBackend | undefined): Promise<Client[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const user = `worker${++unique}@example.com`;
      const backend = backendOf(index);
      const warnings: string[] = [];
      const zoho = createZoho({
        credentials,
        dataCenter: server.dataCenter,
        fetch: gate.fetch,
        retry: { baseDelayMs: 5, maxDelayMs: 50 },
        logger: {
          warn: (message: string) => {
            warnings.push(message);
            redactionGuard.record(message);
          },
        },
        limits: { ...limits, ...(backend ? { backend } : {}) },
      });
      await zoho.authorize({ code: sim.createGrantCode({ clientId: credentials.clientId, user }), user });
      const crm = zoho.as(user).crm.api;
      return {
        zoho,
        user,
        warnings,
        list: (signal?: AbortSignal) =>
          crm.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } }, ...(signal ? { signal } : {}) }),
        search: (signal?: AbortSignal) =>
          crm.GET('/crm/v8/{module_api_name}/search', { params: { path: { module_api_name: 'Leads' }, query: { word: 'nobody' } }, ...(signal ? { signal } : {}) }),
      };
    }),
  );
}

const snapshots = (all: Client[]): Promise<BudgetSnapshot[]> => Promise.all(all.map((client) => client.zoho.budget()));
const waitingIn = async (all: Client[]): Promise<number> => (await snapshots(all)).reduce((sum, s) => sum + s.products.crm.waiting, 0);

/** Where the shared budget lives: one object for all clients, or one connection per client. */
interface Kind {
  name: string;
  available: () => boolean;
  start(): Promise<{ backendFor(org: string): BudgetBackend; stop(): Promise<void> }>;
}

const KINDS: Kind[] = [
  {
    name: 'an in-process MemoryBudgetBackend',
    available: () => true,
    async start() {
      const shared = new Map<string, MemoryBudgetBackend>();
      return {
        backendFor: (org) => shared.get(org) ?? shared.set(org, new MemoryBudgetBackend()).get(org)!,
        stop: async () => undefined,
      };
    },
  },
  {
    name: 'Redis',
    available: redisAvailable,
    async start() {
      const redis = (await startRedis())!;
      const opened: BudgetBackend[] = [];
      return {
        backendFor: (org) => {
          const backend = new RedisBudgetBackend({ url: redis.url, prefix: org });
          opened.push(backend);
          return backend;
        },
        stop: async () => {
          await Promise.all(opened.map((backend) => backend.close?.()));
          await redis.stop();
        },
      };
    },
  },
  {
    name: 'MySQL/MariaDB',
    available: mariaDbAvailable,
    async start() {
      const mariadb = (await startMariaDb())!;
      const opened: BudgetBackend[] = [];
      return {
        backendFor: () => {
          const backend = new MySQLBudgetBackend({ uri: mariadb.uri });
          opened.push(backend);
          return backend;
        },
        stop: async () => {
          await Promise.all(opened.map((backend) => backend.close?.()));
          await mariadb.stop();
        },
      };
    },
  },
];

for (const kind of KINDS) {
  describe.skipIf(!kind.available())(`a budget shared by several clients through ${kind.name}`, () => {
    let store: Awaited<ReturnType<Kind['start']>>;
    beforeAll(async () => {
      store = await kind.start();
    }, 60_000);
    afterAll(async () => {
      await store?.stop();
    });

    it('holds the org to its concurrency across the clients, the others waiting their turn', async () => {
      const org = `concurrency-${++unique}`;
      sim.setLimits({ crm: { concurrency: 3 } });
      const gate = new Gate();
      const all = await clients(3, gate, { crm: { concurrency: 3 }, org }, () => store.backendFor(org));
      const calls = all.flatMap((client) => Array.from({ length: 4 }, () => client.list()));
      await gate.holding(3);
      await until(async () => (await waitingIn(all)) === 9);
      const seen = await all[0]!.zoho.budget();
      expect(seen).toMatchObject({ org, shared: true, degraded: false });
      expect(seen.products.crm).toMatchObject({ inFlight: 3, concurrency: 3 });
      gate.open();
      const results = (await Promise.all(calls)) as { response: Response }[];
      expect(results.every((result) => result.response.ok)).toBe(true);
      expect(gate.arrived).toBe(12);
      expect(gate.maxInFlight).toBe(3);
      expect(sim.stats().limits.refused.concurrency).toBe(0);
      await until(async () => (await all[2]!.zoho.budget()).products.crm.inFlight === 0);
      expect(await waitingIn(all)).toBe(0);
      // Never fell back to a local share: the backend answered from the first call.
      expect(all.flatMap((client) => client.warnings)).toEqual([]);
    });

    it('fails the calls past the shared credits with an unrecoverable ZohoRateLimitError, sending none of them', async () => {
      const org = `credits-${++unique}`;
      const gate = new Gate({ open: true });
      const all = await clients(2, gate, { crm: { concurrency: 4, creditsPer24h: 5 }, org }, () => store.backendFor(org));
      const outcomes = await Promise.allSettled(all.flatMap((client) => Array.from({ length: 4 }, () => client.list())));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      expect(refused).toHaveLength(3);
      for (const error of refused) {
        redactionGuard.recordError(error);
        expect(error).toBeInstanceOf(ZohoRateLimitError);
        expect(error).toMatchObject({ code: 'CREDITS_EXHAUSTED', recoverable: false, product: 'crm' });
        expect((error as ZohoRateLimitError).resetAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
      }
      expect(gate.arrived).toBe(5);
      // Each client sees what both spent.
      for (const seen of await snapshots(all)) expect(seen.products.crm.credits).toMatchObject({ used: 5, limit: 5 });
    });

    it('keeps heavy calls (search) under the sub-concurrency across the clients', async () => {
      const org = `heavy-${++unique}`;
      sim.setLimits({ crm: { concurrency: 5, subConcurrency: 2 } });
      const gate = new Gate();
      const all = await clients(2, gate, { crm: { concurrency: 5, subConcurrency: 2 }, org }, () => store.backendFor(org));
      const calls = all.flatMap((client) => [...Array.from({ length: 4 }, () => client.search()), client.list(), client.list()]);
      await gate.holding(5);
      await until(async () => (await waitingIn(all)) === 7 && (await all[1]!.zoho.budget()).products.crm.heavyInFlight === 2);
      expect((await all[1]!.zoho.budget()).products.crm).toMatchObject({ inFlight: 5, heavyInFlight: 2, subConcurrency: 2 });
      gate.open();
      const results = (await Promise.all(calls)) as { response: Response }[];
      expect(results.every((result) => result.response.ok)).toBe(true);
      expect(gate.maxHeavyInFlight).toBeLessThanOrEqual(2);
      expect(sim.stats().limits.refused).toMatchObject({ concurrency: 0, subConcurrency: 0 });
      expect(sim.stats().limits.maxHeavyInFlight).toBeLessThanOrEqual(2);
    });

    it('gives up waiting for a shared slot when the caller aborts, and never sends that call', async () => {
      const org = `abort-${++unique}`;
      const gate = new Gate();
      const [first, second] = await clients(2, gate, { crm: { concurrency: 1 }, org }, () => store.backendFor(org));
      const holder = first!.list();
      await gate.holding(1);
      const controller = new AbortController();
      const waiter = caught(() => second!.list(controller.signal));
      await until(async () => (await second!.zoho.budget()).products.crm.waiting === 1);
      controller.abort(new Error('user cancelled'));
      expect(await waiter).toEqual(new Error('user cancelled'));
      expect((await second!.zoho.budget()).products.crm.waiting).toBe(0);
      gate.open();
      await holder;
      expect(gate.arrived).toBe(1);
      // The slot is free again for the client that gave up.
      await second!.list();
      expect(gate.arrived).toBe(2);
    });
  });
}

describe('a shared slot over the life of a call', () => {
  it('renews a slow call\'s lease, so the slot stays its own long past the lease time', async () => {
    const org = `renew-${++unique}`;
    // The backend's clock moves only when the test moves it: a lease lapses by this clock.
    let clock = Date.now();
    const backend = new ObservedBackend(new MemoryBudgetBackend({ now: () => clock }));
    const gate = new Gate();
    const [a, b] = await clients(2, gate, { crm: { concurrency: 1 }, org, leaseMs: 300 }, () => backend);
    const slow = a!.list();
    await gate.holding(1);
    const afterIt = a!.list();
    const other = b!.list();
    await until(async () => (await waitingIn([a!, b!])) === 2);
    // Each renewal extends the lease to 300 ms past the backend's now; 250 ms later it still
    // holds, and after three rounds the backend's clock is far past the first lease.
    for (let round = 1; round <= 3; round++) {
      await backend.renewed(round);
      clock += 250;
    }
    expect((await backend.inner.snapshot()).slots[`${org}:crm`]).toBe(1);
    expect(backend.lapsed).toBe(0);
    expect(gate.arrived).toBe(1); // nobody else got the slot
    expect((await b!.zoho.budget()).products.crm).toMatchObject({ inFlight: 1, waiting: 1 });
    gate.open();
    await Promise.all([slow, afterIt, other]);
    expect(gate.arrived).toBe(3);
    expect(gate.maxInFlight).toBe(1);
    expect([...a!.warnings, ...b!.warnings]).toEqual([]);
  });

  it('warns when a call outlives its lease (a paused process), and the slot goes to the next caller', async () => {
    const org = `lapse-${++unique}`;
    let clock = Date.now();
    const backend = new ObservedBackend(new MemoryBudgetBackend({ now: () => clock }));
    const gate = new Gate();
    const [a, b] = await clients(2, gate, { crm: { concurrency: 1 }, org, leaseMs: 300 }, () => backend);
    const stalled = a!.list();
    await gate.holding(1);
    const next = b!.list();
    await backend.renewed(1);
    clock += 1_000; // as if this process had been paused past its lease
    await until(() => a!.warnings.length > 0);
    expect(a!.warnings[0]).toMatch(new RegExp(`lease on a ${org}:crm slot ran out during a call`));
    await gate.holding(2); // the lapsed slot went to the other client
    gate.open();
    await Promise.all([stalled, next]);
  });

  it('gives the slot back when the caller aborts while the backend is still answering its request', async () => {
    const org = `gave-up-${++unique}`;
    const backend = new ObservedBackend(new MemoryBudgetBackend());
    const gate = new Gate({ open: true });
    const [client] = await clients(1, gate, { crm: { concurrency: 1 }, org }, () => backend);
    backend.holdAcquires();
    const controller = new AbortController();
    const aborted = caught(() => client!.list(controller.signal));
    await backend.holdingAcquires(1);
    controller.abort(new Error('user cancelled'));
    expect(await aborted).toEqual(new Error('user cancelled'));
    backend.passAcquires();
    // The slot the backend granted after the abort came back: with a concurrency of 1, a
    // leaked lease would block this call for the whole lease (30 s).
    await client!.list();
    expect(gate.arrived).toBe(1);
    await until(async () => (await client!.zoho.budget()).products.crm.inFlight === 0);
  });

  it.each([
    ['this client\'s own budget', false],
    ['a shared MemoryBudgetBackend', true],
  ])('gives back the heavy slot of a search aborted while it waits for a slot (%s)', async (_, shared) => {
    const org = `heavy-abort-${++unique}`;
    const backend = shared ? new MemoryBudgetBackend() : undefined;
    const gate = new Gate();
    const [client] = await clients(1, gate, { crm: { concurrency: 1, subConcurrency: 1 }, org }, () => backend);
    const holder = client!.list();
    await gate.holding(1);
    const controller = new AbortController();
    const search = caught(() => client!.search(controller.signal));
    await until(async () => {
      const { heavyInFlight, waiting } = (await client!.zoho.budget()).products.crm;
      return heavyInFlight === 1 && waiting === 1;
    });
    expect((await client!.zoho.budget()).products.crm).toMatchObject({ inFlight: 1, heavyInFlight: 1, waiting: 1 });
    controller.abort(new Error('user cancelled'));
    expect(await search).toEqual(new Error('user cancelled'));
    expect((await client!.zoho.budget()).products.crm).toMatchObject({ heavyInFlight: 0, waiting: 0 });
    gate.open();
    await holder;
    await client!.search(); // the heavy slot is free again
    expect(gate.arrived).toBe(2);
  });
});

/** A shared server behind a TCP proxy the test can cut: the client's backend goes through it, an observer does not. */
interface Outage {
  name: string;
  available: () => boolean;
  start(): Promise<{ port: number; backend(port: number, org: string): BudgetBackend; observer(org: string): BudgetBackend; stop(): Promise<void> }>;
}

const OUTAGES: Outage[] = [
  {
    name: 'Redis',
    available: redisAvailable,
    async start() {
      const redis = (await startRedis())!;
      return {
        port: redis.port,
        backend: (port, org) => new RedisBudgetBackend({ url: `redis://127.0.0.1:${port}`, prefix: org }),
        observer: (org) => new RedisBudgetBackend({ url: redis.url, prefix: org }),
        stop: () => redis.stop(),
      };
    },
  },
  {
    name: 'MySQL/MariaDB',
    available: mariaDbAvailable,
    async start() {
      const mariadb = (await startMariaDb())!;
      const { user, password, database } = mariadb;
      return {
        port: mariadb.port,
        backend: (port) => new MySQLBudgetBackend({ config: { host: '127.0.0.1', port, user, password, database, connectTimeout: 2_000 } }),
        observer: () => new MySQLBudgetBackend({ uri: mariadb.uri }),
        stop: () => mariadb.stop(),
      };
    },
  },
];

for (const outage of OUTAGES) {
  describe.skipIf(!outage.available())(`a shared ${outage.name} that drops out mid-run`, () => {
    let server: Awaited<ReturnType<Outage['start']>>;
    beforeAll(async () => {
      server = await outage.start();
    }, 60_000);
    afterAll(async () => {
      await server?.stop();
    });

    it(`falls back to this client's share with a warning, and goes back to ${outage.name} once it answers again`, async () => {
      const org = `outage_${++unique}`;
      const proxy = await startTcpProxy({ host: '127.0.0.1', port: server.port });
      const backend = server.backend(proxy.port, org);
      // Sees the server directly, past the proxy: where the slots really are.
      const observer = server.observer(org);
      const inServer = async (): Promise<number> => (await observer.snapshot()).slots[`${org}:crm`] ?? 0;
      try {
        const gate = new Gate({ open: true });
        const [client] = await clients(1, gate, { crm: { concurrency: 2 }, org, expectedProcesses: 2 }, () => backend);
        await client!.list();
        expect(await client!.zoho.budget()).toMatchObject({ shared: true, degraded: false });

        proxy.cut();
        gate.close();
        const calls = [client!.list(), client!.list()];
        // Two processes are expected: this one's share of 2 slots is 1.
        await gate.holding(1);
        await until(async () => (await client!.zoho.budget()).products.crm.waiting === 1);
        const degraded = await client!.zoho.budget();
        expect(degraded).toMatchObject({ shared: true, degraded: true });
        expect(degraded.products.crm.inFlight).toBe(1);
        expect(await inServer()).toBe(0); // the held call runs on the local share
        expect(client!.warnings[0]).toMatch(/shared backend unreachable .*using this process's share \(limit ÷ 2\)/);

        proxy.restore();
        gate.open();
        await Promise.all(calls);
        expect(gate.maxInFlight).toBe(1);
        // Asked again once the retry pause is over; a snapshot that is not degraded came from the server.
        await until(async () => !(await client!.zoho.budget()).degraded);
        gate.close();
        const shared = client!.list();
        await gate.holding(1);
        expect(await inServer()).toBe(1);
        gate.open();
        await shared;
      } finally {
        await backend.close?.();
        await observer.close?.();
        await proxy.close();
      }
    });
  });
}
