import type { Record } from './record.js';

/** The line items (subform rows) of a Quote, Sales Order, Invoice or Purchase Order. */
export class LineItems {
  constructor(readonly record: Record) {}
}
