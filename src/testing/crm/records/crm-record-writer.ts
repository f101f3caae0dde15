import { itemError, zohoTime, type ItemResult } from './crm-record-answers.js';
import { computeInventory, checkTaxes, mergeLineItems } from './crm-inventory.js';
import type { SimModule } from '../metadata/crm-metadata.js';
import type { CrmRecord } from './crm-record-map.js';
import type { CrmState, CrmUser } from '../crm-state.js';
import { checkRecord, fullName, ownerValue, shapeOf } from './crm-validation.js';
import { idText } from '../crm-answers.js';
import { lockKey } from './crm-record-locks.js';

type Input = Record<string, unknown>;

/** What one write did, for the change feed and the result. */
export interface WriteOutcome {
  result: ItemResult;
  /** Set when the record was created or changed. */
  change?: { operation: 'insert' | 'update'; id: string; fields: string[] };
}

/**
 * Inserts, updates, upserts and deletes single records as Zoho does, answering each with
 * the per-item result Zoho puts in a batch's `data`: validation (crm-validation.ts), unique
 * fields (DUPLICATE_DATA naming the record that holds the value), line items and totals of
 * the inventory modules (crm-inventory.ts), and the system fields (Created/Modified by/time,
 * Owner defaulting to the caller, Full_Name).
 */
export class RecordWriter {
  constructor(
    private readonly crm: CrmState,
    private readonly now: () => number,
  ) {}

