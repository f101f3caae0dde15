import { crmError } from '../crm-answers.js';
import type { CrmRecord, CrmState } from '../crm-state.js';

/**
 * A module's API name as CRM resolves it (case-insensitively, or by module id), or
 * undefined when the org has no such module. Modules the metadata does not know are valid
 * once they hold records (whatever a test seeded).
 */
export function moduleName(crm: CrmState, module: string): string | undefined {
  return crm.metadata.find(module)?.api_name ?? (crm.records.has(module) ? module : undefined);
}

/**
 * The record a sub-resource path names (`/{module}/{record_id}/...`) and its module's API
 * name, or CRM's answer when there is none: INVALID_MODULE for path index 0, INVALID_DATA
 * for index 1.
 */
export function findParent(crm: CrmState, module: string, id: string): { module: string; record: CrmRecord } | Response {
  const name = moduleName(crm, module);
  if (name === undefined) return crmError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
  const record = crm.module(name).get(id);
  return record ? { module: name, record } : crmError('INVALID_DATA', 'the related id given seems to be invalid', { resource_path_index: 1 });
}

/** The display name of a record: its module's name field, `First Last` for people, else its id. */
export function displayNameOf(crm: CrmState, module: string, record: CrmRecord): string {
  if (module === 'Leads' || module === 'Contacts') {
    const full = [record['First_Name'], record['Last_Name']].filter((part) => typeof part === 'string' && part !== '').join(' ');
    if (full !== '') return full;
  }
  const display = crm.metadata.find(module)?.display;
  for (const field of [display, 'Note_Title', 'Note_Content', 'Name', 'Subject']) {
    const value = field === undefined ? undefined : record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return record.id;
}

/** Replaces a record with changes applied (the state's indexes follow `set`, not in-place edits). */
export function patchRecord(crm: CrmState, module: string, record: CrmRecord, changes: Record<string, unknown>): CrmRecord {
  const next: CrmRecord = { ...record, ...changes, id: record.id };
  crm.module(module).set(record.id, next);
  return next;
}
