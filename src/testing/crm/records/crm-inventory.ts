import { itemError, type ItemResult } from './crm-record-answers.js';
import type { SimModule } from '../metadata/crm-metadata.js';
import type { CrmState } from '../crm-state.js';
import { checkRecord } from './crm-validation.js';
import { idText } from '../crm-answers.js';

type Row = Record<string, unknown>;

/**
 * The line items (subform rows) of a Quote, Sales Order, Invoice or Purchase Order after a
 * write: rows with an `id` change the existing row, rows without one are added, and
 * `{ id, _delete: null }` removes a row; rows not mentioned stay. Each row is checked like a
 * record of the subform module (Product_Name and Quantity are mandatory).
 */
export function mergeLineItems(
  crm: CrmState,
  lineModule: SimModule,
  existing: readonly Row[],
  incoming: readonly unknown[],
  path: string,
): { ok: true; rows: Row[] } | { ok: false; error: ItemResult } {
  const rows = existing.map((row) => ({ ...row }));
  for (const [index, input] of incoming.entries()) {
    const at = `${path}[${index}]`;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, error: itemError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: at, api_name: lineModule.api_name }) };
    }
    const row = input as Row;
    const id = idText(row['id']);
    const current = id === undefined ? undefined : rows.findIndex((r) => r['id'] === id);
    if (id !== undefined && current === -1) {
      return { ok: false, error: itemError('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'id', json_path: `${at}.id` }) };
    }
    if (current !== undefined && Object.hasOwn(row, '_delete')) {
      rows.splice(current, 1);
      continue;
    }
    const checked = checkRecord(crm, lineModule, row, at, current === undefined ? 'insert' : 'update');
    if (!checked.ok) return checked;
    const taxes = checkTaxes(row['Line_Tax'], `${at}.Line_Tax`);
    if (!taxes.ok) return taxes;
    if (current === undefined) rows.push({ ...checked.values, id: crm.newId() });
    else rows[current] = { ...rows[current], ...checked.values };
  }
  return { ok: true, rows };
}

/** Line_Tax (and the record's `$line_tax`): `[{ name, percentage }]`; Zoho computes `value`. */
export function checkTaxes(value: unknown, path: string): { ok: true } | { ok: false; error: ItemResult } {
  if (value === undefined || value === null) return { ok: true };
  const bad = (extra: Record<string, unknown>): { ok: false; error: ItemResult } => ({ ok: false, error: itemError('INVALID_DATA', 'invalid data', { api_name: path.slice(path.lastIndexOf('.') + 1), json_path: path, ...extra }) });
  if (!Array.isArray(value)) return bad({ expected_data_type: 'jsonarray' });
  for (const tax of value) {
    if (typeof tax !== 'object' || tax === null) return bad({ expected_data_type: 'jsonobject' });
    const { name, percentage } = tax as { name?: unknown; percentage?: unknown };
    if (typeof name !== 'string' || typeof percentage !== 'number' || percentage < 0) return bad({ expected_data_type: 'jsonobject' });
  }
  return { ok: true };
}

/**
 * Zoho's inventory arithmetic, to the cent:
 * - per row: Total = Quantity × List_Price (the product's Unit_Price when no list price is
 *   given); Total_After_Discount = Total − Discount; each Line_Tax value = Total_After_Discount
 *   × percentage / 100 and Tax is their sum; Net_Total = Total_After_Discount + Tax;
 * - per record: Sub_Total = Σ Net_Total; each `$line_tax` value = (Sub_Total − Discount) ×
 *   percentage / 100, Tax their sum; Grand_Total = Sub_Total − Discount + Tax + Adjustment.
 */
export function computeInventory(crm: CrmState, record: Row, subform: string): Row {
  const rows = (Array.isArray(record[subform]) ? (record[subform] as Row[]) : []).map((row, index) => {
    const product = crm.module('Products').get(String((row['Product_Name'] as { id?: unknown } | undefined)?.id ?? ''));
    const unitPrice = typeof product?.['Unit_Price'] === 'number' ? product['Unit_Price'] : null;
    const quantity = numberOr(row['Quantity'], 0);
    const listPrice = typeof row['List_Price'] === 'number' ? row['List_Price'] : (unitPrice ?? 0);
    const total = cents(quantity * listPrice);
    const discount = numberOr(row['Discount'], 0);
    const afterDiscount = cents(total - discount);
    const taxes = taxList(row['Line_Tax']).map((tax) => ({ ...tax, value: cents((afterDiscount * tax.percentage) / 100) }));
    const tax = cents(taxes.reduce((sum, t) => sum + t.value, 0));
    const productCode = product?.['Product_Code'];
    return {
      ...row,
      Product_Name: { ...(row['Product_Name'] as object), Product_Code: typeof productCode === 'string' ? productCode : null },
      Quantity: quantity,
      List_Price: listPrice,
      Unit_Price: unitPrice,
      Discount: discount,
      Total: total,
      Total_After_Discount: afterDiscount,
      Line_Tax: taxes,
      Tax: tax,
      Net_Total: cents(afterDiscount + tax),
      Sequence_Number: index + 1,
    };
  });
  const subTotal = cents(rows.reduce((sum, row) => sum + row.Net_Total, 0));
  const discount = numberOr(record['Discount'], 0);
  const taxes = taxList(record['$line_tax']).map((tax) => ({ ...tax, value: cents(((subTotal - discount) * tax.percentage) / 100) }));
  const tax = cents(taxes.reduce((sum, t) => sum + t.value, 0));
  const adjustment = numberOr(record['Adjustment'], 0);
  return {
    ...record,
    [subform]: rows,
    Sub_Total: subTotal,
    Discount: discount,
    $line_tax: taxes,
    Tax: tax,
    Adjustment: adjustment,
    Grand_Total: cents(subTotal - discount + tax + adjustment),
  };
}

function taxList(value: unknown): { name: string; percentage: number; id?: unknown }[] {
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is { name: string; percentage: number } => typeof t === 'object' && t !== null && typeof (t as { percentage?: unknown }).percentage === 'number');
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Currency fields have two decimals; round half away from zero, as Zoho's "normal" rounding. */
function cents(value: number): number {
  return (Math.sign(value) * Math.round((Math.abs(value) + Number.EPSILON) * 100)) / 100;
}
