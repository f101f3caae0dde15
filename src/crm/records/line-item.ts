import type { components } from '../../../generated/crm.js';
import { Tax, type TaxInput } from './tax.js';

export type LineItemData = components['schemas']['LineItem'];

/** A new line item, or the changes to one. */
export interface LineItemInput {
  /** The product: its id, or `{ id }`. */
  product: string | { id: string };
  quantity: number;
  /** Price per unit; Zoho uses the product's Unit_Price when omitted. */
  listPrice?: number;
  /** Discount as an amount, taken off Quantity × List_Price. */
  discount?: number;
  description?: string;
  taxes?: readonly (TaxInput | Tax)[];
}

/**
 * One line item (a row of `Quoted_Items`, `Ordered_Items`, `Invoiced_Items` or
 * `Purchase_Items`). The totals are Zoho's: Total = quantity × list price,
 * Total_After_Discount = Total − discount, Tax = Σ taxes on that, Net_Total = both added.
 */
export class LineItem {
  constructor(readonly data: LineItemData) {}

  get id(): string | undefined {
    return this.data.id;
  }

  get product(): { id: string; name: string | undefined; code: string | null | undefined } | undefined {
    const product = this.data.Product_Name;
    return product ? { id: product.id, name: product.name, code: product.Product_Code } : undefined;
  }

  get quantity(): number {
    return this.data.Quantity ?? 0;
  }

  get listPrice(): number | null | undefined {
    return this.data.List_Price;
  }

  get discount(): number {
    return this.data.Discount ?? 0;
  }

  get description(): string | null | undefined {
    return this.data.Description;
  }

  get taxes(): Tax[] {
    return (this.data.Line_Tax ?? []).map((tax) => new Tax(tax));
  }

  /** Quantity × list price. */
  get total(): number | undefined {
    return this.data.Total;
  }

  get totalAfterDiscount(): number | undefined {
    return this.data.Total_After_Discount;
  }

  /** The sum of the taxes' values. */
  get tax(): number | null | undefined {
    return this.data.Tax;
  }

  /** Total after discount plus tax. */
  get netTotal(): number | undefined {
    return this.data.Net_Total;
  }

  get sequenceNumber(): number | undefined {
    return this.data.Sequence_Number;
  }

  /**
   * Builds the subform row Zoho takes for `input` (only the fields given), for a write you
   * send yourself; `record.lineItems` does this for you.
   *
   * @example
   * const row = LineItem.toZoho({ product: '4150868000000225300', quantity: 2, discount: 10 });
   * await crm.module('Invoices').records.update([{ id: '4150868000000225500', Invoiced_Items: [row] }]);
   */
  static toZoho(input: Partial<LineItemInput>): LineItemData {
    const row: LineItemData = {};
    if (input.product !== undefined) row.Product_Name = { id: typeof input.product === 'string' ? input.product : input.product.id };
    if (input.quantity !== undefined) row.Quantity = input.quantity;
    if (input.listPrice !== undefined) row.List_Price = input.listPrice;
    if (input.discount !== undefined) row.Discount = input.discount;
    if (input.description !== undefined) row.Description = input.description;
    if (input.taxes !== undefined) row.Line_Tax = input.taxes.map((tax) => (tax instanceof Tax ? tax : new Tax(tax)).toZoho());
    return row;
  }
}
