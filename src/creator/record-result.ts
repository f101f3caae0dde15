import type { components } from '../../generated/creator.js';
import type { ZohoError } from '../errors.js';
import { failedItems, itemErrorOf, type ItemFailure, type ItemResult } from '../item-result.js';
import type { CreatorRecord, CreatorRecordError } from './creator-types.js';

/** What a Creator write adds to the one ItemResult: the record's `ID` plus any `resultFields`. */
export interface CreatorWriteExtra {
  data: CreatorRecord;
}

/** The outcome for one record of a Creator write, in input (or Zoho's) order. */
export type CreatorWriteResult = ItemResult<CreatorWriteExtra>;

/**
 * The results of a write by criteria (update, delete), one per record it touched. An array,
 * plus `moreRecords`: matching records remain (with `processUntilLimit`, Creator processes
 * 200 and says so).
 */
export type CreatorWriteResults = CreatorWriteResult[] & { moreRecords: boolean };

// Creator's per-record success code; anything else is a failure (Creator "API Status Codes").
const SUCCESS = 3000;

/** One entry of Zoho's `result` array as an ItemResult; Creator's numeric code becomes text. */
export function toWriteResult(result: components['schemas']['RecordResult']): CreatorWriteResult {
  const data = result.data;
  const id = typeof data?.ID === 'string' ? data.ID : undefined;
  if (result.code === SUCCESS && data !== undefined && id !== undefined) {
    return { ok: true, applied: true, id, message: result.message ?? '', raw: result, data };
  }
  // "Data Validation Failed" alone does not say what to fix: add which field and why.
  const message = [result.message, describe(result.error)].filter((part) => part !== undefined && part !== '').join(': ') || `Creator answered code ${result.code} for this record`;
  const error = itemErrorOf(result.code, message, result.error);
  return { ok: false, applied: false, id, error: { ...error, field: fieldOf(result.error) }, raw: result };
}

/** Results of a write by criteria, with whether more matching records remain. */
export function writeResults(results: CreatorWriteResult[], moreRecords: boolean): CreatorWriteResults {
  return Object.assign(results, { moreRecords });
}

/**
 * The rows of an add that never got an answer: the batch whose request failed as a whole
 * (applied `'unknown'` when that request may have been carried out) and, `false`, those after
 * it that were not sent. Each carries the request's error as `cause`.
 */
export function unanswered(error: ZohoError, failed: number, notSent: number): ItemFailure[] {
  const none = (count: number) => Array.from({ length: count }, (): undefined => undefined);
  return [...failedItems(error, none(failed)), ...failedItems(error, none(notSent)).map((item) => ({ ...item, applied: false as const }))];
}

/** The field link name when Zoho's error names exactly one field (`{ Email: 'Enter a valid...' }`). */
function fieldOf(error: CreatorRecordError | undefined): string | undefined {
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  const fields = Object.keys(error);
  return fields.length === 1 ? fields[0] : undefined;
}

function describe(error: CreatorRecordError | undefined): string | undefined {
  if (error === undefined) return undefined;
  if (typeof error === 'string') return error;
  if (Array.isArray(error)) return error.join('; ');
  return Object.entries(error).map(([field, message]) => `${field}: ${String(message)}`).join('; ');
}
