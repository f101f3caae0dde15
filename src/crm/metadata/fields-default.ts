import type { Field } from './field.js';

// Zoho CRM: a list read names at most 50 fields.
export const MAX_FIELDS_PER_READ = 50;

// Field types a list read cannot return (subforms come with a single-record read; files,
// images and activity-only types are not list data).
const NOT_LISTED = new Set(['subform', 'fileupload', 'imageupload', 'profileimage', 'multiselectlookup', 'multiuserlookup', 'RRULE', 'ALARM', 'event_reminder', 'consent_lookup']);

/**
 * The fields a list read asks for when the caller names none: every field the module's
 * metadata says a list can return, in metadata order.
 */
export function defaultFieldNames(fields: readonly Field[]): string[] {
  return fields
    .filter((field) => field.apiName !== '' && field.apiName !== 'id' && !field.apiName.startsWith('$') && !NOT_LISTED.has(field.dataType ?? ''))
    .map((field) => field.apiName);
}

/** Splits field names into groups Zoho accepts in one read (50 each; `id` comes anyway). */
export function fieldGroups(fields: readonly string[], size = MAX_FIELDS_PER_READ): string[][] {
  const unique = [...new Set(fields.filter((field) => field !== 'id'))];
  const groups: string[][] = [];
  for (let start = 0; start < unique.length; start += size) groups.push(unique.slice(start, start + size));
  return groups.length > 0 ? groups : [['id']];
}
