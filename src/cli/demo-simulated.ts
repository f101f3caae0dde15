/**
 * `zohokit demo` (and `npm run demo`): the tour against the built-in simulator, no Zoho
 * account needed. It serves the simulator over real HTTP, authorises users into a file
 * store in a temp dir, and walks through what zohokit does.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import { ZohoAuthError } from '../errors.js';
import { createSimulator } from '../testing/simulator.js';
import { createZoho } from '../zoho.js';
import { tourAnalytics } from './demo-tour-analytics.js';
import { tourCreator } from './demo-tour-creator.js';
import { tourCrm } from './demo-tour-crm.js';
import { tourDesk } from './demo-tour-desk.js';

export async function runSimulatedDemo(print: (line: string) => void): Promise<void> {
  const step = (n: number, text: string): void => print(`\n${n}. ${text}`);
  const ok = (text: string): void => print(`   ✓ ${text}`);

  const dir = await mkdtemp(join(tmpdir(), 'zohokit-demo-'));
  const sim = createSimulator();
  const server = await sim.listen();
  try {
    step(1, 'Start the Zoho simulator and register an OAuth client');
    const { clientId, clientSecret } = sim.createClient();
    ok(`simulator listening on ${server.url}`);
    ok(`client ${clientId.slice(0, 12)}… (its secret is never printed)`);

    step(2, 'Authorise a user with a self-client grant code, stored in a file store');
    const store = new FileTokenStore(join(dir, 'tokens.json'));
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: server.dataCenter,
      store,
      analytics: { orgId: sim.analytics.orgId },
      desk: { orgId: sim.desk.defaultOrg.id },
    });
    const ana = await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ana@example.com' }), user: 'ana@example.com' });
    const mode = ((await stat(join(dir, 'tokens.json'))).mode & 0o777).toString(8);
    ok(`stored ${ana.user} (DC ${ana.dataCenter}, scopes ${ana.scopes?.join(' ')}) in tokens.json, mode ${mode}`);

    step(3, 'Call CRM as that user through the typed client');
    const me = await zoho.as('ana@example.com').crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
    ok(`GET /crm/v8/users?type=CurrentUser → ${me.data?.users?.[0]?.email}`);
    const created = await zoho.as('ana@example.com').crm.api.POST('/crm/v8/{module_api_name}', {
      params: { path: { module_api_name: 'Leads' } },
      body: { data: [{ Last_Name: 'Lovelace', Company: 'Analytical Engines' }] },
    });
    ok(`POST /crm/v8/Leads → ${created.data?.data?.[0]?.status}, id ${created.data?.data?.[0]?.details?.id}`);

    step(4, 'Expire every access token: the next 100 concurrent calls refresh once');
    sim.expireAccessTokens();
    sim.resetStats();
    await Promise.all(Array.from({ length: 100 }, () => zoho.as('ana@example.com').crm.api.GET('/crm/v8/org')));
    ok(`100 calls, ${sim.stats().refreshes} refresh`);

    step(5, 'A second user works side by side, with runAs()');
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ben@example.com' }), user: 'ben@example.com' });
    const both = await Promise.all(
      ['ana@example.com', 'ben@example.com', 'ana@example.com', 'ben@example.com'].map((user) =>
        zoho.runAs(user, async () => (await zoho.crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } })).data?.users?.[0]?.email),
      ),
    );
    ok(`interleaved calls were signed by: ${both.join(', ')}`);
    ok(`stored users: ${(await zoho.users()).join(', ')}`);

    step(6, 'CRM: accounts, contacts, deals, a quote with line items and tax, files, notes, search, COQL, bulk read');
    await tourCrm(zoho.as('ana@example.com'), join(dir, 'leads.csv'), ok);

    step(7, 'Analytics: create a table, import CSV, export with SQL');
    sim.analytics.createWorkspace({ name: 'Sales', owner: 'ana@example.com' });
    await tourAnalytics(zoho.as('ana@example.com'), ok);

    step(8, 'Creator: add orders through a form, then bulk-read them');
    sim.creator.createApp({
      owner: 'zylker',
      app: 'store',
      forms: [{ name: 'Order', fields: [{ link_name: 'Email', type: 'email', mandatory: true, unique: true }, { link_name: 'Amount', type: 'number' }, { link_name: 'Status' }] }],
      reports: [{ name: 'All_Orders', form: 'Order' }],
    });
    await tourCreator(zoho.as('ana@example.com'), 'zylker', 'store', ok);

    step(9, 'Desk: a ticket from creation to the trash');
    await tourDesk(zoho.as('ana@example.com'), [...sim.desk.defaultOrg.departments.keys()][0]!, ok);

    step(10, 'Revoke a user: Zoho forgets the token and the store deletes it');
    await zoho.revoke('ben@example.com');
    try {
      await zoho.as('ben@example.com').crm.api.GET('/crm/v8/org');
    } catch (error) {
      if (!(error instanceof ZohoAuthError)) throw error;
      ok(`calling as ben now fails clearly: ${error.reason}`);
    }
    ok(`stored users: ${(await zoho.users()).join(', ')}`);

    print(`\nDone: ${sim.stats().requests} simulated requests since step 4, ${sim.stats().refreshes} token refresh(es).`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
