import type { Desk } from '../../src/desk/desk.js';
import type { DeskOrg } from '../../src/testing/desk/desk-org.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

export const ANA = 'ana@example.com';
/** The org the Desk suites configure with `desk: { orgId }`. */
export const ORG_ID = '7700001';

export interface DeskEnv extends SimZoho {
  /** `zoho.as(ANA).desk`, configured for ORG_ID. */
  desk: Desk;
  /** The simulator's side of ORG_ID: "Acme", departments Support and Billing. */
  org: DeskOrg;
  support: string;
  billing: string;
}

/** A simulator with an org "Acme" and a client configured for it, through the real transport. */
export async function deskEnv(options: { transport?: 'fetch' | 'http' } = {}): Promise<DeskEnv> {
  const env = await simZoho({ users: [ANA], zoho: { desk: { orgId: ORG_ID } }, ...(options.transport ? { transport: options.transport } : {}) });
  // Orgs are looked up per request, so the org may be made after the client.
  const org = env.sim.desk.createOrg({ id: ORG_ID, companyName: 'Acme', departments: ['Support', 'Billing'] });
  const [support, billing] = [...org.departments.keys()];
  return { ...env, desk: env.zoho.as(ANA).desk, org, support: support!, billing: billing! };
}
