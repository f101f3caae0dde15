import { ZohoError } from '../../errors.js';
import { idempotentHeader } from '../../http/handler.js';
import { coql } from './coql.js';
import { criteria } from '../criteria.js';
import type { CrmRecordData, FieldValues } from '../crm-types.js';
import type { Module } from '../module.js';
import type { WriteAction, WriteResult, WriteSuccess } from '../results.js';
import { itemErrorOf, type ItemError, type ItemFailure } from '../../item-result.js';

/**
 * Reading back what a write did when its answer was lost.
 *
 * A request that was sent and never answered (connection cut after sending, our timeout)
 * may have been carried out. Reporting it failed would be a lie half the time, so when
 * such a write ends in failure we look: an upsert or a create by its sync key (COQL
 * `where key in (...)`), an update by its ids, a delete by checking the ids are gone. Where
 * no lookup is possible (a create without a unique field to find it by), the row's outcome
 * is `'unknown'`, never `false`.
 */

/** What one batch sent: the action, one payload per item, and the field that finds a row. */
export interface SentBatch {
  action: 'insert' | 'update' | 'upsert' | 'delete';
  /** Field values (insert, update, upsert) or ids (delete), in input order. */
  payloads: readonly (FieldValues | string)[];
  /** insert/upsert: a unique field whose value finds the stored row. */
  syncKey: string | undefined;
  signal: AbortSignal | null;
}

// Zoho COQL: at most 50 values in an `in` list, 50 selected fields; CRM reads 100 ids per call.
const COQL_IN_VALUES = 50;
const COQL_FIELDS = 50;
const IDS_PER_READ = 100;

/**
 * The truth about every item of a batch whose request failed after an unanswered attempt:
 * one result per item, in input order. `error` is the request's final error.
 */
export async function reconcileBatch(module: Module, sent: SentBatch, error: ZohoError): Promise<WriteResult[]> {
  const cause = (code: string, message: string): ItemError => ({ ...itemErrorOf(code, message, undefined), cause: error });
  const unknown = (why: string): ItemFailure => ({ ok: false, applied: 'unknown', id: undefined, error: cause(String(error.code ?? error.name), `${error.message}; ${why}`), raw: undefined });
  const absent: ItemFailure = { ok: false, applied: false, id: undefined, error: cause(String(error.code ?? error.name), `${error.message}; a read-back shows it was not applied`), raw: undefined };

  let found: (CrmRecordData | undefined | 'unknown')[];
  try {
    found = await readBack(module, sent);
  } catch (readError) {
    // The read-back failed too: we know no more than before. Recorded in each result.
    if (!(readError instanceof ZohoError)) throw readError;
    return sent.payloads.map(() => unknown(`reading back failed too (${readError.message}), so whether it was applied is unknown`));
  }
  return sent.payloads.map((payload, i) => {
    const stored = found[i];
    if (stored === 'unknown') return unknown('nothing identifies the row to read it back, so whether it was applied is unknown');
    if (sent.action === 'delete') return stored === undefined ? confirmed(String(payload), 'delete', undefined) : absent;
    if (stored === undefined) return absent;
    return holds(stored, payload as FieldValues) ? confirmed(String(stored.id), actionOf(sent.action), stored) : absent;
  });
}

/**
 * Items whose delete failed in an answer that followed an unanswered attempt: an earlier
 * attempt may have deleted them, and the retry then found nothing to delete. A read-back
 * tells which are gone.
 */
export async function reconcileDeletes(module: Module, ids: readonly string[], results: WriteResult[], signal: AbortSignal | null): Promise<WriteResult[]> {
  const failed = results.flatMap((result, i) => (result.ok ? [] : [i]));
  if (failed.length === 0) return results;
  let found: (CrmRecordData | undefined | 'unknown')[];
  try {
    found = await readIds(module, failed.map((i) => ids[i]!), ['Modified_Time'], signal);
  } catch (readError) {
    if (!(readError instanceof ZohoError)) throw readError;
    return results.map((result) => (result.ok ? result : { ...result, applied: 'unknown' }));
  }
  const out = [...results];
  failed.forEach((index, k) => {
    if (found[k] === undefined) out[index] = confirmed(ids[index]!, 'delete', undefined);
  });
  return out;
}

async function readBack(module: Module, sent: SentBatch): Promise<(CrmRecordData | undefined | 'unknown')[]> {
  if (sent.action === 'delete') return readIds(module, sent.payloads as string[], ['Modified_Time'], sent.signal);
  const rows = sent.payloads as FieldValues[];
  const fields = fieldsOf(rows);
  if (sent.action === 'update') return readIds(module, rows.map((row) => String(row['id'])), fields, sent.signal);
  const key = sent.syncKey;
  if (key === undefined) return rows.map(() => 'unknown');
  return readByKey(module, key, rows, fields, sent.signal);
}

