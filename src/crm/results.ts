import type { components } from '../../generated/crm.js';
import { ZohoError } from '../errors.js';
import { itemErrorOf, type ItemError, type ItemFailure, type ItemResult, type ItemSuccess } from '../item-result.js';

type ActionResult = components['schemas']['ActionResult'];

/**
 * What happened to one record of a write. `upsert`: the record is stored with the values
 * sent, as a read-back showed, but whether it was inserted or updated is not known.
 */
export type WriteAction = 'insert' | 'update' | 'delete' | 'upsert';

/** What CRM adds to a record written: the action and Zoho's details of the stored record. */
export interface CrmWriteExtra {
  action: WriteAction;
  /** Set when the answer was lost and a read-back found the record as sent. */
  reconciled?: true;
  /** Upsert updates: the field that matched the existing record (`Email`...). */
  duplicateField?: string | null;
  /** Zoho's details: `id`, `Created_Time`, `Created_By`, `Modified_Time`, `Modified_By`. */
  details: components['schemas']['SuccessDetails'];
}

/** One record written. */
export type WriteSuccess = ItemSuccess<CrmWriteExtra>;

/** The outcome for one input record of a batch write, in input order: the one ItemResult. */
export type WriteResult = ItemResult<CrmWriteExtra>;

/** Turns Zoho's per-item results (`data[]`) into WriteResults for `count` inputs. */
export function toWriteResults(items: readonly unknown[] | undefined, count: number, action: WriteAction): WriteResult[] {
  return Array.from({ length: count }, (_, index) => {
    const item = items?.[index] as ActionResult | undefined;
    if (!item) return missing(index);
    if (item.status === 'success') {
      const id = item.details.id;
      if (typeof id !== 'string') return missing(index);
      const success: WriteSuccess = { ok: true, applied: true, id, action: item.action ?? action, message: item.message, details: item.details, raw: item };
      if (item.duplicate_field !== undefined) success.duplicateField = item.duplicate_field;
      return success;
    }
    return { ok: false, applied: false, id: undefined, error: recordError(item.code, item.message, item.details), raw: item };
  });
}

/**
 * The results of a request that failed as a whole. When Zoho refused every item (HTTP 400
 * with one error per item in `data`), those per-item errors are the results; otherwise each
 * item carries the request's error as its cause.
 */
export function failedBatch(error: unknown, count: number, action: WriteAction): WriteResult[] {
  if (!(error instanceof ZohoError)) throw error;
  if (Array.isArray(error.details) && error.details.length === count && error.details.every(isItem)) {
    return toWriteResults(error.details, count, action);
  }
  const failure: ItemFailure = {
    ok: false,
    applied: false,
    id: undefined,
    error: { ...itemErrorOf(error.code ?? error.name, error.message, undefined), cause: error },
    raw: undefined,
  };
  return Array.from({ length: count }, () => failure);
}

export function recordError(code: unknown, message: unknown, details: unknown): ItemError {
  return itemErrorOf(typeof code === 'string' || typeof code === 'number' ? code : undefined, typeof message === 'string' ? message : 'the record was not written', details);
}

function isItem(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

function missing(index: number): ItemFailure {
  return { ok: false, applied: 'unknown', id: undefined, error: itemErrorOf('NO_RESULT', `Zoho returned no result for item ${index} of the batch`, undefined), raw: undefined };
}
