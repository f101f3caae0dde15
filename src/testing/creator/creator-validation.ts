import type { SimForm } from './creator-state.js';

/**
 * A form's validation of one row, as Creator applies it to Add and Update Records: field
 * link name → message, or undefined when the row passes. Zoho sends this map as the
 * record's `error` in batch results.
 */
export function validateRow(form: SimForm, row: Readonly<Record<string, unknown>>, options: { partial: boolean; taken?: Map<string, Set<string>> }): Record<string, string> | undefined {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const name = field.link_name;
    const present = Object.hasOwn(row, name);
    const value = row[name];
    const empty = value === undefined || value === null || value === '';
    if (empty) {
      if (field.mandatory && (present || !options.partial)) errors[name] = `Enter a value for ${name}`;
      continue;
    }
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
    if (field.type === 'number' && (text === undefined || !/^-?\d+$/.test(text))) errors[name] = 'Enter a valid number';
    else if (field.type === 'decimal' && (text === undefined || !/^-?\d+(\.\d+)?$/.test(text))) errors[name] = 'Enter a valid decimal number';
    else if (field.type === 'email' && (text === undefined || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text))) errors[name] = 'Enter a valid email address';
    else if (field.unique && options.taken?.get(name)?.has(String(value))) errors[name] = `${name} already exists`;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** The values already used by each unique field of the form. */
export function uniqueValues(form: SimForm): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  for (const field of form.fields) {
    if (!field.unique) continue;
    const values = new Set<string>();
    for (const record of form.records.values()) {
      const value = record[field.link_name];
      if (value !== undefined && value !== null && value !== '') values.add(String(value));
    }
    taken.set(field.link_name, values);
  }
  return taken;
}
