/**
 * One worker of the scale-out bench: a zohokit client in its own process (its own pools),
 * sharing the org's budget through BENCH_BACKEND (mysql, redis or none). Warms up (token,
 * connections), prints `ready`, waits for `go` on stdin, makes BENCH_CALLS CRM calls all at
 * once (the budget queues them) and prints one JSON line: calls done, 429-refused calls,
 * and its own time from go to done.
 */
import { createInterface } from 'node:readline';
import type { BudgetBackend } from '../../src/index.js';
import { persistence, zohokit } from './built.js';

const settings = JSON.parse(process.env.BENCH_WORKER ?? '{}') as {
  url: string;
  clientId: string;
  clientSecret: string;
  user: string;
  refreshToken: string;
  backend: 'mysql' | 'redis' | 'none';
  backendUrl: string;
  org: string;
  calls: number;
  concurrency: number;
  leaseMs: number;
  expectedProcesses: number;
};

let backend: BudgetBackend | undefined;
if (settings.backend === 'mysql') {
  const { MySQLBudgetBackend } = (await import(new URL('../../dist/persistence/mysql-budget-backend.js', import.meta.url).href)) as typeof import('../../persistence/mysql-budget-backend.js');
  backend = new MySQLBudgetBackend({ uri: settings.backendUrl });
} else if (settings.backend === 'redis') {
  const { RedisBudgetBackend } = (await import(new URL('../../dist/persistence/redis-budget-backend.js', import.meta.url).href)) as typeof import('../../persistence/redis-budget-backend.js');
  backend = new RedisBudgetBackend({ url: settings.backendUrl, prefix: settings.org });
}

const store = new persistence.MemoryTokenStore();
await store.set({ user: settings.user, clientId: settings.clientId, environment: 'production', refreshToken: settings.refreshToken });
const zoho = zohokit.createZoho({
  credentials: { clientId: settings.clientId, clientSecret: settings.clientSecret },
  dataCenter: { name: 'simulator', accounts: settings.url, api: settings.url, content: settings.url, analytics: settings.url, desk: settings.url },
  store,
  defaultUser: settings.user,
  maxConcurrency: settings.concurrency,
  ...(backend ? { limits: { crm: { concurrency: settings.concurrency }, backend, org: settings.org, leaseMs: settings.leaseMs, expectedProcesses: settings.expectedProcesses } } : {}),
});
const call = () => zoho.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } } });

await call(); // mints the access token, opens the pools
const lines = createInterface({ input: process.stdin });
console.log('ready');
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
const started = performance.now();
let done = 0;
let refused = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: settings.calls }, () =>
    call().then(
      () => void done++,
      (error: unknown) => {
        if (error instanceof zohokit.ZohoRateLimitError) refused++;
        else failed++; // e.g. a reset connection on an overloaded machine: counted, not fatal
      },
    ),
  ),
);
console.log(JSON.stringify({ done, refused, failed, ms: performance.now() - started }));
await backend?.close?.();
process.exit(0);
