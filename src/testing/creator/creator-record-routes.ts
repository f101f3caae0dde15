import { json } from '../products.js';
import type { Route } from '../router.js';
import { admit, CREATOR_ERRORS, jsonBody } from './creator-answers.js';
import { CriteriaSyntaxError, parseCriteria, type Predicate } from './creator-criteria.js';
import type { CreatorState, SimCreatorRecord, SimForm, SimReport } from './creator-state.js';
import { uniqueValues, validateRow } from './creator-validation.js';

const DATA = '/creator/v2.1/data/{account_owner_name}/{app_link_name}';
// Zoho: "A maximum of 200 records can be added / processed per request" (codes 3950, 3960).
const MAX_WRITE = 200;
// v2.1 Get Records takes max_records 200 (default), 500 or 1000.
const PAGE_SIZES = new Set([200, 500, 1000]);
// Batch results carry code 3001 for a record that failed (spec/creator.yaml, CreatorCode).
const RECORD_FAILED = 3001;

/** Get, update and delete records through reports; add them through forms. */
export function creatorRecordRoutes(state: CreatorState): Route[] {
  return [
    {
      method: 'GET',
      path: `${DATA}/report/{report_link_name}`,
      auth: true,
      handle: ({ request, url, params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.READ', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const size = Number(url.searchParams.get('max_records') ?? 200);
        if (!PAGE_SIZES.has(size)) return CREATOR_ERRORS.tooManyToFetch();
        const predicate = criteriaOf(url.searchParams.get('criteria'));
        if (predicate instanceof Response) return predicate;
        const cursorToken = request.headers.get('record_cursor');
        let afterId: string | undefined;
        if (cursorToken) {
          const cursor = state.cursors.get(cursorToken);
          if (!cursor || cursor.report !== found) return CREATOR_ERRORS.badParameter('record_cursor', 'unknown or for another report');
          afterId = cursor.afterId;
        }
        const page: SimCreatorRecord[] = [];
        let more = false;
        for (const record of matching(found.form, predicate, afterId)) {
          if (page.length === size) {
            more = true;
            break;
          }
          page.push(record);
        }
        if (page.length === 0) return CREATOR_ERRORS.noRecords();
        const pick = projection(url.searchParams.get('field_config'), url.searchParams.get('fields'));
        const headers: Record<string, string> = more ? { record_cursor: state.newCursor({ report: found, afterId: page.at(-1)!.ID }) } : {};
        return json({ code: 3000, data: page.map(pick) }, 200, headers);
      },
    },
    {
      method: 'GET',
      path: `${DATA}/report/{report_link_name}/{record_id}`,
      auth: true,
      handle: ({ url, params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.READ', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const record = found.form.records.get(params['record_id']!);
        if (!record) return CREATOR_ERRORS.noRecord();
        return json({ code: 3000, data: projection(url.searchParams.get('field_config'), url.searchParams.get('fields'))(record) });
      },
    },
    {
      method: 'PATCH',
      path: `${DATA}/report/{report_link_name}`,
      auth: true,
      handle: async ({ request, url, params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.UPDATE', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const body = await jsonBody(request);
        if (typeof body?.['criteria'] !== 'string' || !isObject(body['data'])) return CREATOR_ERRORS.badBody('criteria and data are required');
        const values = body['data'];
        return processMatching(found, body['criteria'], url, (record) => {
          const errors = validateRow(found.form, values, { partial: true, taken: uniqueValues(found.form) });
          if (errors) return { code: RECORD_FAILED, data: { ID: record.ID }, error: errors, message: 'Data Validation Failed' };
          Object.assign(record, values, { ID: record.ID });
          return { code: 3000, data: resultData(record, body['result']), message: 'Data Updated Successfully!' };
        });
      },
    },
    {
      method: 'DELETE',
      path: `${DATA}/report/{report_link_name}`,
      auth: true,
      handle: async ({ request, url, params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.DELETE', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const body = await jsonBody(request);
        if (typeof body?.['criteria'] !== 'string') return CREATOR_ERRORS.badBody('criteria is required');
        return processMatching(found, body['criteria'], url, (record) => {
          found.form.records.delete(record.ID);
          return { code: 3000, data: { ID: record.ID }, message: 'Record Deleted Successfully!' };
        });
      },
    },
    {
      method: 'PATCH',
      path: `${DATA}/report/{report_link_name}/{record_id}`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.UPDATE', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const body = await jsonBody(request);
        if (!isObject(body?.['data'])) return CREATOR_ERRORS.badBody('data is required');
        const record = found.form.records.get(params['record_id']!);
        if (!record) return CREATOR_ERRORS.noRecord();
        const values = body['data'];
        const errors = validateRow(found.form, values, { partial: true, taken: uniqueValues(found.form) });
        // A single-record write that fails validation is the request's own error (HTTP 200).
        if (errors) return json({ code: 3070, message: 'Data Validation Failed', error: errors });
        Object.assign(record, values, { ID: record.ID });
        return json({ code: 3000, data: resultData(record, body['result']), message: 'Data Updated Successfully!' });
      },
    },
    {
      method: 'DELETE',
      path: `${DATA}/report/{report_link_name}/{record_id}`,
      auth: true,
      handle: ({ params, token }) => {
        const found = reportOf(admit(state, token, 'ZohoCreator.report.DELETE', params['account_owner_name']!, params['app_link_name']!), params);
        if (found instanceof Response) return found;
        const id = params['record_id']!;
        if (!found.form.records.delete(id)) return CREATOR_ERRORS.noRecord();
        return json({ code: 3000, data: { ID: id }, message: 'Record Deleted Successfully!' });
      },
    },
    {
      method: 'POST',
      path: `${DATA}/form/{form_link_name}`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const app = admit(state, token, 'ZohoCreator.form.CREATE', params['account_owner_name']!, params['app_link_name']!);
        if (app instanceof Response) return app;
        const form = app.forms.get(params['form_link_name']!);
        if (!form) return CREATOR_ERRORS.noForm();
        const body = await jsonBody(request);
        const data = body?.['data'];
        // `data` is an array of records or one record.
        const rows = Array.isArray(data) ? data : isObject(data) ? [data] : undefined;
        if (!rows || rows.length === 0) return CREATOR_ERRORS.badBody('data is required');
        if (rows.length > MAX_WRITE) return CREATOR_ERRORS.tooManyToAdd();
        const taken = uniqueValues(form);
        const result = rows.map((row: unknown) => {
          if (!isObject(row)) return { code: RECORD_FAILED, error: 'Each record must be a JSON object', message: 'Data not added' };
          const errors = validateRow(form, row, { partial: false, taken });
          if (errors) return { code: RECORD_FAILED, error: errors, message: 'Data Validation Failed' };
          const record: SimCreatorRecord = { ...row, ID: state.newId() };
          form.records.set(record.ID, record);
          for (const [field, values] of taken) if (row[field] !== undefined) values.add(String(row[field]));
          return { code: 3000, data: resultData(record, body?.['result']), message: 'Data Added Successfully!' };
        });
        return json({ code: 3000, result });
      },
    },
  ];
}

export function reportOf(app: ReturnType<typeof admit>, params: Record<string, string>): SimReport | Response {
  if (app instanceof Response) return app;
  return app.reports.get(params['report_link_name']!) ?? CREATOR_ERRORS.noReport();
}

export function criteriaOf(source: string | null): Predicate | Response {
  if (source === null || source.trim() === '') return () => true;
  try {
    return parseCriteria(source);
  } catch (error) {
    if (error instanceof CriteriaSyntaxError) return CREATOR_ERRORS.badParameter('criteria', error.message);
    throw error;
  }
}

/** The form's records matching `predicate`, in ID order, after `afterId` when given. */
export function* matching(form: SimForm, predicate: Predicate, afterId?: string): Generator<SimCreatorRecord> {
  for (const record of form.records.values()) {
    if (afterId !== undefined && BigInt(record.ID) <= BigInt(afterId)) continue;
    if (predicate(record)) yield record;
  }
}

/**
 * Update and delete by criteria: at most 200 matching records per call. More than that is
 * code 3960 unless `process_until_limit=true`, which handles the first 200 and says
 * `more_records` (Zoho's status-code page).
 */
function processMatching(report: SimReport, criteria: string, url: URL, apply: (record: SimCreatorRecord) => Record<string, unknown>): Response {
  const predicate = criteriaOf(criteria);
  if (predicate instanceof Response) return predicate;
  const untilLimit = url.searchParams.get('process_until_limit') === 'true';
  const targets: SimCreatorRecord[] = [];
  let more = false;
  for (const record of matching(report.form, predicate)) {
    if (targets.length === MAX_WRITE) {
      more = true;
      break;
    }
    targets.push(record);
  }
  if (targets.length === 0) return CREATOR_ERRORS.noRecords();
  if (more && !untilLimit) return CREATOR_ERRORS.tooManyToProcess();
  const result = targets.map(apply);
  return json({ code: 3000, result, ...(untilLimit ? { more_records: more } : {}) });
}

/** `field_config` / `fields`: the whole record, or ID plus the fields asked for. */
function projection(fieldConfig: string | null, fields: string | null): (record: SimCreatorRecord) => Record<string, unknown> {
  if (fieldConfig !== 'custom' || !fields) return (record) => ({ ...record });
  const wanted = fields.split(',').map((field) => field.trim()).filter(Boolean);
  return (record) => {
    const out: Record<string, unknown> = { ID: record.ID };
    for (const field of wanted) if (field in record) out[field] = record[field];
    return out;
  };
}

/** A write result's `data`: the ID, plus the fields `result.fields` asked for. */
function resultData(record: SimCreatorRecord, result: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = { ID: record.ID };
  const fields = isObject(result) && Array.isArray(result['fields']) ? result['fields'] : [];
  for (const field of fields) if (typeof field === 'string' && field in record) data[field] = record[field];
  return data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
