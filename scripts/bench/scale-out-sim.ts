/**
 * The simulator of the scale-out bench, in its own process: an org that allows
 * BENCH_ORG_CONCURRENCY CRM calls in flight, each answered after BENCH_LATENCY_MS. Prints one
 * JSON line with the client and one refresh token per worker; then answers `stats` and
 * `reset` lines on stdin with one JSON line each.
 */
import { createInterface } from 'node:readline';
import { testing } from './built.js';

const workers = Number(process.env.BENCH_WORKERS ?? 9);
const sim = testing.createSimulator({
  faults: { latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 50) },
  limits: { crm: { concurrency: Number(process.env.BENCH_ORG_CONCURRENCY ?? 10) } },
});
const server = await sim.listen();
const { clientId, clientSecret } = sim.createClient();
const tokens = Array.from({ length: workers * 4 }, (_, i) => ({
  user: `worker${i}@example.com`,
  refreshToken: sim.issueRefreshToken({ clientId, user: `worker${i}@example.com` }),
}));
console.log(JSON.stringify({ url: server.url, clientId, clientSecret, tokens }));
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'reset') sim.resetStats();
  console.log(JSON.stringify(sim.stats()));
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
