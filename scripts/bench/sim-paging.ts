/**
 * Simulator paging benchmark: what one page of records costs as the module grows.
 *
 *   npx tsx scripts/bench/sim-paging.ts [--pages 40] [--rounds 3]
 *
 * For modules of 1,000, 10,000 and 100,000 Leads, it reads pages of 200 records through
 * `sim.fetch` (the full request path: auth, spec check, routing, JSON answer): first by
 * `page`, then onwards by `page_token` as a client past 2,000 records does, in both sort
 * orders. A warm-up run comes first, and the first read of each order (which builds the
 * module's sorted index once) is not timed. Reported: the median cost of a page at each size, and the growth exponent, the
 * least-squares slope of log(cost) against log(size): 0 means a page costs the same at any
 * size, 1 that it grows with the module. Zoho's own cost does not grow with the module; the
 * target is ≤ 0.2.
 */
import { createSimulator } from '../../src/testing/index.js';
import { median } from './stats.js';

const SIZES = [1_000, 10_000, 100_000];
const USER = 'bench@example.com';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function perPageCost(size: number, pages: number): Promise<number> {
  const sim = createSimulator();
  const { clientId, clientSecret } = sim.createClient();
  const origin = sim.dataCenter.api;
  const code = sim.createGrantCode({ clientId, user: USER });
  const grant = await sim.fetch(`${origin}/oauth/v2/token?grant_type=authorization_code&client_id=${clientId}&client_secret=${clientSecret}&code=${code}`, { method: 'POST' });
  const { access_token: token } = (await grant.json()) as { access_token: string };
  const leads = sim.crm.module('Leads');
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < size; i++) {
    const id = sim.crm.newId();
    const time = new Date(start + i * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    leads.set(id, { id, Last_Name: `Lead ${i}`, Company: `Company ${i % 97}`, Created_Time: time, Modified_Time: time });
  }
  const headers = { authorization: `Zoho-oauthtoken ${token}` };
  const read = async (query: string): Promise<{ next: string | null }> => {
    const response = await sim.fetch(`${origin}/crm/v8/Leads?fields=Last_Name,Company&per_page=200&${query}`, { headers });
    if (response.status !== 200) throw new Error(`page answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { info: { next_page_token: string | null } };
    return { next: body.info.next_page_token };
  };
  const costs: number[] = [];
  for (const order of ['sort_by=id&sort_order=desc', 'sort_by=Modified_Time&sort_order=asc']) {
    let { next } = await read(`${order}&page=1`); // builds the sorted index: not timed
    for (let i = 0; i < pages / 2 && next !== null; i++) {
      const began = performance.now();
      ({ next } = await read(`${order}&page_token=${next}`));
      costs.push(performance.now() - began);
    }
    // `page` up to the 2,000-record limit costs the same as a token.
    for (let page = 2; page <= Math.min(10, size / 200); page++) {
      const began = performance.now();
      await read(`${order}&page=${page}`);
      costs.push(performance.now() - began);
    }
  }
  return median(costs);
}


/** The least-squares slope of log(y) against log(x). */
function growthExponent(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

const pages = argument('pages', 40);
const rounds = argument('rounds', 3);
// A throwaway run first, so the JIT has compiled the request path before anything is timed.
await perPageCost(SIZES[0]!, pages);
// Rounds go round-robin over the sizes, so a burst of load from elsewhere on the machine
// lands on every size alike instead of skewing one of them.
const perSize = new Map<number, number[]>(SIZES.map((size) => [size, []]));
for (let round = 0; round < rounds; round++) {
  for (const size of SIZES) perSize.get(size)!.push(await perPageCost(size, pages));
}
const results: [number, number][] = SIZES.map((size) => [size, median(perSize.get(size)!)]);
for (const [size, cost] of results) console.log(`${String(size).padStart(7)} records: ${cost.toFixed(3)} ms per 200-record page (median of ${rounds} rounds)`);
const exponent = growthExponent(results);
console.log(`growth exponent (log-log slope of page cost against module size): ${exponent.toFixed(3)} (target <= 0.2)`);
console.log(`page cost ratio 100k/1k: ${(results[2]![1] / results[0]![1]).toFixed(2)}`);
