import { itemError, type ItemResult } from './crm-record-answers.js';
import { isEmptyValue, type SimField } from '../metadata/crm-fields.js';
import type { SimModule } from '../metadata/crm-metadata.js';
import type { CrmState, CrmUser } from '../crm-state.js';
import { idText } from '../crm-answers.js';
import { checkPipeline } from '../metadata/crm-pipelines.js';

/** A value accepted for storage, or the per-item error Zoho answers for it. */
export type Checked = { ok: true; value: unknown } | { ok: false; error: ItemResult };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Checks one field value the way Zoho does and turns it into what Zoho stores: lookups
 * become `{ id, name }`, numbers sent as text become numbers. A wrong type is INVALID_DATA
 * with `expected_data_type`, a long text INVALID_DATA with `maximum_length`, a lookup to a
 * missing record INVALID_DATA naming the id; every error carries `api_name` and `json_path`.
 */
export function checkValue(crm: CrmState, field: SimField, value: unknown, path: string): Checked {
  if (value === null) return { ok: true, value: null };
  switch (field.data_type) {
    case 'text':
    case 'textarea':
    case 'phone':
    case 'website':
    case 'picklist':
    case 'email': {
      if (typeof value !== 'string') return invalid(field, path, { expected_data_type: field.data_type === 'picklist' ? 'picklist' : 'text' });
      if (value.length > field.length) return invalid(field, path, { maximum_length: field.length });
      if (field.data_type === 'email' && value !== '' && !EMAIL.test(value)) return invalid(field, path, { expected_data_type: 'email' });
      // Zoho stores a pick-list value outside the list as it is (it shows as an unused value).
      return { ok: true, value };
    }
    case 'multiselectpicklist':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return invalid(field, path, { expected_data_type: 'jsonarray' });
      return { ok: true, value };
    case 'integer':
    case 'bigint': {
      const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isInteger(number)) return invalid(field, path, { expected_data_type: 'integer' });
      return { ok: true, value: number };
    }
    case 'double':
    case 'currency':
    case 'percent': {
      const number = typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) return invalid(field, path, { expected_data_type: 'double' });
      return { ok: true, value: number };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : invalid(field, path, { expected_data_type: 'boolean' });
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? { ok: true, value } : invalid(field, path, { expected_data_type: 'date' });
    case 'datetime':
      return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? { ok: true, value } : invalid(field, path, { expected_data_type: 'datetime' });
    case 'ownerlookup':
    case 'userlookup': {
      const id = idOf(value);
      if (id === undefined) return invalid(field, path, { expected_data_type: 'jsonobject' });
      const user = crm.userById(id);
      if (!user) return invalid(field, path, { id }, 'the id given seems to be invalid');
      return { ok: true, value: ownerValue(user) };
    }
    case 'lookup': {
      const id = idOf(value);
      if (id === undefined) return invalid(field, path, { expected_data_type: 'jsonobject' });
      // A multi-module lookup (What_Id, Parent_Id) names its module elsewhere; keep the reference.
      if (!field.lookup) return { ok: true, value: { ...(value as object), id } };
      const target = crm.module(field.lookup).get(id);
      if (!target) return invalid(field, path, { id }, 'the related id given seems to be invalid');
      return { ok: true, value: { id, name: displayName(crm, field.lookup, target) } };
    }
    case 'jsonarray':
    case 'subform':
      return Array.isArray(value) ? { ok: true, value } : invalid(field, path, { expected_data_type: 'jsonarray' });
    default:
      return { ok: true, value };
  }
}

function invalid(field: SimField, path: string, extra: Record<string, unknown>, message = 'invalid data'): Checked {
  return { ok: false, error: itemError('INVALID_DATA', message, { ...extra, api_name: field.api_name, json_path: path }) };
}

/**
 * The fields of one record to store, or its first error. On insert every mandatory field
 * must be given (MANDATORY_NOT_FOUND); on update only the fields sent are checked, and a
 * mandatory field may not be emptied. Keys that are not fields of the module are dropped,
 * as Zoho drops them; read-only fields (Created_Time, formulas, totals) are ignored.
 */
export function checkRecord(crm: CrmState, module: SimModule, input: Record<string, unknown>, path: string, mode: 'insert' | 'update'): { ok: true; values: Record<string, unknown> } | { ok: false; error: ItemResult } {
  const { byName, mandatory } = shapeOf(module);
  for (const field of mandatory) {
    const given = Object.hasOwn(input, field.api_name);
    if ((mode === 'insert' || given) && isEmptyValue(input[field.api_name])) {
      return { ok: false, error: itemError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: field.api_name, json_path: `${path}.${field.api_name}` }) };
    }
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const field = byName.get(key);
    if (!field || field.read_only) continue;
    const checked = checkValue(crm, field, value, `${path}.${key}`);
    if (!checked.ok) return checked;
    values[key] = checked.value;
  }
  if (module.api_name === 'Deals' && Object.hasOwn(input, 'Pipeline') && input['Pipeline'] !== null) {
    const pipeline = checkPipeline(crm, input, path);
    if (!pipeline.ok) return pipeline;
    values['Pipeline'] = pipeline.value;
  }
  return { ok: true, values };
}

/** What writes need to know about a module's fields, worked out once per field list. */
export interface ModuleShape {
  byName: Map<string, SimField>;
  mandatory: SimField[];
  unique: SimField[];
  subform: SimField | undefined;
  hasFullName: boolean;
}

// Per field list: addField replaces the list, so a change is seen.
const shapes = new WeakMap<SimField[], ModuleShape>();

export function shapeOf(module: SimModule): ModuleShape {
  let shape = shapes.get(module.fields);
  if (!shape) {
    shape = {
      byName: new Map(module.fields.map((field) => [field.api_name, field])),
      mandatory: module.fields.filter((field) => field.mandatory && !field.read_only),
      unique: module.fields.filter((field) => field.unique),
      subform: module.fields.find((field) => field.data_type === 'subform'),
      hasFullName: module.fields.some((field) => field.api_name === 'Full_Name'),
    };
    shapes.set(module.fields, shape);
  }
  return shape;
}

/** The name Zoho shows for a record in lookups: its module's display field. */
export function displayName(crm: CrmState, moduleName: string, record: Record<string, unknown>): string | null {
  const module = crm.metadata.find(moduleName);
  const field = module?.display ?? 'Name';
  if (field === 'Full_Name') return fullName(record);
  const value = record[field];
  return typeof value === 'string' ? value : null;
}

export function fullName(record: Record<string, unknown>): string {
  return [record['First_Name'], record['Last_Name']].filter((part) => typeof part === 'string' && part !== '').join(' ');
}

export function ownerValue(user: CrmUser): { id: string; name: string; email: string } {
  return { id: user.id, name: user.full_name, email: user.email };
}

export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return idText((value as { id?: unknown }).id);
  }
  return undefined;
}
