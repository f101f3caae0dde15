import { json } from '../../products.js';
import { pageOf, sortRecords, type SortKey } from './crm-pagination.js';
import type { CrmRecord, CrmState } from '../crm-state.js';

const SORT_KEYS: readonly SortKey[] = ['id', 'Created_Time', 'Modified_Time'];

/**
 * A page of records (notes, related records) as CRM lists them: sorted by `sort_by`/
 * `sort_order`, paged by `page` or, past 2,000, by `page_token` (the records routes' own
 * pagination), narrowed to `fields` (plus the id, and `$` fields when `keepDollar`), and
 * 204 when the page is empty.
 */
export function listAnswer(crm: CrmState, now: number, rows: CrmRecord[], url: URL, list: string, options: { keepDollar?: boolean } = {}): Response {
  const asked = url.searchParams.get('sort_by') as SortKey | null;
  const sortBy = asked !== null && SORT_KEYS.includes(asked) ? asked : 'id';
  const descending = url.searchParams.get('sort_order') === 'desc';
  const page = pageOf(crm, now, sortRecords([...rows], sortBy, descending), url, { module: list, query: `${list}?${sortBy}:${descending}`, sortBy, descending, tokens: true });
  if (page instanceof Response) return page;
  if (page.records.length === 0) return new Response(null, { status: 204 });
  const fields = url.searchParams.get('fields');
  const wanted = fields === null ? undefined : new Set(['id', ...fields.split(',').map((f) => f.trim())]);
  const keep = (key: string): boolean => wanted === undefined || wanted.has(key) || (options.keepDollar === true && key.startsWith('$'));
  const data = page.records.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => keep(key))));
  return json({ data, info: page.info });
}
