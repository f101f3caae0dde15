import { afterEach, describe, expect, it } from 'vitest';
import { Tax, type WriteSuccess } from '../../src/index.js';
import { crmEnv, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** An account and two products (a laptop at 1,000.00 and a mouse at 20.00). */
async function catalogue(e: CrmEnv): Promise<{ account: string; laptop: string; mouse: string }> {
  const [account] = (await e.crm.module('Accounts').records.create([{ Account_Name: 'Zylker' }])) as WriteSuccess[];
  const [laptop, mouse] = (await e.crm.module('Products').records.create([
    { Product_Name: 'Laptop', Product_Code: 'LP-1', Unit_Price: 1000 },
    { Product_Name: 'Mouse', Product_Code: 'MS-1', Unit_Price: 20 },
  ])) as WriteSuccess[];
  return { account: account!.id, laptop: laptop!.id, mouse: mouse!.id };
}

const VAT = { name: 'VAT', percentage: 5 };

describe('inventory records and line items (Zoho SDK scenario)', () => {
  it('creates two Invoices whose line items carry discount, list price, quantity and 5% VAT, and reads back Zoho\'s totals', async () => {
    env = await crmEnv();
    const { account, laptop, mouse } = await catalogue(env);
    const invoices = env.crm.module('Invoices');

    // First invoice through records.create, with the subform rows as Zoho takes them.
    const [first] = (await invoices.records.create([{
      Subject: 'INV-001',
      Account_Name: { id: account },
      Invoiced_Items: [
        { Product_Name: { id: laptop }, Quantity: 2, List_Price: 1000, Discount: 100, Line_Tax: [VAT], Description: 'Two laptops' },
        { Product_Name: { id: mouse }, Quantity: 3, Line_Tax: [VAT] },
      ],
    }])) as WriteSuccess[];

    // Second invoice through the entity model.
    const second = invoices.record().set({ Subject: 'INV-002', Account_Name: { id: account }, Discount: 10, Adjustment: 2.5 });
    second.lineItems.add({ product: laptop, quantity: 1, listPrice: 999.99, discount: 49.99, description: 'Demo unit', taxes: [new Tax(VAT)] });
    await second.save();

    const one = await invoices.record(first!.id).fetch();
    const rows = one.lineItems.list();
    expect(rows.map((r) => [r.product?.name, r.product?.code, r.quantity, r.listPrice, r.discount, r.total, r.totalAfterDiscount, r.tax, r.netTotal])).toEqual([
      ['Laptop', 'LP-1', 2, 1000, 100, 2000, 1900, 95, 1995],
      ['Mouse', 'MS-1', 3, 20, 0, 60, 60, 3, 63], // no list price: the product's unit price
    ]);
    expect(rows[0]!.taxes.map((t) => [t.name, t.percentage, t.value])).toEqual([['VAT', 5, 95]]);
    expect(rows[0]!.description).toBe('Two laptops');
    expect(one.values).toMatchObject({ Sub_Total: 2058, Discount: 0, Tax: 0, Adjustment: 0, Grand_Total: 2058, Account_Name: { id: account, name: 'Zylker' } });

    const two = await invoices.record(second.id).fetch();
    const [row] = two.lineItems.list();
    expect([row!.total, row!.totalAfterDiscount, row!.tax, row!.netTotal, row!.sequenceNumber]).toEqual([999.99, 950, 47.5, 997.5, 1]);
    expect(two.values).toMatchObject({ Sub_Total: 997.5, Discount: 10, Adjustment: 2.5, Grand_Total: 990 });
  });

  it('applies record-level taxes ($line_tax) to the subtotal after the record discount', async () => {
    env = await crmEnv();
    const { account, mouse } = await catalogue(env);
    const [quote] = (await env.crm.module('Quotes').records.create([{
      Subject: 'Q-1',
      Account_Name: { id: account },
      Discount: 10,
      $line_tax: [{ name: 'Sales Tax', percentage: 10 }],
      Quoted_Items: [{ Product_Name: { id: mouse }, Quantity: 10, List_Price: 20 }],
    }])) as WriteSuccess[];
    const stored = await env.crm.module('Quotes').records.get(quote!.id);
    expect(stored).toMatchObject({ Sub_Total: 200, Tax: 19, Grand_Total: 209, $line_tax: [{ name: 'Sales Tax', percentage: 10, value: 19 }] });
  });

  it('adds, changes and removes line items on save, and Zoho recomputes the totals', async () => {
    env = await crmEnv();
    const { account, laptop, mouse } = await catalogue(env);
    const order = env.crm.module('Sales_Orders').record().set({ Subject: 'SO-1', Account_Name: { id: account } });
    order.lineItems.add({ product: laptop, quantity: 1, listPrice: 1000 }).add({ product: mouse, quantity: 1, listPrice: 20 });
    await order.save();
    await order.fetch();
    const [laptopRow, mouseRow] = order.lineItems.list();
    order.lineItems.update(laptopRow!.id!, { quantity: 3 }).remove(mouseRow!.id!).add({ product: mouse, quantity: 2, listPrice: 25, taxes: [VAT] });
    expect(order.changes['Ordered_Items']).toHaveLength(3);
    await order.save();
    await order.fetch();
    expect(order.lineItems.list().map((r) => [r.product?.name, r.quantity, r.netTotal])).toEqual([['Laptop', 3, 3000], ['Mouse', 2, 52.5]]);
    expect(order.get('Grand_Total')).toBe(3052.5);
  });

  it('refuses an invoice without line items, or a line item without a product, with the path to the fault', async () => {
    env = await crmEnv();
    const { account } = await catalogue(env);
    const results = await env.crm.module('Invoices').records.create([
      { Subject: 'Empty', Account_Name: { id: account } },
      { Subject: 'No product', Account_Name: { id: account }, Invoiced_Items: [{ Quantity: 1 }] },
      { Subject: 'Bad product', Account_Name: { id: account }, Invoiced_Items: [{ Product_Name: { id: '123' }, Quantity: 1 }] },
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : [r.error.code, r.error.jsonPath]))).toEqual([
      ['MANDATORY_NOT_FOUND', '$.data[0].Invoiced_Items'],
      ['MANDATORY_NOT_FOUND', '$.data[1].Invoiced_Items[0].Product_Name'],
      ['INVALID_DATA', '$.data[2].Invoiced_Items[0].Product_Name'],
    ]);
  });

  it('has no line items on a module that is not an inventory module', async () => {
    env = await crmEnv();
    expect(() => env!.crm.module('Leads').record().lineItems.add({ product: '1', quantity: 1 })).toThrow(/Leads has no line items/);
  });
});
