import type { components } from '../../generated/creator.js';
import type { ZohoError } from '../errors.js';
import type { CreatorRecord, CreatorRecordError } from './creator-types.js';

/** The outcome for one record of a batch write, aligned with what was sent. */
export type CreatorRowResult = CreatorRowSuccess | CreatorRowFailure;

export interface CreatorRowSuccess {
  ok: true;
  id: string;
  /** The record's `ID` plus any fields asked for with `resultFields`. */
  data: CreatorRecord;
  message: string | undefined;
}

export interface CreatorRowFailure {
  ok: false;
  /**
   * Creator's code for this record (e.g. 3001), or the code of the request that carried it
   * when the whole request failed (then `cause` holds that error).
   */
  code: number | string | undefined;
  message: string;
  /** The record's ID when Zoho names it (update and delete results do). */
  id: string | undefined;
  /** Zoho's `error`: a text, texts, or field link name → message (validation). */
  errors: CreatorRecordError | undefined;
  /** Set when the request itself failed: this row's fate is that request's error. */
  cause?: ZohoError;
}

// Creator's per-record success code; anything else is a failure (Creator "API Status Codes").
const SUCCESS = 3000;

/** Turns one entry of Zoho's `result` array into a CreatorRowResult. */
export function toRowResult(result: components['schemas']['RecordResult']): CreatorRowResult {
  const id = typeof result.data?.ID === 'string' ? result.data.ID : undefined;
  if (result.code === SUCCESS && id !== undefined) {
    return { ok: true, id, data: result.data ?? { ID: id }, message: result.message };
  }
  return {
    ok: false,
    code: result.code,
    message: result.message ?? describe(result.error) ?? `Creator answered code ${result.code} for this record`,
    id,
    errors: result.error,
  };
}

/** Every row of a request that failed as a whole, marked with that request's error. */
export function failedRows(count: number, error: ZohoError): CreatorRowFailure[] {
  return Array.from({ length: count }, () => ({ ok: false, code: error.code, message: error.message, id: undefined, errors: undefined, cause: error }));
}

function describe(error: CreatorRecordError | undefined): string | undefined {
  if (error === undefined) return undefined;
  if (typeof error === 'string') return error;
  if (Array.isArray(error)) return error.join('; ');
  return Object.entries(error).map(([field, message]) => `${field}: ${String(message)}`).join('; ');
}
