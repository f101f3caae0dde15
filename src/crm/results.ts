import type { components } from '../../generated/crm.js';
import { ZohoError } from '../errors.js';
import type { CrmErrorDetails } from './crm-types.js';

type ActionResult = components['schemas']['ActionResult'];

/**
 * What happened to one record of a write. `upsert`: the record is stored with the values
 * sent, as a read-back showed, but whether it was inserted or updated is not known.
 */
export type WriteAction = 'insert' | 'update' | 'delete' | 'upsert';

/**
 * Whether a write is in Zoho's data: `true` stored (or deleted) as sent; `false` not
 * applied (absent, or left as it was); `'unknown'` when neither Zoho's answer nor a read-back
 * can tell (a create whose answer was lost, with no unique field to look it up by).
 */
export type Applied = true | false | 'unknown';

/** One record written. */
export interface WriteSuccess {
  ok: true;
  applied: true;
  /** Set when the answer was lost and a read-back found the record as sent. */
  reconciled?: true;
  id: string;
  action: WriteAction;
  /** Upsert updates: the field that matched the existing record (`Email`...). */
  duplicateField?: string | null;
  message: string;
  /** Zoho's details: `id`, `Created_Time`, `Created_By`, `Modified_Time`, `Modified_By`. */
  details: components['schemas']['SuccessDetails'];
}

/** Why one record was not written. */
export interface RecordError {
  /** Zoho's code (`MANDATORY_NOT_FOUND`, `INVALID_DATA`, `DUPLICATE_DATA`...), or the failed request's code. */
  code: string;
  message: string;
  /** The field at fault, when Zoho names it. */
  apiName: string | undefined;
  /** Where in the batch Zoho found the fault (`$.data[3].Email`); batch-relative as Zoho sent it. */
  jsonPath: string | undefined;
  details: CrmErrorDetails | undefined;
  /** Set when the request carrying this record failed as a whole (network, auth, limits...). */
  cause?: ZohoError;
}

/** One record not written, or not known to be. */
export interface WriteFailure {
  ok: false;
  /** `false`: not applied; `'unknown'`: it may have been (see Applied). */
  applied: false | 'unknown';
  error: RecordError;
}

/** The outcome for one input item of a batch write, in input order. */
export type WriteResult = WriteSuccess | WriteFailure;

/**
 * Thrown by writes with `dieOnError: true` (and by `record.save()`) when any item failed.
 * It carries every result, in input order, so the successful part is not lost.
 */
export class ZohoWriteError extends ZohoError {
  override name = 'ZohoWriteError';
  readonly results: WriteResult[];
  /** The failed items, with their input positions; `applied: 'unknown'` ones may be stored. */
  readonly failures: { index: number; applied: false | 'unknown'; error: RecordError }[];
  /** How many items are known applied, known not applied, and unknown. */
  readonly applied: { true: number; false: number; unknown: number };

  constructor(moduleName: string, results: WriteResult[]) {
    const failures = results.flatMap((result, index) => (result.ok ? [] : [{ index, applied: result.applied, error: result.error }]));
    const unknown = failures.filter((f) => f.applied === 'unknown').length;
    const first = failures[0];
    const where = first ? ` (first: input ${first.index}, ${first.error.code}${first.error.apiName ? ` on ${first.error.apiName}` : ''}: ${first.error.message})` : '';
    const unsure = unknown > 0 ? `; ${unknown} may have been written (applied: 'unknown')` : '';
    super(`crm: ${failures.length} of ${results.length} ${moduleName} records were not written${unsure}${where}`, {
      product: 'crm',
      code: first?.error.code,
      details: first?.error.details,
      status: first?.error.cause?.status,
    });
    this.results = results;
    this.failures = failures;
    this.applied = { true: results.length - failures.length, false: failures.length - unknown, unknown };
  }
}

/** Turns Zoho's per-item results (`data[]`) into WriteResults for `count` inputs. */
export function toWriteResults(items: readonly unknown[] | undefined, count: number, action: WriteAction): WriteResult[] {
  return Array.from({ length: count }, (_, index) => {
    const item = items?.[index] as ActionResult | undefined;
    if (!item) return missing(index);
    if (item.status === 'success') {
      const id = item.details.id;
      if (typeof id !== 'string') return missing(index);
      const success: WriteSuccess = { ok: true, applied: true, id, action: item.action ?? action, message: item.message, details: item.details };
      if (item.duplicate_field !== undefined) success.duplicateField = item.duplicate_field;
      return success;
    }
    return { ok: false, applied: false, error: recordError(item.code, item.message, item.details) };
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
  const failure: WriteFailure = {
    ok: false,
    applied: false,
    error: { code: String(error.code ?? error.name), message: error.message, apiName: undefined, jsonPath: undefined, details: undefined, cause: error },
  };
  return Array.from({ length: count }, () => failure);
}

export function recordError(code: unknown, message: unknown, details: unknown): RecordError {
  const d = (typeof details === 'object' && details !== null ? details : undefined) as CrmErrorDetails | undefined;
  return {
    code: String(code ?? 'UNKNOWN'),
    message: typeof message === 'string' ? message : 'the record was not written',
    apiName: typeof d?.api_name === 'string' ? d.api_name : undefined,
    jsonPath: typeof d?.json_path === 'string' ? d.json_path : undefined,
    details: d,
  };
}

function isItem(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

function missing(index: number): WriteFailure {
  return { ok: false, applied: 'unknown', error: { code: 'NO_RESULT', message: `Zoho returned no result for item ${index} of the batch`, apiName: undefined, jsonPath: undefined, details: undefined } };
}
