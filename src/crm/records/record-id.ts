import { ZohoError } from '../../errors.js';
import type { CrmRecord } from './record.js';

/**
 * The id of a saved record. Notes, files, related records and record actions exist only
 * for a record CRM knows, so a new (unsaved) record fails here, before any request.
 */
export function savedId(record: CrmRecord, what: string): string {
  const id = record.id;
  if (id === undefined || id === '') {
    throw new ZohoError(`crm: ${what} needs a saved ${record.module.apiName} record; this one has no id yet (save it first)`, { product: 'crm' });
  }
  return id;
}
