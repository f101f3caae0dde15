import { fileURLToPath } from 'node:url';
import type { ZohoConfig } from '../../src/index.js';
import { createSimulator } from '../../src/testing/index.js';
import type { SimWorkspace } from '../../src/testing/analytics/analytics-state.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

export const ANA = 'ana@example.com';
export const BEN = 'ben@example.com';

export const SALES_CSV = fileURLToPath(new URL('./fixtures/sales.csv', import.meta.url));
export const ANIMALS_CSV = fileURLToPath(new URL('./fixtures/animals.csv', import.meta.url));

/** Polls without waiting: the simulator's jobs advance per poll, not with time. */
export const FAST = { pollIntervalMs: 1 } as const;

export interface AnalyticsEnv extends SimZoho {
  /** Ana's workspace "Sales" (shared with Ben). */
  workspace: SimWorkspace;
}

/**
 * A simulator with a workspace "Sales" owned by Ana and shared with Ben, and a client
 * configured with the simulator's org id (`analytics: { orgId }`), as production code is.
 * The simulator's ids come from its seed, so a first simulator built with the same (default)
 * seed tells the org id the real one will have before the client is created.
 */
export async function analyticsEnv(options: { configureOrgId?: boolean; retry?: ZohoConfig['retry'] } = {}): Promise<AnalyticsEnv> {
  const orgId = createSimulator().analytics.orgId;
  const env = await simZoho({
    users: [ANA, BEN],
    zoho: {
      ...(options.configureOrgId === false ? {} : { analytics: { orgId } }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    },
  });
  if (env.sim.analytics.orgId !== orgId) throw new Error('the simulator org id is not determined by its seed');
  const workspace = env.sim.analytics.createWorkspace({ name: 'Sales', owner: ANA, sharedWith: [BEN] });
  return { ...env, workspace };
}

/** The sales_fact design of the seed connector. */
export const SALES_FACT = {
  name: 'sales_fact',
  columns: [
    { name: 'inv_date', type: 'DATE' },
    { name: 'customer', type: 'PLAIN' },
    { name: 'sku', type: 'PLAIN' },
    { name: 'qty_invoiced', type: 'NUMBER' },
    { name: 'line_total_excluding_tax', type: 'NUMBER' },
  ],
} as const;
