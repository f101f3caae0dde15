/**
 * The one per-item result of every write that answers item by item, in every product:
 * CRM records, notes, attachments, tags and watch channels, Creator rows, bulk-write rows.
 * Partial failure is data: some items succeed while others fail, in input order.
 */
import type { ZohoError } from './errors.js';

/**
 * Whether a write is in Zoho's data: `true` stored (or deleted) as sent; `false` not applied;
 * `'unknown'` when neither Zoho's answer nor a read-back can tell (a create whose answer was
 * lost, with no unique field to look it up by).
 */
export type Applied = true | false | 'unknown';

/** Why one item was not written, with the same fields in every product. */
export interface ItemError {
  /**
   * The product's code for this item: CRM's `INVALID_DATA`, `MANDATORY_NOT_FOUND`...;
   * Creator's numeric code as text (`'3001'`); the failed request's code when `cause` is set.
   */
  code: string;
  message: string;
  /** The field at fault, when Zoho names it: CRM's `api_name`, Creator's field link name, Desk's `fieldName`. */
  field: string | undefined;
  /** Where in the batch Zoho found the fault (`$.data[3].Email`), batch-relative as Zoho sent it. */
  jsonPath: string | undefined;
  /** Zoho's own details of the error, as sent. */
  details: unknown;
  /** Set when the request carrying this item failed as a whole (network, auth, limits...). */
  cause?: ZohoError;
}

/** One item written. `Extra` is what the product adds (CRM's `action`, Creator's `data`). */
export type ItemSuccess<Extra extends object = object> = {
  ok: true;
  applied: true;
  id: string;
  message: string;
  /** Zoho's answer for this item, as sent. */
  raw: unknown;
} & Extra;

/** One item not written, or not known to be. */
export interface ItemFailure {
  ok: false;
  /** `false`: not applied; `'unknown'`: it may have been (see Applied). */
  applied: false | 'unknown';
  /** The item's id, when the input or Zoho's answer names it. */
  id: string | undefined;
  error: ItemError;
  /** Zoho's answer for this item, as sent (`undefined` when there was none). */
  raw: unknown;
}

/** The outcome for one input item, in input order. */
export type ItemResult<Extra extends object = object> = ItemSuccess<Extra> | ItemFailure;

/** An ItemError from a code, a message and Zoho's details (`{ api_name, json_path }`, `fieldName`...). */
export function itemErrorOf(code: string | number | undefined, message: string, details: unknown): ItemError {
  const where = (typeof details === 'object' && details !== null ? details : {}) as { api_name?: unknown; json_path?: unknown; fieldName?: unknown };
  const field = typeof where.api_name === 'string' ? where.api_name : typeof where.fieldName === 'string' ? where.fieldName : undefined;
  return {
    code: code === undefined ? 'UNKNOWN' : String(code),
    message,
    field,
    jsonPath: typeof where.json_path === 'string' ? where.json_path : undefined,
    details,
  };
}

/**
 * Every item of a request that failed as a whole, each carrying that request's error as its
 * cause. An attempt whose answer was lost (`maybeApplied`) may have been carried out.
 */
export function failedItems(error: ZohoError, ids: readonly (string | undefined)[]): ItemFailure[] {
  return ids.map((id) => ({
    ok: false,
    applied: error.maybeApplied ? 'unknown' : false,
    id,
    error: { ...itemErrorOf(error.code ?? error.name, error.message, undefined), cause: error },
    raw: undefined,
  }));
}

/** The failed items of a batch with their input positions. */
export function failuresOf(results: readonly ItemResult[]): { index: number; failure: ItemFailure }[] {
  return results.flatMap((result, index) => (result.ok ? [] : [{ index, failure: result }]));
}
