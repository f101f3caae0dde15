import { recordError, zohoTime } from './crm-record-answers.js';
import type { CrmRecord } from './crm-record-map.js';
import type { CrmState } from './crm-state.js';

// Zoho CRM: at most 200 records per page; `page` reaches only the first 2,000 records, past
// that the next page comes from `page_token` (valid 24 hours).
export const MAX_PER_PAGE = 200;
export const MAX_PAGED_RECORDS = 2_000;
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export type SortKey = 'id' | 'Created_Time' | 'Modified_Time';

export interface PageRequest {
  module: string;
  /** Identifies the list (filters and sort), so a token cannot continue another list. */
  query: string;
  sortBy: SortKey;
  descending: boolean;
  /** Whether this list may continue past 2,000 records with page_token (search may not). */
  tokens: boolean;
}

export interface Page {
  records: CrmRecord[];
  info: Record<string, unknown>;
}

/** Sorts in place by the list's key, then id, so pages and tokens agree on one order. */
export function sortRecords(records: CrmRecord[], sortBy: SortKey, descending: boolean): CrmRecord[] {
  const sign = descending ? -1 : 1;
  return records.sort((a, b) => sign * compareBy(a, b, sortBy));
}

/**
 * One page of a sorted list, by `page`/`per_page` or by `page_token`. A token remembers the
 * last record it returned, so records created or deleted meanwhile neither repeat nor skip
 * the ones after it. Errors are Zoho's: DISCRETE_PAGINATION_LIMIT_EXCEEDED past 2,000
 * records by page, INVALID_DATA for an unknown or expired token.
 */
export function pageOf(crm: CrmState, now: number, sorted: CrmRecord[], url: URL, request: PageRequest): Page | Response {
  const perPage = clamp(Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE), 1, MAX_PER_PAGE);
  const token = url.searchParams.get('page_token');
  let start: number;
  let page: number;
  if (token !== null && request.tokens) {
    const state = crm.pageTokens.get(token);
    if (!state || state.expiresAt < now || state.query !== request.query || state.module !== request.module) {
      return recordError('INVALID_DATA', 'the page token given is invalid or has expired', { param_name: 'page_token' });
    }
    const sign = request.descending ? -1 : 1;
    start = sorted.findIndex((record) => sign * compareBy(record, state.after, request.sortBy) > 0);
    if (start === -1) start = sorted.length;
    page = Math.floor(start / perPage) + 1;
  } else {
    page = Math.max(1, Math.floor(Number(url.searchParams.get('page') ?? 1)) || 1);
    if (page * perPage > MAX_PAGED_RECORDS && (page - 1) * perPage < sorted.length) {
      return recordError('DISCRETE_PAGINATION_LIMIT_EXCEEDED', `cannot fetch more than ${MAX_PAGED_RECORDS} records with page; use page_token`, { limit: MAX_PAGED_RECORDS, param_name: 'page' });
    }
    start = (page - 1) * perPage;
  }
  const records = sorted.slice(start, start + perPage);
  const more = start + perPage < sorted.length;
  const last = records[records.length - 1];
  let next: string | null = null;
  let expiry: string | null = null;
  if (more && last && request.tokens) {
    next = crm.newToken();
    const expiresAt = now + TOKEN_TTL_MS;
    crm.pageTokens.set(next, { module: request.module, query: request.query, after: last, expiresAt });
    expiry = zohoTime(expiresAt);
  }
  return {
    records,
    info: {
      per_page: perPage,
      count: records.length,
      page,
      sort_by: request.sortBy,
      sort_order: request.descending ? 'desc' : 'asc',
      more_records: more,
      next_page_token: next,
      previous_page_token: token,
      page_token_expiry: expiry,
    },
  };
}

function compareBy(a: CrmRecord, b: CrmRecord, sortBy: SortKey): number {
  const x = String(a[sortBy] ?? '');
  const y = String(b[sortBy] ?? '');
  const primary = sortBy === 'id' ? compareIds(x, y) : x < y ? -1 : x > y ? 1 : 0;
  return primary !== 0 ? primary : compareIds(a.id, b.id);
}

/** Record ids are decimal numbers as text: a shorter id is a smaller number. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, Math.floor(value))) : high;
}
