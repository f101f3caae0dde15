import type { ZohoView } from '../zoho.js';

/** The demo's Creator step: add records through a form, bulk-read them back from ZIP/CSV. */
export async function tourCreator(view: ZohoView, owner: string, app: string, ok: (line: string) => void): Promise<void> {
  const store = view.creator.app(owner, app);
  const added = await store.form('Order').add(
    Array.from({ length: 250 }, (_, i) => ({ Email: `buyer${i}@zylker.com`, Amount: String(10 + i), Status: i % 2 ? 'Open' : 'Closed' })),
  );
  ok(`added ${added.filter((row) => row.ok).length} orders in ${Math.ceil(added.length / 200)} requests of up to 200`);
  let open = 0;
  for await (const row of store.report('All_Orders').bulkRead({ criteria: 'Status == "Open"', pollIntervalMs: 10 })) {
    if (row['Status'] === 'Open') open++;
  }
  ok(`bulk read streamed ${open} open orders from the job's ZIP/CSV`);
}
