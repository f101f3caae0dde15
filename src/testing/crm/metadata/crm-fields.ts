/**
 * How the CRM simulator describes a field: the subset of Zoho's field metadata that decides
 * what a write must carry (mandatory), what it may carry (data type, length, pick list) and
 * what may not repeat (unique). Seeds are written in this short form and expanded into
 * Zoho's full `fields` JSON by crm-metadata.ts.
 */
export type SimFieldType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'website'
  | 'picklist'
  | 'multiselectpicklist'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'bigint'
  | 'double'
  | 'currency'
  | 'percent'
  | 'boolean'
  | 'lookup'
  | 'ownerlookup'
  | 'userlookup'
  | 'autonumber'
  | 'formula'
  | 'subform'
  | 'jsonarray';

export interface SimField {
  api_name: string;
  data_type: SimFieldType;
  label: string;
  /** Zoho: mandatory fields must be present on insert (MANDATORY_NOT_FOUND otherwise). */
  mandatory: boolean;
  /** Zoho: a unique field refuses a value another record holds (DUPLICATE_DATA). */
  unique: boolean;
  /** Maximum characters of a text value (INVALID_DATA with `maximum_length` past it). */
  length: number;
  /** Set by Zoho itself; a value sent for it is ignored. */
  read_only: boolean;
  pick_list?: readonly string[];
  /** The module a lookup points at. */
  lookup?: string;
  /** The subform module of a subform field (`Quoted_Items`...). */
  subform?: string;
  section: string;
  id: string;
}

/** A field in the seeds' short form: `['Last_Name', 'text', { mandatory: true, length: 80 }]`. */
export type FieldSeed = readonly [apiName: string, type: SimFieldType, options?: FieldSeedOptions];

export interface FieldSeedOptions {
  mandatory?: boolean;
  unique?: boolean;
  length?: number;
  readOnly?: boolean;
  pickList?: readonly string[];
  lookup?: string;
  subform?: string;
  label?: string;
  section?: string;
}

// Zoho's default maximum lengths per data type (text fields are 255 unless set lower).
const DEFAULT_LENGTH: Partial<Record<SimFieldType, number>> = {
  text: 255,
  textarea: 32_000,
  email: 100,
  phone: 30,
  website: 255,
  picklist: 120,
  integer: 9,
  bigint: 18,
  double: 16,
  currency: 16,
  percent: 5,
};

const READ_ONLY_TYPES: ReadonlySet<SimFieldType> = new Set(['autonumber', 'formula']);

export function expandField(seed: FieldSeed, defaultSection: string, id: string): SimField {
  const [api_name, data_type, options = {}] = seed;
  const field: SimField = {
    api_name,
    data_type,
    label: options.label ?? api_name.replace(/_/g, ' '),
    mandatory: options.mandatory ?? false,
    unique: options.unique ?? false,
    length: options.length ?? DEFAULT_LENGTH[data_type] ?? 255,
    read_only: options.readOnly ?? READ_ONLY_TYPES.has(data_type),
    section: options.section ?? defaultSection,
    id,
  };
  if (options.pickList) field.pick_list = options.pickList;
  if (options.lookup) field.lookup = options.lookup;
  if (options.subform) field.subform = options.subform;
  return field;
}

/** Whether a value counts as "not given" for a mandatory check. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
