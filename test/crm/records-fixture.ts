import { createZoho, type Zoho, type ZohoConfig } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';

export const ANA = 'ana@example.com';

export interface CrmEnv {
  sim: Simulator;
  zoho: Zoho;
  /** The CRM as Ana sees it. */
  crm: Zoho['crm'];
  /** Every request the client sent to the simulator, in order. */
  requests: { method: string; url: URL }[];
  close(): Promise<void>;
}

/**
 * A simulator and a zohokit client bound to Ana, through the real transport, recording the
 * requests that reach the simulator (so tests can assert on what was sent).
 */
export async function crmEnv(options: { sim?: SimulatorOptions; zoho?: Partial<ZohoConfig> } = {}): Promise<CrmEnv> {
  const sim = createSimulator(options.sim);
  redactionGuard.watch(() => sim.secrets());
  const { clientId, clientSecret } = sim.createClient();
  const requests: CrmEnv['requests'] = [];
  const zoho = createZoho({
    credentials: { clientId, clientSecret },
    dataCenter: sim.dataCenter,
    fetch: (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      if (new URL(request.url).pathname.startsWith('/crm/')) requests.push({ method: request.method, url: new URL(request.url) });
      return sim.fetch(request);
    },
    logger: {
      debug: (message) => redactionGuard.record(message),
      info: (message) => redactionGuard.record(message),
      warn: (message) => redactionGuard.record(message),
      error: (message) => redactionGuard.record(message),
    },
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    ...options.zoho,
  });
  await zoho.authorize({ code: sim.createGrantCode({ clientId, user: ANA }), user: ANA });
  // The org's user exists from the first call Zoho sees; make it now so seeds can own records.
  sim.crm.userFor(ANA);
  return { sim, zoho, crm: zoho.as(ANA).crm, requests, close: async () => undefined };
}

/**
 * Puts `count` Leads straight into the simulator's state (no API calls), shaped as Zoho
 * stores them, numbered from `from`.
 */
export function seedLeads(sim: Simulator, count: number, from = 0): string[] {
  const owner = sim.crm.userFor(ANA);
  const records = sim.crm.module('Leads');
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) {
    const id = sim.crm.newId();
    const at = new Date(Date.UTC(2024, 0, 1, 0, 0, n % 60, 0)).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    records.set(id, {
      id,
      Last_Name: `Lead ${n}`,
      First_Name: 'Test',
      Full_Name: `Test Lead ${n}`,
      Company: `Company ${n % 50}`,
      Email: `lead${n}@example.com`,
      Lead_Source: n % 2 === 0 ? 'Web Download' : 'Cold Call',
      No_of_Employees: n,
      Owner: { id: owner.id, name: owner.full_name, email: owner.email },
      Created_Time: at,
      Modified_Time: at,
    });
    ids.push(id);
  }
  return ids;
}
