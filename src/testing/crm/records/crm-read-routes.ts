import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { crmJson, failWith, jsonOf, noContent, recordError, requiredParam } from './crm-record-answers.js';
import { CoqlSyntaxError, parseCoql } from './crm-coql.js';
import { countConditions, fieldOf, matchRecord, valueAt, type MatchTree } from './crm-match.js';
import type { SimModule } from '../metadata/crm-metadata.js';
import { pageOf, sequenceOf, sortRecords, type SortKey } from './crm-pagination.js';
import type { CrmRecord } from './crm-record-map.js';
import { CriteriaSyntaxError, parseSearchCriteria } from './crm-search-criteria.js';
import type { CrmState } from '../crm-state.js';

const BASE = '/crm/v8';
// Zoho CRM limits: 50 fields per list read, 100 ids, 10 search conditions; COQL 50 fields,
// 2,000 rows per call and 100,000 rows through LIMIT/OFFSET.
const MAX_FIELDS = 50;
const MAX_IDS = 100;
const MAX_CONDITIONS = 10;
const COQL_MAX_FIELDS = 50;
const COQL_MAX_LIMIT = 2_000;
const COQL_MAX_ROWS = 100_000;
const SORT_KEYS = new Set<SortKey>(['id', 'Created_Time', 'Modified_Time']);

/** CRM record reads: list, get, search, count, deleted records and COQL. */
export function crmReadRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const moduleOf = (context: RouteContext): SimModule => {
    const module = crm.metadata.find(context.params['module_api_name'] ?? '');
    return module && !module.parent ? module : failWith('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
  };
  const charge = (context: RouteContext, credits = 1): void => crm.charge(context.token!.user, credits);

  return [
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}`,
      auth: true,
      handle: (context) => {
        const { url, request, token } = context;
        const module = moduleOf(context);
        charge(context);
        const fields = wantedFields(module, url.searchParams.get('fields'), true);
        if (fields instanceof Response) return fields;
        const stored = crm.module(module.api_name);
        const ids = url.searchParams.get('ids');
        const cvid = url.searchParams.get('cvid');
        const since = request.headers.get('if-modified-since');
        const sortBy = (url.searchParams.get('sort_by') ?? 'id') as SortKey;
        if (!SORT_KEYS.has(sortBy)) return recordError('INVALID_DATA', 'invalid data', { param_name: 'sort_by', supported_values: [...SORT_KEYS] });
        const descending = (url.searchParams.get('sort_order') ?? 'desc') !== 'asc';
        const query = JSON.stringify({ ids, cvid, since, sortBy, descending });
        if (ids === null && cvid === null && since === null) {
          // The whole module in one order: its sorted index, paged without a copy or a sort.
          const page = pageOf(crm, core.now(), sequenceOf(stored.sortedBy(sortBy), descending), url, { module: module.api_name, query, sortBy, descending, tokens: true });
          if (page instanceof Response) return page;
          if (page.records.length === 0) return noContent();
          return crmJson({ data: page.records.map((record) => pick(record, fields)), info: page.info }, 200, token);
        }
        let records: CrmRecord[];
        if (ids !== null) {
          const wanted = [...new Set(ids.split(',').map((id) => id.trim()).filter(Boolean))];
          if (wanted.length > MAX_IDS) return recordError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_IDS, param_name: 'ids' });
          // At most 100 lookups by id, whatever the module's size.
          records = wanted.flatMap((id) => stored.get(id) ?? []);
        } else {
          records = [...stored.values()];
        }
        if (cvid !== null) {
          const view = module.views.find((v) => v.id === cvid);
          if (!view) return recordError('INVALID_DATA', 'the custom view id given seems to be invalid', { param_name: 'cvid' });
          if (view.mine) {
            const me = crm.userFor(token!.user);
            records = records.filter((record) => (record['Owner'] as { id?: unknown } | undefined)?.id === me.id);
          }
        }
        if (since !== null && !Number.isNaN(Date.parse(since))) {
          const after = Date.parse(since);
          records = records.filter((record) => Date.parse(String(record['Modified_Time'])) > after);
          if (records.length === 0) return new Response(null, { status: 304 });
        }
        const sorted = sortRecords(records, sortBy, descending);
        const page = pageOf(crm, core.now(), sorted, url, { module: module.api_name, query, sortBy, descending, tokens: true });
        if (page instanceof Response) return page;
        if (page.records.length === 0) return noContent();
        return crmJson({ data: page.records.map((record) => pick(record, fields)), info: page.info }, 200, token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}/{record_id}`,
      auth: true,
      handle: (context) => {
        const module = moduleOf(context);
        charge(context);
        const fields = wantedFields(module, context.url.searchParams.get('fields'), false);
        if (fields instanceof Response) return fields;
        const record = crm.module(module.api_name).get(context.params['record_id'] ?? '');
        // Zoho answers a record that is not there (or no longer there) with 204.
        if (!record) return noContent();
        return crmJson({ data: [pick(record, fields)] }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}/search`,
      auth: true,
      handle: (context) => {
        const { url, token } = context;
        const module = moduleOf(context);
        charge(context);
        const filter = searchFilter(module, url);
        if (filter instanceof Response) return filter;
        const fields = wantedFields(module, url.searchParams.get('fields'), false);
        if (fields instanceof Response) return fields;
        const matched = [...crm.module(module.api_name).values()].filter(filter);
        const sorted = sortRecords(matched, 'id', false);
        // Search reaches 2,000 records at most and has no page_token.
        const page = pageOf(crm, core.now(), sorted, url, { module: module.api_name, query: url.search, sortBy: 'id', descending: false, tokens: false });
        if (page instanceof Response) return page;
        if (page.records.length === 0) return noContent();
        return crmJson({ data: page.records.map((record) => pick(record, fields)), info: page.info }, 200, token);
      },
    },
    ...(['GET', 'POST'] as const).map((method): Route => ({
      method,
      path: `${BASE}/{module_api_name}/actions/count`,
      auth: true,
      handle: (context) => {
        const module = moduleOf(context);
        charge(context);
        const { url } = context;
        const any = ['criteria', 'email', 'phone', 'word'].some((p) => url.searchParams.has(p));
        const filter = any ? searchFilter(module, url) : () => true;
        if (filter instanceof Response) return filter;
        let records = [...crm.module(module.api_name).values()];
        const cvid = url.searchParams.get('cvid');
        const view = cvid === null ? undefined : module.views.find((v) => v.id === cvid);
        if (view?.mine) {
          const me = crm.userFor(context.token!.user);
          records = records.filter((record) => (record['Owner'] as { id?: unknown } | undefined)?.id === me.id);
        }
        return crmJson({ count: records.filter(filter).length }, 200, context.token);
      },
    })),
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}/deleted`,
      auth: true,
      handle: (context) => {
        const module = moduleOf(context);
        charge(context);
        const type = context.url.searchParams.get('type') ?? 'all';
        const entries = crm.deletions
          .filter((entry) => entry.module === module.api_name && (type === 'all' || entry.type === type))
          .map(({ module: _module, ...entry }) => ({ ...entry, id: entry.id }) as unknown as CrmRecord)
          .reverse();
        const page = pageOf(crm, core.now(), entries, context.url, { module: module.api_name, query: 'deleted', sortBy: 'id', descending: true, tokens: false });
        if (page instanceof Response) return page;
        if (page.records.length === 0) return noContent();
        return crmJson({ data: page.records, info: page.info }, 200, context.token);
      },
    },
    {
      method: 'POST',
      path: `${BASE}/coql`,
      auth: true,
      handle: async (context) => {
        const body = (await jsonOf(context.request)) as { select_query?: unknown } | undefined;
        const text = body?.select_query;
        if (typeof text !== 'string' || text.trim() === '') return requiredParam('select_query');
        return runCoql(crm, context, text);
      },
    },
  ];
}

