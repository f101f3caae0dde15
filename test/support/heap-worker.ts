/**
 * One child process of the users-bounded test (run with --expose-gc): builds a zohokit client
 * on the simulator, then runs CYCLES users through `as(user)` (touching each product) and,
 * when REVOKE=1, `revoke(user)`. Prints one JSON line: heap growth per user after a full GC.
 */
import { createZoho } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('heap-worker: run with --expose-gc');
const cycles = Number(process.env['CYCLES'] ?? 10_000);
const revoke = process.env['REVOKE'] === '1';

const sim = createSimulator();
const { clientId, clientSecret } = sim.createClient();
const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: sim.fetch });

async function cycle(user: string): Promise<void> {
  const view = zoho.as(user);
  void view.crm.module('Leads').records;
  void view.analytics;
  void view.creator;
  void view.desk;
  if (revoke) await zoho.revoke(user);
}

const heap = (): number => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};

// Warm up: the first views load modules and fill caches that do not grow with users.
for (let n = 0; n < 200; n++) await cycle(`warm-${n}@example.com`);
const before = heap();
for (let n = 0; n < cycles; n++) await cycle(`user-${n}@example.com`);
const after = heap();
console.log(JSON.stringify({ cycles, revoke, bytesPerUser: (after - before) / cycles, growth: after - before }));
