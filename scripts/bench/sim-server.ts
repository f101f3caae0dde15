/**
 * Serves a seeded simulator in its own process for benchmarks, so the client under test
 * does not share its CPU with the server. Prints one JSON line with what a client needs.
 */
import { testing } from './built.js';

const { createSimulator } = testing;

const users = Number(process.env.BENCH_USERS ?? 1);
const sim = createSimulator({ faults: { latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 0) } });
const server = await sim.listen();
const { clientId, clientSecret } = sim.createClient();
const grants = Array.from({ length: users }, (_, i) => ({
  user: `user${i}@example.com`,
  code: sim.createGrantCode({ clientId, user: `user${i}@example.com` }),
}));
console.log(JSON.stringify({ url: server.url, clientId, clientSecret, grants }));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
