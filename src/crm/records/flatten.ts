import type { FieldValues } from '../crm-types.js';

/**
 * A record as flat columns, for CSV files and tables: a lookup `Owner: { id, name, email }`
 * becomes `Owner.id`, `Owner.name` and `Owner.email`; nested objects flatten recursively;
 * a list of plain values (a multi-select pick list) becomes one cell joined with `;`, as in
 * Zoho's own exports; a list of named objects (tags) joins their names; any other list is
 * kept as JSON text.
 *
 * @example
 * const lead = await crm.module('Leads').record('4150868000000225013').fetch({ fields: ['Last_Name', 'Owner', 'Tag'] });
 * const row = flatten(lead.values);
 * // { Last_Name: 'Lovelace', 'Owner.id': '4150868000000225001', 'Owner.name': 'Ana', Tag: 'hot;web', id: '…' }
 */
export function flatten(record: FieldValues, separator = '.'): FieldValues {
  const out: FieldValues = {};
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      out[key] = listCell(value);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value as FieldValues);
      if (entries.length === 0) out[key] = null;
      for (const [child, inner] of entries) visit(inner, `${key}${separator}${child}`);
    } else {
      out[key] = value;
    }
  };
  for (const [key, value] of Object.entries(record)) visit(value, key);
  return out;
}

function listCell(list: readonly unknown[]): unknown {
  if (list.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))) return list.join(';');
  if (list.every((item) => typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string')) {
    return list.map((item) => (item as { name: string }).name).join(';');
  }
  return JSON.stringify(list);
}
