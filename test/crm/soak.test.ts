import { afterEach, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/index.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const ROWS = 3_000;
const EXISTING = 1_000; // lead0..lead999 exist before the load: their rows update, the rest insert

/**
 * A seeded fault mix on every CRM request (writes and read-backs alike): 5xx answers,
 * connections cut before and after the write is carried out, 429s, and every access token
 * expired every few batches. One transport retry only, so retries run out and the
 * read-back path is taken often.
 */
const MIX = [
  { fault: { type: 'status', status: 500 }, rate: 0.1 },
  { fault: { type: 'status', status: 503 }, rate: 0.05 },
  { fault: { type: 'reset' }, rate: 0.05 },
  { fault: { type: 'reset-after-apply' }, rate: 0.15 },
  { fault: { type: 'rate-limit', retryAfterSeconds: 0 }, rate: 0.08 },
] as const;

function row(n: number): Record<string, unknown> {
  return { Last_Name: `Soak ${n}`, Email: `lead${n}@example.com`, Company: `Soaked ${n}`, No_of_Employees: n + 1 };
}

/** Counts each way a result can fail to tell the truth about the simulator's state. */
function audit(env: CrmEnv, result: LoadResult): { lost: number; duplicated: number; untruthful: number } {
  const byEmail = new Map<string, Record<string, unknown>[]>();
  for (const record of env.sim.crm.module('Leads').values()) {
    const email = String(record['Email']);
    byEmail.set(email, [...(byEmail.get(email) ?? []), record]);
  }
  let lost = 0;
  let untruthful = 0;
  const duplicated = [...byEmail.values()].filter((records) => records.length > 1).length;
  result.results.forEach((outcome, n) => {
    const sent = row(n);
    const [record] = byEmail.get(String(sent['Email'])) ?? [];
    const holdsSent = record !== undefined && record['Company'] === sent['Company'] && record['No_of_Employees'] === sent['No_of_Employees'];
    if (outcome.applied === true) {
      if (record === undefined) lost++;
      else if (!holdsSent || (outcome.ok && outcome.id !== record['id'])) untruthful++;
    } else if (outcome.applied === false) {
      // Not applied: absent (a new row) or as it was seeded (an existing one).
      const unchanged = n < EXISTING ? record !== undefined && record['Company'] === `Company ${n % 50}` : record === undefined;
      if (!unchanged) untruthful++;
    }
  });
  return { lost, duplicated, untruthful };
}

describe('soak: load() under a seeded fault mix', () => {
  it('loses nothing, duplicates nothing and reports every row truthfully', async () => {
    env = await crmEnv({ sim: { seed: Number(process.env['SOAK_SEED'] ?? 7) }, zoho: { retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 4 } } });
    seedLeads(env.sim, EXISTING);
    env.sim.faults.mix = MIX.map((share) => ({ ...share, match: { product: 'crm' } }));
    let batches = 0;
    const result = await env.crm.module('Leads').load(
      Array.from({ length: ROWS }, (_, n) => row(n)),
      {
        action: 'upsert',
        syncKey: 'Email',
        concurrency: 4,
        batchSize: 25,
        // No second chance at the load level: a batch's two transport attempts are all it gets.
        maxAttempts: 1,
        // Token expiry mid-run: every access token dies every 30th batch (Zoho allows about ten refreshes per ten minutes).
        onProgress: () => {
          if (++batches % 30 === 0) env!.sim.expireAccessTokens();
        },
      },
    );
    env.sim.faults.mix = [];

    const reconciled = result.results.filter((r) => r.ok && r.reconciled).length;
    const readBack = result.results.filter((r) => (r.ok && r.reconciled) || (!r.ok && /read-back|reading back/.test(r.error.message))).length;
    console.info(`soak: ${ROWS} upserts, ${env.requests.length} CRM requests: succeeded ${result.succeeded} (reconciled ${reconciled}), failed ${result.failed}, unknown ${result.unknown}`);
    expect(result.results).toHaveLength(ROWS);
    expect(result.succeeded + result.failed + result.unknown + result.skipped).toBe(ROWS);
    expect(audit(env, result)).toEqual({ lost: 0, duplicated: 0, untruthful: 0 });
    // The faults did bite: some rows were settled (or tried to be) by reading back.
    expect(readBack).toBeGreaterThan(0);
    // An upsert by sync key can always be read back: nothing is left unknown unless a read failed too.
    expect(result.unknown).toBeLessThan(ROWS / 5);
  });
});
