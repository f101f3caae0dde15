import type { ZohoView } from '../zoho.js';

/** The demo's Analytics step: create a table, import CSV, export it back with SQL. */
export async function tourAnalytics(view: ZohoView, ok: (line: string) => void): Promise<void> {
  const workspace = view.analytics.workspace('Sales');
  const { created } = await workspace.ensureTable({
    name: 'sales_fact',
    columns: [
      { name: 'inv_date', type: 'DATE' },
      { name: 'customer', type: 'PLAIN' },
      { name: 'qty_invoiced', type: 'NUMBER' },
      { name: 'line_total_excluding_tax', type: 'NUMBER' },
    ],
  });
  ok(`table sales_fact ${created ? 'created' : 'already there'}`);
  const csv = 'inv_date,customer,qty_invoiced,line_total_excluding_tax\n2026-11-01,Zylker,3,450\n2026-11-02,Acme,1,99\n2026-11-03,Zylker,5,750\n';
  const summary = await workspace.importData('sales_fact', csv, { importType: 'APPEND' });
  ok(`imported ${summary.successRows}/${summary.totalRows} rows`);
  const rows = await workspace.exportSql("select customer, line_total_excluding_tax from sales_fact where customer = 'Zylker'", { pollIntervalMs: 10 });
  ok(`SQL export: ${rows.map((row) => `${row['customer']} ${row['line_total_excluding_tax']}`).join(', ')}`);
}
