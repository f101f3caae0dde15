/**
 * What the runtime tests run on workerd, Deno and Bun: a user's app, bundled into one file
 * with esbuild, talking to the simulator that the Node test process serves over HTTP. It
 * imports nothing from Node, and reports each case's outcome as text, which the Node side
 * compares with what it expects (see runtimes.test.ts).
 */
import { MemoryTokenStore } from '../../persistence/index.js';
import { coql, createZoho, criteria, ZohoConfigError, type DataCenter, type WriteSuccess } from '../../src/index.js';

/** What the Node side prepares: the simulator's address, a client, grant codes, seeded data. */
export interface ScenarioSetup {
  dataCenter: DataCenter;
  clientId: string;
  clientSecret: string;
  /** User → a fresh grant code for them. */
  grants: Record<string, string>;
  analyticsOrgId: string;
  deskOrgId: string;
  deskDepartmentId: string;
  /** An app with a form `Order` (Email, Amount) and a report `All_Orders`. */
  creator: { owner: string; app: string };
  /** A workspace with no tables yet. */
  workspace: string;
}

export type ScenarioResults = Record<string, string>;

const ANA = 'ana@example.com';
const BEN = 'ben@example.com';

export async function runScenario(setup: ScenarioSetup): Promise<ScenarioResults> {
  const results: ScenarioResults = {};
  const check = async (name: string, run: () => Promise<string>): Promise<void> => {
    try {
      results[name] = await run();
    } catch (error) {
      results[name] = error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`;
    }
  };

  results['node globals'] = typeof (globalThis as { Buffer?: unknown }).Buffer === 'function' ? 'Buffer' : 'none';
  const zoho = createZoho({
    credentials: { clientId: setup.clientId, clientSecret: setup.clientSecret },
    dataCenter: setup.dataCenter,
    store: new MemoryTokenStore(),
    analytics: { orgId: setup.analyticsOrgId },
    desk: { orgId: setup.deskOrgId },
  });

  await check('oauth', async () => {
    const users = [];
    for (const [user, code] of Object.entries(setup.grants)) users.push((await zoho.authorize({ code, user })).user);
    return users.join(' ');
  });

  const ana = zoho.as(ANA);
  const leads = ana.crm.module('Leads');
  let firstLead = '';
  await check('crm create', async () => {
    const created = await leads.records.create(
      Array.from({ length: 5 }, (_, i) => ({ Last_Name: `Edge ${i}`, Email: `edge${i}@example.com`, Company: 'Zylker' })),
      { dieOnError: true },
    );
    firstLead = (created[0] as WriteSuccess).id;
    return `${created.filter((result) => result.ok).length} created`;
  });
  await check('crm list', async () => `${(await leads.records.list({ fields: ['Last_Name'], perPage: 200 })).data.length} leads`);
  await check('crm paging', async () => {
    const names: string[] = [];
    for await (const lead of leads.records.iterate({ fields: ['Last_Name'], perPage: 2 })) names.push(String(lead['Last_Name']));
    return `${names.length} leads in pages of 2`;
  });
  await check('crm search', async () => {
    const found = await leads.records.search(criteria.equals('Email', 'edge3@example.com'), { fields: ['Last_Name'] });
    return found.data.map((lead) => String(lead['Last_Name'])).join(', ');
  });
  await check('crm coql', async () => {
    const rows = await ana.crm.query(coql.select('Last_Name').from('Leads').where(criteria.equals('Company', 'Zylker')));
    return `${rows.data.length} rows`;
  });
  await check('as()', async () => {
    const me = await zoho.as(BEN).crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
    return String(me.data?.users?.[0]?.email);
  });
  await check('runAs()', async () => {
    const me = await zoho.runAs(ANA, () => zoho.crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } }));
    return String(me.data?.users?.[0]?.email);
  });
  await check('attachment from bytes', async () => {
    const file = await leads.record(firstLead).attachments.upload(new TextEncoder().encode('Signed proposal'), { fileName: 'proposal.txt' });
    const listed = await leads.record(firstLead).attachments.list();
    return `${file.fileName ?? "?"} (${listed.items.length} attached)`;
  });
  await check('crm bulk read', async () => {
    let rows = 0;
    let lastName = '';
    for await (const row of leads.bulkRead({ fields: ['Last_Name', 'Email'], poll: { intervalMs: 10 } })) {
      rows++;
      lastName = String(row['Last_Name']);
    }
    return `${rows} rows, last ${lastName}`;
  });
  await check('crm bulk write', async () => {
    const rows = [{ Last_Name: 'Bulk, "One"', Company: 'Zylker' }, { Last_Name: 'Bulk Two', Company: 'Zylker' }, { Last_Name: 'Bulk Three\nLine two', Company: 'Zylker' }];
    const result = await leads.bulkWrite(rows, { operation: 'insert', poll: { intervalMs: 10 } });
    return `${result.added} added, ${result.failed} failed, ${result.rows.filter((row) => row.ok).length} ok rows`;
  });

  const store = ana.creator.app(setup.creator.owner, setup.creator.app);
  await check('creator bulk read', async () => {
    await store.form('Order').add(Array.from({ length: 30 }, (_, i) => ({ Email: `buyer${i}@zylker.com`, Amount: String(10 + i) })));
    let rows = 0;
    for await (const row of store.report('All_Orders').bulkRead({ pollIntervalMs: 10 })) if (String(row['Email']).endsWith('@zylker.com')) rows++;
    return `${rows} rows`;
  });

  const workspace = ana.analytics.workspace(setup.workspace);
  await check('analytics import', async () => {
    await workspace.ensureTable({ name: 'sales', columns: [{ name: 'customer', type: 'PLAIN' }, { name: 'total', type: 'NUMBER' }] });
    const fromCsv = await workspace.importData('sales', 'customer,total\nZylker,450\n"Acme, Inc.",99\n', { importType: 'APPEND' });
    const fromRows = await workspace.importData('sales', [{ customer: 'Zylker', total: 750 }], { importType: 'APPEND' });
    return `${fromCsv.successRows} + ${fromRows.successRows} rows`;
  });
  await check('analytics export', async () => {
    const rows = await workspace.exportSql("select customer, total from sales where customer = 'Acme, Inc.' or customer = 'Zylker' order by total", { pollIntervalMs: 10 });
    return rows.map((row) => `${row['customer']} ${row['total']}`).join('; ');
  });
  await check('analytics import from a path', async () => {
    try {
      await workspace.importData('sales', { path: '/tmp/sales.csv' }, { importType: 'APPEND' });
      return 'imported';
    } catch (error) {
      if (error instanceof ZohoConfigError) return `ZohoConfigError: ${error.message}`;
      // Runtimes with node:fs get as far as opening the (missing) file.
      return `read the file system: ${(error as { code?: string }).code ?? String(error)}`;
    }
  });

  await check('desk', async () => {
    const contact = await ana.desk.contacts.create({ lastName: 'Carol', email: 'carol@zylker.com' });
    const ticket = await ana.desk.tickets.create({ subject: 'Printer on fire', departmentId: setup.deskDepartmentId, contactId: contact.id });
    await ana.desk.tickets.update(ticket.id, { status: 'Closed' });
    const tickets = await ana.desk.tickets.list();
    return `${tickets.length} ticket: ${tickets[0]?.subject} (${tickets[0]?.status})`;
  });
  return results;
}