  insert(module: SimModule, input: unknown, index: number, user: CrmUser): WriteOutcome {
    const path = `$.data[${index}]`;
    if (!isInput(input)) return failed(itemError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: path }));
    const checked = checkRecord(this.crm, module, input, path, 'insert');
    if (!checked.ok) return failed(checked.error);
    const at = zohoTime(this.now());
    const id = this.crm.newId();
    let record: CrmRecord = {
      Owner: refsOf(user).owner,
      ...checked.values,
      id,
      Created_Time: at,
      Modified_Time: at,
      Created_By: userRef(user),
      Modified_By: userRef(user),
      Tag: [],
    };
    const built = this.#derive(module, record, [], path);
    if (!built.ok) return failed(built.error);
    record = built.record;
    const duplicate = this.#duplicate(module, record, undefined, path);
    if (duplicate) return failed(duplicate);
    this.crm.module(module.api_name).set(id, record);
    return {
      result: { code: 'SUCCESS', details: auditDetails(record), message: 'record added', status: 'success' },
      change: { operation: 'insert', id, fields: Object.keys(checked.values) },
    };
  }

  update(module: SimModule, input: unknown, index: number, user: CrmUser, pathId?: string): WriteOutcome {
    const path = `$.data[${index}]`;
    if (!isInput(input)) return failed(itemError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: path }));
    const id = pathId ?? idText(input['id']);
    if (id === undefined) return failed(itemError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `${path}.id` }));
    const current = this.crm.module(module.api_name).get(id);
    if (!current) return failed(itemError('INVALID_DATA', 'the related id given seems to be invalid', { id, api_name: 'id', json_path: `${path}.id` }));
    return this.#updateExisting(module, current, input, path, user);
  }

  /**
   * Upsert: the first of `checkFields` (default: the module's system duplicate-check fields
   * and its unique fields) whose value matches an existing record makes this an update of
   * that record (`action: "update"`, `duplicate_field` naming the field); otherwise it is an
   * insert (`action: "insert"`, `duplicate_field: null`).
   */
  upsert(module: SimModule, input: unknown, index: number, user: CrmUser, checkFields: readonly string[] | undefined): WriteOutcome {
    const path = `$.data[${index}]`;
    if (!isInput(input)) return failed(itemError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: path }));
    const records = this.crm.module(module.api_name);
    const byIdText = idText(input['id']);
    const byId = byIdText === undefined ? undefined : records.get(byIdText);
    let match: { record: CrmRecord; field: string } | undefined = byId ? { record: byId, field: 'id' } : undefined;
    const fields = checkFields ?? [...module.duplicateCheck, ...shapeOf(module).unique.map((f) => f.api_name)];
    for (const field of match ? [] : fields) {
      const found = records.findBy(field, input[field])[0];
      if (found) {
        match = { record: found, field };
        break;
      }
    }
    const outcome = match ? this.#updateExisting(module, match.record, input, path, user) : this.insert(module, input, index, user);
    if (outcome.result.status === 'success') {
      outcome.result.action = match ? 'update' : 'insert';
      outcome.result.duplicate_field = match?.field ?? null;
    }
    return outcome;
  }

  delete(module: SimModule, id: string, user: CrmUser): WriteOutcome & { removed?: CrmRecord } {
    const records = this.crm.module(module.api_name);
    const record = records.get(id);
    if (!record) return failed(itemError('INVALID_DATA', 'the related id given seems to be invalid', { id }));
    records.delete(id);
    this.crm.deletions.push({
      module: module.api_name,
      id,
      display_name: displayOf(module, record),
      created_by: record['Created_By'] ?? null,
      deleted_by: userRef(user),
      deleted_time: zohoTime(this.now()),
      type: 'recycle',
    });
    return { result: { code: 'SUCCESS', details: { id }, message: 'record deleted', status: 'success' }, removed: record };
  }

  #updateExisting(module: SimModule, current: CrmRecord, input: Input, path: string, user: CrmUser): WriteOutcome {
    // A record locked through Locking_Information__s refuses updates until it is unlocked.
    if (this.crm.locks.has(lockKey(module.api_name, current.id))) {
      return failed(itemError('RECORD_LOCKED', 'the record is locked', { id: current.id, api_name: 'id', json_path: `${path}.id` }));
    }
    const checked = checkRecord(this.crm, module, input, path, 'update');
    if (!checked.ok) return failed(checked.error);
    const changed = Object.keys(checked.values).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(checked.values[key]));
    const subform = shapeOf(module).subform?.api_name;
    let record: CrmRecord = { ...current, ...checked.values, id: current.id, Modified_Time: zohoTime(this.now()), Modified_By: userRef(user) };
    const existingRows = subform && Array.isArray(current[subform]) ? (current[subform] as Input[]) : [];
    const built = this.#derive(module, record, existingRows, path, subform !== undefined && Object.hasOwn(checked.values, subform));
    if (!built.ok) return failed(built.error);
    record = built.record;
    const duplicate = this.#duplicate(module, record, current.id, path);
    if (duplicate) return failed(duplicate);
    this.crm.module(module.api_name).set(current.id, record);
    return {
      result: { code: 'SUCCESS', details: auditDetails(record), message: 'record updated', status: 'success' },
      change: { operation: 'update', id: current.id, fields: changed },
    };
  }

  /** Fields Zoho derives: Full_Name, and the line items and totals of inventory records. */
  #derive(module: SimModule, record: CrmRecord, existingRows: readonly Input[], path: string, rowsSent = true): { ok: true; record: CrmRecord } | { ok: false; error: ItemResult } {
    const shape = shapeOf(module);
    if (shape.hasFullName) record['Full_Name'] = fullName(record);
    const subform = shape.subform;
    if (!subform?.subform) return { ok: true, record };
    const lineModule = this.crm.metadata.find(subform.subform);
    if (!lineModule) return { ok: true, record };
    if (rowsSent) {
      const sent = Array.isArray(record[subform.api_name]) ? (record[subform.api_name] as unknown[]) : [];
      const merged = mergeLineItems(this.crm, lineModule, existingRows, sent, `${path}.${subform.api_name}`);
      if (!merged.ok) return merged;
      record[subform.api_name] = merged.rows;
    }
    const taxes = checkTaxes(record['$line_tax'], `${path}.$line_tax`);
    if (!taxes.ok) return taxes;
    return { ok: true, record: { ...computeInventory(this.crm, record, subform.api_name), id: record.id } };
  }

  /** DUPLICATE_DATA when a unique field's value is held by another record. */
  #duplicate(module: SimModule, record: CrmRecord, selfId: string | undefined, path: string): ItemResult | undefined {
    const records = this.crm.module(module.api_name);
    for (const field of shapeOf(module).unique) {
      const other = records.findBy(field.api_name, record[field.api_name]).find((r) => r.id !== selfId);
      if (other) {
        return itemError('DUPLICATE_DATA', 'duplicate data', {
          api_name: field.api_name,
          json_path: `${path}.${field.api_name}`,
          duplicate_record: { id: other.id, module: { api_name: module.api_name, id: module.id }, Owner: other['Owner'] ?? null },
        });
      }
    }
    return undefined;
  }
}

function failed(result: ItemResult): WriteOutcome {
  return { result };
}

function isInput(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// One user's `{ id, name }` and Owner value, shared by every record they write (records are
// replaced, never mutated, so sharing is safe and saves two objects per record).
const refs = new WeakMap<CrmUser, { ref: { id: string; name: string }; owner: { id: string; name: string; email: string } }>();

function refsOf(user: CrmUser): { ref: { id: string; name: string }; owner: { id: string; name: string; email: string } } {
  let found = refs.get(user);
  if (!found) {
    found = { ref: { id: user.id, name: user.full_name }, owner: ownerValue(user) };
    refs.set(user, found);
  }
  return found;
}

export function userRef(user: CrmUser): { id: string; name: string } {
  return refsOf(user).ref;
}

function auditDetails(record: CrmRecord): Record<string, unknown> {
  return {
    Modified_Time: record['Modified_Time'],
    Modified_By: record['Modified_By'],
    Created_Time: record['Created_Time'],
    id: record.id,
    Created_By: record['Created_By'],
  };
}

function displayOf(module: SimModule, record: CrmRecord): string {
  const value = record[module.display];
  return typeof value === 'string' && value !== '' ? value : record.id;
}
