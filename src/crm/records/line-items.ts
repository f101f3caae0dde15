import { ZohoError } from '../../errors.js';
import type { FieldValues } from '../crm-types.js';
import { LineItem, type LineItemData, type LineItemInput } from './line-item.js';
import type { CrmRecord } from './record.js';

/** The line-item subform of each inventory module. */
export const LINE_ITEM_FIELDS: { readonly [module: string]: string } = {
  Quotes: 'Quoted_Items',
  Sales_Orders: 'Ordered_Items',
  Invoices: 'Invoiced_Items',
  Purchase_Orders: 'Purchase_Items',
};

// Rows added, changed or removed on a record, sent with its next save().
const pending = new WeakMap<CrmRecord, LineItemData[]>();

/**
 * The line items of a Quote, Sales Order, Invoice or Purchase Order: `record.lineItems`.
 * `list()` reads the rows the record was fetched with; `add`, `update` and `remove` stage
 * changes that `record.save()` sends (new rows without an id, changed rows with theirs,
 * removed rows as `{ id, _delete: null }`), after which Zoho recomputes the totals.
 */
export class LineItems {
  constructor(readonly record: CrmRecord) {}

  /** The subform field of the record's module (`Invoiced_Items`...). */
  get field(): string {
    return subformOf(this.record);
  }

  /**
   * Lists the rows as last fetched or saved (call `record.fetch()` to read them from Zoho).
   *
   * @example
   * const quote = await crm.module('Quotes').record('4150868000000225200').fetch();
   * for (const row of quote.lineItems.list()) console.log(row.product?.name, row.quantity, row.netTotal);
   */
  list(): LineItem[] {
    const rows = this.record.get(this.field);
    return Array.isArray(rows) ? rows.map((row) => new LineItem(row as LineItemData)) : [];
  }

  /**
   * Stages a new row, sent by the record's next save().
   *
   * @example
   * const quote = crm.module('Quotes').record().set({ Subject: 'Laptops for Zylker' });
   * quote.lineItems.add({ product: '4150868000000225300', quantity: 3, listPrice: 999.99, taxes: [{ name: 'VAT', percentage: 20 }] });
   * await quote.save(); // Zoho computes the totals
   */
  add(input: LineItemInput): this {
    this.#stage(LineItem.toZoho(input));
    return this;
  }

  /**
   * Stages a change to an existing row, by its id; only the fields given are sent.
   *
   * @example
   * const order = await crm.module('Sales_Orders').record('4150868000000225400').fetch();
   * const [first] = order.lineItems.list();
   * if (first?.id) order.lineItems.update(first.id, { quantity: 5 });
   * await order.save();
   */
  update(id: string, changes: Partial<LineItemInput>): this {
    this.#stage({ ...LineItem.toZoho(changes), id });
    return this;
  }

  /**
   * Stages the removal of a row, by its id.
   *
   * @example
   * const invoice = await crm.module('Invoices').record('4150868000000225500').fetch();
   * for (const row of invoice.lineItems.list()) if (row.quantity === 0 && row.id) invoice.lineItems.remove(row.id);
   * await invoice.save();
   */
  remove(id: string): this {
    this.#stage({ id, _delete: null });
    return this;
  }

  /** The staged rows, in the order they will be sent. */
  get pending(): readonly LineItemData[] {
    return pending.get(this.record) ?? [];
  }

  #stage(row: LineItemData): void {
    // A module without line items refuses before anything is staged.
    subformOf(this.record);
    const rows = pending.get(this.record) ?? [];
    rows.push(row);
    pending.set(this.record, rows);
  }
}

/** The line-item subform of the record's module; a module without one is refused. */
function subformOf(record: CrmRecord): string {
  const field = LINE_ITEM_FIELDS[record.module.apiName];
  if (!field) throw new ZohoError(`crm: ${record.module.apiName} has no line items (only Quotes, Sales_Orders, Invoices and Purchase_Orders do)`, { product: 'crm', code: 'NOT_SUPPORTED' });
  return field;
}

/** The staged rows of `record` as field values to send (empty when nothing is staged). */
export function pendingLineItems(record: CrmRecord): FieldValues {
  const rows = pending.get(record);
  const field = LINE_ITEM_FIELDS[record.module.apiName];
  return rows && rows.length > 0 && field ? { [field]: rows } : {};
}

/** Forgets the staged rows of `record` (they were saved). */
export function clearPendingLineItems(record: CrmRecord): void {
  pending.delete(record);
}
