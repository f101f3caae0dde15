import type { components } from '../../../generated/crm.js';

export type LineTaxData = components['schemas']['LineTax'];

/** What a tax on a line item takes: its name and rate; Zoho computes the value. */
export interface TaxInput {
  name: string;
  /** The rate in percent (5 for 5%). */
  percentage: number;
}

/** A tax applied to a line item (`Line_Tax`) or to a whole record (`$line_tax`). */
export class Tax {
  readonly name: string;
  readonly percentage: number;
  /** The amount, as Zoho computed it (undefined until the record is read back). */
  readonly value: number | undefined;
  readonly id: string | undefined;

  constructor(data: LineTaxData | TaxInput) {
    this.name = data.name ?? '';
    this.percentage = data.percentage ?? 0;
    this.value = 'value' in data ? data.value : undefined;
    this.id = 'id' in data ? data.id : undefined;
  }

  /**
   * Builds the `Line_Tax` entry to send (Zoho computes the value).
   *
   * @example
   * const row = LineItem.toZoho({ product: '4150868000000225300', quantity: 1 });
   * row.Line_Tax = [new Tax({ name: 'VAT', percentage: 20 }).toZoho()];
   */
  toZoho(): LineTaxData {
    return { name: this.name, percentage: this.percentage, ...(this.id !== undefined ? { id: this.id } : {}) };
  }
}
