import { afterEach, describe, expect, it } from 'vitest';
import { createZoho, createZohoCore, creator, crm, desk, ZohoConfigError, type ZohoCoreView } from '../../src/index.js';
import { createSimulator, type SimulatorServer } from '../../src/testing/index.js';
import { caught } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
const BEN = 'ben@example.com';

let server: SimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A simulator on a real HTTP port and the client options to reach it. */
async function setup() {
  const sim = createSimulator();
  const { clientId, clientSecret } = sim.createClient();
  server = await sim.listen();
  const config = { credentials: { clientId, clientSecret }, dataCenter: server.dataCenter, retry: { baseDelayMs: 5, maxDelayMs: 50 } };
  return { sim, clientId, config };
}

async function whoAmI(view: ZohoCoreView): Promise<string | undefined> {
  const { data } = await crm(view).api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
  return data?.users?.[0]?.email;
}

describe('createZohoCore() with one product', () => {
  it('crm(view) writes and lists records, and each as(user) view runs as its user', async () => {
    const { sim, clientId, config } = await setup();
    const zoho = createZohoCore(config);
    for (const user of [ANA, BEN]) await zoho.authorize({ code: sim.createGrantCode({ clientId, user }), user });

    await crm(zoho.as(ANA)).module('Leads').records.create([{ Last_Name: 'Core' }, { Last_Name: 'Shaken' }]);
    const page = await crm(zoho.as(ANA)).module('Leads').records.list({ fields: ['Last_Name'] });
    expect(page.items.map((record) => record['Last_Name']).sort()).toEqual(['Core', 'Shaken']);

    expect(await whoAmI(zoho.as(BEN))).toBe(BEN);
    expect(await whoAmI(zoho.as(ANA))).toBe(ANA);
    // The root view follows runAs(), as createZoho()'s does.
    expect(await zoho.runAs(BEN, () => whoAmI(zoho))).toBe(BEN);
    expect(await zoho.users()).toEqual(expect.arrayContaining([ANA, BEN]));
  });

  it('builds each product once per view, the same one createZoho() exposes', async () => {
    const { config } = await setup();
    const core = createZohoCore(config);
    expect(crm(core.as(ANA))).toBe(crm(core.as(ANA)));
    expect(crm(core.as(ANA))).not.toBe(crm(core.as(BEN)));
    // A product's own as(user) lands on that user's view.
    expect(creator(core).as(BEN)).toBe(creator(core.as(BEN)));

    const zoho = createZoho(config);
    expect(crm(zoho)).toBe(zoho.crm);
    expect(desk(zoho.as(ANA))).toBe(zoho.as(ANA).desk);
    expect(zoho.as(ANA)).toBe(zoho.as(ANA));
  });

  it('refuses an object that is not a client view, naming the factory', async () => {
    const error = await caught(async () => crm({ user: ANA }));
    expect(error).toBeInstanceOf(ZohoConfigError);
    expect((error as Error).message).toContain('crm(view)');
  });
});
