import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { batchAnswer, crmError, failure, idList, isObject, success, type ItemAnswer } from '../crm-answers.js';
import type { BinEntry } from './crm-recycle-bin.js';
import type { CrmSubresources } from '../crm-subresource-state.js';

const BIN = '/crm/v8/settings/recycle_bin';
const MAX_PER_PAGE = 200;
// Zoho CRM: up to 100 ids per permanent delete.
const MAX_IDS = 100;

/**
 * The recycle bin: list, get, delete permanently, and restore one record
 * (`POST /settings/recycle_bin/{id}/actions/restore`, in Zoho's v8 documentation though not
 * in its published OAS files).
 */
export function crmRecycleBinRoutes(_core: SimulatorCore, state: CrmSubresources): Route[] {
  const bin = state.recycleBin;
  const purge = (entries: BinEntry[]): ItemAnswer[] =>
    entries.map((entry) => {
      bin.purge(entry);
      return success({ id: entry.id }, 'record deleted permanently');
    });

  return [
    {
      method: 'GET',
      path: BIN,
      auth: true,
      handle: ({ url }) => {
        const matching = select([...bin.entries.values()], url);
        if (matching instanceof Response) return matching;
        const sortBy = url.searchParams.get('sort_by') ?? 'deleted_time';
        if (!['display_name', 'deleted_time', 'deleted_by'].includes(sortBy)) return crmError('INVALID_DATA', 'invalid data', { param_name: 'sort_by' });
        const order = url.searchParams.get('sort_order') === 'asc' ? 1 : -1;
        const key = (e: BinEntry): string => (sortBy === 'display_name' ? e.displayName : sortBy === 'deleted_by' ? e.deletedBy.name : e.deletedTime);
        const sorted = matching.sort((a, b) => order * key(a).localeCompare(key(b)));
        const perPage = Math.min(Math.max(1, Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE) || MAX_PER_PAGE), MAX_PER_PAGE);
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const slice = sorted.slice((page - 1) * perPage, page * perPage);
        if (slice.length === 0) return new Response(null, { status: 204 });
        return json({ recycle_bin: slice.map(entryAnswer), info: { per_page: perPage, count: slice.length, page, more_records: page * perPage < sorted.length } });
      },
    },
    {
      method: 'DELETE',
      path: BIN,
      auth: true,
      handle: ({ url }) => {
        if (idList(url.searchParams.get('ids')).length > MAX_IDS) return crmError('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_IDS, param_name: 'ids' });
        const matching = select([...bin.entries.values()], url);
        if (matching instanceof Response) return matching;
        const ids = url.searchParams.get('ids');
        // Unknown ids get their own error; with neither ids nor filters the bin is emptied.
        const unknown = ids === null ? [] : idList(ids).filter((id) => !bin.entries.has(id)).map((id) => failure('INVALID_DATA', 'the id given seems to be invalid', { id }));
        const results = [...purge(matching), ...unknown];
        if (results.length === 0) return new Response(null, { status: 204 });
        // The bin answers 200, or 207 when some (or all) ids were unknown: never 400 with items.
        return batchAnswer(results, 200, 'recycle_bin', 207);
      },
    },
    {
      method: 'GET',
      path: `${BIN}/{record_id}`,
      auth: true,
      handle: ({ params }) => {
        const entry = bin.entries.get(params['record_id']!);
        return entry ? json({ recycle_bin: [entryAnswer(entry)] }) : new Response(null, { status: 204 });
      },
    },
    {
      method: 'DELETE',
      path: `${BIN}/{record_id}`,
      auth: true,
      handle: ({ params }) => {
        const entry = bin.entries.get(params['record_id']!);
        if (!entry) return crmError('INVALID_DATA', 'the id given seems to be invalid', { resource_path_index: 2 });
        return json({ recycle_bin: purge([entry]) });
      },
    },
    {
      method: 'POST',
      path: `${BIN}/{record_id}/actions/restore`,
      auth: true,
      handle: ({ params, token }) => {
        const entry = bin.entries.get(params['record_id']!);
        if (!entry) return crmError('INVALID_DATA', 'the id given seems to be invalid', { resource_path_index: 2 });
        if (!bin.restore(entry, token!.user)) {
          return crmError('INVALID_DATA', 'the record cannot be restored: the simulator never saw its data', { id: entry.id });
        }
        return json({ recycle_bin: [success({ id: entry.id }, 'record restored successfully')] });
      },
    },
  ];
}

function entryAnswer(entry: BinEntry): Record<string, unknown> {
  return {
    id: entry.id,
    display_name: entry.displayName,
    module: { api_name: entry.module },
    owner: entry.owner,
    deleted_by: entry.deletedBy,
    deleted_time: entry.deletedTime,
  };
}

/** The entries `ids` and `filters` select (all when neither is given), or CRM's answer to bad filters. */
function select(entries: BinEntry[], url: URL): BinEntry[] | Response {
  const ids = url.searchParams.get('ids');
  let selected = ids === null ? entries : entries.filter((e) => idList(ids).includes(e.id));
  const filters = url.searchParams.get('filters');
  if (filters !== null) {
    let criteria: unknown;
    try {
      criteria = JSON.parse(filters);
    } catch (error) {
      // Unparseable filters are the caller's mistake: answered, as CRM does.
      void error;
      return crmError('INVALID_DATA', 'the filters given are not valid JSON', { param_name: 'filters' });
    }
    const test = compile(criteria);
    if (typeof test === 'string') return crmError('INVALID_DATA', test, { param_name: 'filters' });
    selected = selected.filter(test);
  }
  return selected;
}

type Test = (entry: BinEntry) => boolean;

/** A criteria tree over display_name, module, deleted_by and deleted_time. */
function compile(criteria: unknown): Test | string {
  if (!isObject(criteria)) return 'the filters must be a criteria object';
  if (Array.isArray(criteria['group'])) {
    const parts = criteria['group'].map(compile);
    const bad = parts.find((p): p is string => typeof p === 'string');
    if (bad) return bad;
    const tests = parts as Test[];
    return String(criteria['group_operator']).toLowerCase() === 'or' ? (e) => tests.some((t) => t(e)) : (e) => tests.every((t) => t(e));
  }
  const field = isObject(criteria['field']) ? criteria['field']['api_name'] : undefined;
  const read: Record<string, (e: BinEntry) => string[]> = {
    display_name: (e) => [e.displayName],
    module: (e) => [e.module],
    deleted_by: (e) => [e.deletedBy.id, e.deletedBy.name],
    deleted_time: (e) => [e.deletedTime],
  };
  const get = typeof field === 'string' ? read[field] : undefined;
  if (!get) return `the filter field ${String(field)} is not supported`;
  const value = criteria['value'];
  const values = (Array.isArray(value) ? value : [value]).map(String);
  switch (criteria['comparator']) {
    case 'equal':
      return (e) => get(e).some((v) => values.includes(v));
    case 'not_equal':
      return (e) => !get(e).some((v) => values.includes(v));
    case 'in':
      return (e) => get(e).some((v) => values.includes(v));
    case 'contains':
      return (e) => get(e).some((v) => values.some((w) => v.includes(w)));
    case 'starts_with':
      return (e) => get(e).some((v) => values.some((w) => v.startsWith(w)));
    case 'greater_than':
      return (e) => get(e).some((v) => v > (values[0] ?? ''));
    case 'less_than':
      return (e) => get(e).some((v) => v < (values[0] ?? ''));
    default:
      return `the comparator ${String(criteria['comparator'])} is not supported`;
  }
}
