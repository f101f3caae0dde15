import type { CrmRecord, CrmState } from '../crm-state.js';

/**
 * Mandatory fields of the standard modules, for the bulk write checks. A stand-in until
 * CrmState carries field metadata; Zoho's layouts make these mandatory by default.
 */
const MANDATORY: Record<string, string[]> = {
  Leads: ['Last_Name'],
  Contacts: ['Last_Name'],
  Accounts: ['Account_Name'],
  Deals: ['Deal_Name', 'Stage'],
  Products: ['Product_Name'],
  Quotes: ['Subject'],
  Sales_Orders: ['Subject'],
  Invoices: ['Subject'],
  Purchase_Orders: ['Subject'],
  Tasks: ['Subject'],
  Campaigns: ['Campaign_Name'],
  Vendors: ['Vendor_Name'],
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What happened to one CSV row; written to the result CSV as STATUS, RECORD_ID, ERRORS. */
export interface RowOutcome {
  status: 'ADDED' | 'UPDATED' | 'SKIPPED';
  recordId: string;
  /** Zoho's ERRORS cell: `CODE-col1,col2:CODE-col3`. */
  errors: string;
}

export interface ApplyOptions {
  module: string;
  operation: 'insert' | 'update' | 'upsert';
  findBy: string | undefined;
  ignoreEmpty: boolean;
  user: string;
  at: string;
}

/**
 * Applies the rows of a bulk write file to CrmState, one outcome per row in file order,
 * with Zoho's checks: mandatory fields on insert (MANDATORY_NOT_FOUND), email format
 * (INVALID_DATA), and a find_by value that matches no record on update (RESOURCE_NOT_FOUND).
 * Announces the inserts and updates as record changes (for watch channels).
 */
export function applyRows(crm: CrmState, rows: Record<string, string>[], options: ApplyOptions): RowOutcome[] {
  const records = crm.module(options.module);
  const me = crm.userFor(options.user);
  const owner = { id: me.id, name: me.full_name, email: me.email };
  const index = options.findBy ? indexBy(records, options.findBy) : undefined;
  const inserted: string[] = [];
  const updated: string[] = [];
  const changedFields = new Set<string>();

  const outcomes = rows.map((row): RowOutcome => {
    const values = Object.fromEntries(Object.entries(row).filter(([field, value]) => !(options.ignoreEmpty && value === '') && field !== 'id' && field !== 'Id'));
    const key = options.findBy ? row[options.findBy] : undefined;
    const existing = key ? index?.get(key) : undefined;
    const invalid = Object.entries(values).filter(([field, value]) => /email/i.test(field) && value !== '' && !EMAIL.test(value)).map(([field]) => field);

    if (options.operation === 'update' && !existing) return skipped(`RESOURCE_NOT_FOUND-${options.findBy}`);
    if (existing && options.operation !== 'insert') {
      if (invalid.length > 0) return skipped(`INVALID_DATA-${invalid.join(',')}`);
      Object.assign(existing, values, { Modified_Time: options.at, Modified_By: { id: me.id, name: me.full_name } });
      for (const field of Object.keys(values)) changedFields.add(field);
      updated.push(existing.id);
      return { status: 'UPDATED', recordId: existing.id, errors: '' };
    }
    const missing = (MANDATORY[options.module] ?? []).filter((field) => (values[field] ?? '') === '');
    const errors = [missing.length > 0 ? `MANDATORY_NOT_FOUND-${missing.join(',')}` : '', invalid.length > 0 ? `INVALID_DATA-${invalid.join(',')}` : ''].filter(Boolean);
    if (errors.length > 0) return skipped(errors.join(':'));
    const id = crm.newId();
    const record: CrmRecord = { ...values, id, Owner: owner, Created_Time: options.at, Modified_Time: options.at, Created_By: { id: me.id, name: me.full_name }, Modified_By: { id: me.id, name: me.full_name } };
    records.set(id, record);
    if (options.findBy && key) index?.set(key, record);
    inserted.push(id);
    return { status: 'ADDED', recordId: id, errors: '' };
  });

  // Zoho batches the ids of one import into one notification per operation.
  if (inserted.length > 0) crm.emitChange({ module: options.module, operation: 'insert', ids: inserted, user: options.user });
  if (updated.length > 0) crm.emitChange({ module: options.module, operation: 'update', ids: updated, fields: [...changedFields], user: options.user });
  return outcomes;
}

function skipped(errors: string): RowOutcome {
  return { status: 'SKIPPED', recordId: '', errors };
}

function indexBy(records: Map<string, CrmRecord>, field: string): Map<string, CrmRecord> {
  const index = new Map<string, CrmRecord>();
  for (const record of records.values()) {
    const value = field === 'id' || field === 'Id' ? record.id : record[field];
    if (typeof value === 'string' || typeof value === 'number') index.set(String(value), record);
  }
  return index;
}