/** The records of `ids` (undefined where none exists), through the list read by ids. */
async function readIds(module: Module, ids: readonly string[], fields: readonly string[], signal: AbortSignal | null): Promise<(CrmRecordData | undefined)[]> {
  const byId = new Map<string, CrmRecordData>();
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    const batch = ids.slice(start, start + IDS_PER_READ);
    const page = await module.records.list({ ids: batch, fields, perPage: IDS_PER_READ, ...(signal ? { signal } : {}) });
    for (const record of page.items) if (typeof record.id === 'string') byId.set(record.id, record);
  }
  return ids.map((id) => byId.get(id));
}

/** The stored row holding each row's `key` value (COQL, 50 values a query). */
async function readByKey(module: Module, key: string, rows: readonly FieldValues[], fields: readonly string[], signal: AbortSignal | null): Promise<(CrmRecordData | undefined | 'unknown')[]> {
  const values = rows.map((row) => row[key]);
  const wanted = [...new Set(values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number'))];
  const wide = ['id', ...new Set([key, ...fields])];
  const selected = wide.slice(0, COQL_FIELDS);
  const byKey = new Map<string, CrmRecordData[]>();
  for (let start = 0; start < wanted.length; start += COQL_IN_VALUES) {
    const query = coql.select(...selected).from(module.apiName).where(criteria.in(key, wanted.slice(start, start + COQL_IN_VALUES))).limit(2_000);
    // A read, safe to repeat although COQL travels as a POST.
    const { data } = await module.crm.api.POST('/crm/v8/coql', { body: { select_query: String(query) }, headers: idempotentHeader(true), signal });
    for (const record of (data?.data ?? []) as CrmRecordData[]) {
      const at = String(record[key]);
      byKey.set(at, [...(byKey.get(at) ?? []), record]);
    }
  }
  // The fields past COQL's 50 are read by id and merged in: a row is judged on every value sent.
  const rest = wide.slice(COQL_FIELDS);
  const candidates = [...byKey.values()].flat();
  if (rest.length > 0 && candidates.length > 0) {
    const extra = await readIds(module, candidates.map((record) => String(record.id)), rest, signal);
    candidates.forEach((record, i) => Object.assign(record, extra[i]));
  }
  return rows.map((row, i) => {
    const value = values[i];
    if (typeof value !== 'string' && typeof value !== 'number') return 'unknown';
    const candidates = byKey.get(String(value)) ?? [];
    return candidates.find((record) => holds(record, row)) ?? candidates[0];
  });
}

/**
 * Field names sent, for the read-back to select, and Modified_Time for the details of a
 * confirmed result. All of them: a row is confirmed only when every value sent is stored.
 */
function fieldsOf(rows: readonly FieldValues[]): string[] {
  const names = new Set<string>(['Modified_Time']);
  for (const row of rows) for (const name of Object.keys(row)) if (name !== 'id' && /^[A-Za-z0-9_$]+$/.test(name)) names.add(name);
  return [...names];
}

/** Whether `stored` carries every value of `sent` (lookups compared by id, numbers by value). */
export function holds(stored: CrmRecordData, sent: FieldValues): boolean {
  return Object.entries(sent).every(([name, value]) => name === 'id' || same(value, (stored as FieldValues)[name]));
}

function same(sent: unknown, stored: unknown): boolean {
  if (sent === stored) return true;
  if (sent === null || sent === undefined || sent === '') return stored === null || stored === undefined || stored === '';
  if (typeof sent !== 'object') return stored !== null && typeof stored !== 'object' && String(sent) === String(stored);
  if (Array.isArray(sent)) return Array.isArray(stored) && sent.length === stored.length && sent.every((v, i) => same(v, stored[i]));
  const id = (sent as { id?: unknown }).id;
  if (id !== undefined) return typeof stored === 'object' && stored !== null && String((stored as { id?: unknown }).id) === String(id);
  return JSON.stringify(sent) === JSON.stringify(stored);
}

function actionOf(action: SentBatch['action']): WriteAction {
  return action === 'upsert' ? 'upsert' : action;
}

function confirmed(id: string, action: WriteAction, stored: CrmRecordData | undefined): WriteSuccess {
  const details: WriteSuccess['details'] = { id };
  if (stored && typeof stored['Modified_Time'] === 'string') details.Modified_Time = stored['Modified_Time'];
  return { ok: true, applied: true, reconciled: true, id, action, message: 'the answer was lost; a read-back confirmed it', details, raw: undefined };
}