function runCoql(crm: CrmState, context: RouteContext, text: string): Response {
  let query;
  try {
    query = parseCoql(text);
  } catch (error) {
    if (!(error instanceof CoqlSyntaxError)) throw error;
    return recordError('SYNTAX_ERROR', `error occurred while parsing the query: ${error.message}`, { line: error.line, column: error.column, near: error.near });
  }
  // Zoho: 1 credit up to 200 rows, 2 up to 1,000, 3 up to 2,000.
  crm.charge(context.token!.user, query.limit <= 200 ? 1 : query.limit <= 1000 ? 2 : 3);
  const module = crm.metadata.find(query.module);
  if (!module || module.parent) return recordError('INVALID_QUERY', 'invalid query formed', { reason: 'the module name given seems to be invalid', module: query.module });
  if (query.fields.length > COQL_MAX_FIELDS) return recordError('LIMIT_EXCEEDED', `at most ${COQL_MAX_FIELDS} fields can be selected`, { limit: COQL_MAX_FIELDS, clause: 'select' });
  if (query.limit > COQL_MAX_LIMIT) return recordError('LIMIT_EXCEEDED', `LIMIT cannot exceed ${COQL_MAX_LIMIT}`, { limit: COQL_MAX_LIMIT, clause: 'limit' });
  if (query.offset + query.limit > COQL_MAX_ROWS) {
    return recordError('LIMIT_EXCEEDED', `OFFSET plus LIMIT cannot exceed ${COQL_MAX_ROWS}; narrow the query with WHERE (for example on id) or use a bulk read`, { limit: COQL_MAX_ROWS, clause: 'offset' });
  }
  const unknown = [...query.fields, ...query.orderBy.map((o) => o.field), ...(query.where ? fieldsIn(query.where) : [])].find((f) => !fieldOf(module, f));
  if (unknown !== undefined) return recordError('INVALID_QUERY', 'invalid query formed', { reason: 'the column given seems to be invalid', column_name: unknown });
  let rows = [...crm.module(module.api_name).values()];
  if (query.where) rows = rows.filter((record) => matchRecord(query.where!, record, module, 'id'));
  if (query.orderBy.length > 0) {
    rows.sort((a, b) => {
      for (const { field, descending } of query.orderBy) {
        const x = valueAt(a, field, 'name');
        const y = valueAt(b, field, 'name');
        const order = x === y ? 0 : x === undefined || x === null ? -1 : y === undefined || y === null ? 1 : typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        if (order !== 0) return descending ? -order : order;
      }
      return 0;
    });
  }
  const slice = rows.slice(query.offset, query.offset + query.limit);
  if (slice.length === 0) return noContent();
  const data = slice.map((record) => {
    const row: Record<string, unknown> = { id: record.id };
    // COQL answers a bare lookup with its id only; `Owner.name` gives the name.
    for (const field of query.fields) row[field] = field.includes('.') ? (valueAt(record, field, 'id') ?? null) : coqlValue(record[field]);
    return row;
  });
  return crmJson({ data, info: { count: data.length, more_records: query.offset + query.limit < rows.length } }, 200, context.token);
}

function coqlValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value) return { id: (value as { id: unknown }).id };
  return value ?? null;
}

function fieldsIn(tree: MatchTree): string[] {
  return tree.kind === 'condition' ? [tree.condition.field] : tree.parts.flatMap(fieldsIn);
}

/**
 * The `fields` parameter: required on list reads (REQUIRED_PARAM_MISSING), at most 50
 * (LIMIT_EXCEEDED), each a field of the module (INVALID_DATA names the first that is not).
 * Undefined means "all fields" (get and search may omit it).
 */
function wantedFields(module: SimModule, param: string | null, required: boolean): string[] | undefined | Response {
  if (param === null || param.trim() === '') return required ? requiredParam('fields') : undefined;
  const fields = [...new Set(param.split(',').map((f) => f.trim()).filter(Boolean))];
  if (fields.length > MAX_FIELDS) return recordError('LIMIT_EXCEEDED', `at most ${MAX_FIELDS} fields can be fetched at once`, { limit: MAX_FIELDS, param_name: 'fields' });
  const unknown = fields.find((field) => field !== 'id' && !module.fields.some((f) => f.api_name === field));
  if (unknown !== undefined) return recordError('INVALID_DATA', 'the field name given seems to be invalid', { api_name: unknown, param_name: 'fields' });
  return fields;
}

/** A record with the requested fields (every field of the module when none were named); empty ones are null. */
function pick(record: CrmRecord, fields: string[] | undefined): Record<string, unknown> {
  if (fields === undefined) return { ...record };
  const out: Record<string, unknown> = { id: record.id };
  for (const field of fields) out[field] = record[field] ?? null;
  return out;
}

/** A record filter from `criteria`, `email`, `phone` or `word` (exactly one), or Zoho's error. */
function searchFilter(module: SimModule, url: URL): ((record: CrmRecord) => boolean) | Response {
  const given = ['criteria', 'email', 'phone', 'word'].filter((p) => url.searchParams.has(p));
  if (given.length === 0) return requiredParam('criteria');
  if (given.length > 1) return recordError('INVALID_QUERY', 'invalid query formed', { reason: 'give only one of criteria, email, phone and word' });
  const param = given[0]!;
  const value = url.searchParams.get(param) ?? '';
  if (param === 'criteria') {
    let tree: MatchTree;
    try {
      tree = parseSearchCriteria(value);
    } catch (error) {
      if (!(error instanceof CriteriaSyntaxError)) throw error;
      return recordError('INVALID_QUERY', 'invalid query formed', { reason: error.message, position: error.position });
    }
    if (countConditions(tree) > MAX_CONDITIONS) return recordError('LIMIT_EXCEEDED', `at most ${MAX_CONDITIONS} conditions in a criteria`, { limit: MAX_CONDITIONS, param_name: 'criteria' });
    const unknown = fieldsIn(tree).find((f) => !fieldOf(module, f));
    if (unknown !== undefined) return recordError('INVALID_QUERY', 'invalid query formed', { reason: 'the field is not available for search', api_name: unknown });
    return (record) => matchRecord(tree, record, module, 'name');
  }
  const needle = value.toLowerCase();
  const types = param === 'email' ? ['email'] : param === 'phone' ? ['phone'] : ['text', 'email', 'phone', 'textarea', 'picklist', 'website'];
  const searched = module.fields.filter((field) => types.includes(field.data_type));
  return (record) =>
    searched.some((field) => {
      const actual = record[field.api_name];
      if (typeof actual !== 'string') return false;
      return param === 'word' ? actual.toLowerCase().includes(needle) : actual.toLowerCase() === needle;
    });
}
