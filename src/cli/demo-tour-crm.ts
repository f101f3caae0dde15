import { Tax } from '../crm/records/tax.js';
import { coql } from '../crm/records/coql.js';
import { criteria } from '../crm/criteria.js';
import type { WriteSuccess } from '../crm/results.js';
import type { ZohoView } from '../zoho.js';
import { RowWriter } from './row-writer.js';

/**
 * The demo's CRM step: an Account, a Contact and a Deal; a Quote with line items and 5%
 * VAT; an attachment and a note; search, COQL and a bulk read.
 */
export async function tourCrm(view: ZohoView, csvPath: string, ok: (line: string) => void): Promise<void> {
  const crm = view.crm;
  const created = async (module: string, data: Record<string, unknown>): Promise<string> => {
    const [result] = await crm.module(module).records.create([data], { dieOnError: true });
    return (result as WriteSuccess).id;
  };
  const account = await created('Accounts', { Account_Name: 'Zylker' });
  const contact = await created('Contacts', { Last_Name: 'Burns', Email: 'burns@zylker.com', Account_Name: { id: account } });
  const deal = await created('Deals', { Deal_Name: 'Zylker renewal', Stage: 'Qualification', Closing_Date: '2026-12-31', Account_Name: { id: account }, Contact_Name: { id: contact } });
  ok(`created Account ${account}, Contact ${contact} and Deal ${deal}`);

  const laptop = await created('Products', { Product_Name: 'Laptop', Product_Code: 'LP-1', Unit_Price: 1000 });
  const quote = crm.module('Quotes').record().set({ Subject: 'Zylker laptops', Account_Name: { id: account }, Deal_Name: { id: deal } });
  quote.lineItems.add({ product: laptop, quantity: 3, listPrice: 1000, discount: 150, taxes: [new Tax({ name: 'VAT', percentage: 5 })] });
  await quote.save();
  await quote.fetch();
  const [row] = quote.lineItems.list();
  ok(`quote with line items: 3 × 1000 − 150 + 5% VAT = ${row?.netTotal} (grand total ${String(quote.get('Grand_Total'))})`);

  const deals = crm.module('Deals').record(deal);
  const file = await deals.attachments.upload(new TextEncoder().encode('Signed proposal'), { fileName: 'proposal.txt' });
  await deals.notes.add({ title: 'Call', content: 'Burns agreed to a demo next week.' });
  ok(`attached ${file.fileName ?? 'proposal.txt'} and added a note to the deal`);

  const found = await crm.module('Contacts').records.search(criteria.equals('Email', 'burns@zylker.com'), { fields: ['Last_Name', 'Email'] });
  ok(`search by email found ${found.items.length} contact`);
  const rows = await crm.query(coql.select('Deal_Name', 'Stage').from('Deals').where(criteria.equals('Stage', 'Qualification')));
  ok(`COQL: ${rows.items.map((r) => String(r['Deal_Name'])).join(', ')}`);

  await crm.module('Leads').load(Array.from({ length: 1_500 }, (_, i) => ({ Last_Name: `Lead ${i}`, Email: `lead${i}@example.com` })), { action: 'create', concurrency: 4 });
  const csv = new RowWriter('csv', csvPath);
  try {
    for await (const lead of crm.module('Leads').bulkRead({ fields: ['Last_Name', 'Email'] })) await csv.write(lead);
  } finally {
    await csv.close();
  }
  ok(`load() created 1,500 Leads in batches of 100; bulk read streamed ${csv.count} rows from the job's ZIP into leads.csv`);
}
