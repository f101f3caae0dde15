import type { components } from '../../generated/crm.js';
import type { CallOptions } from '../call-options.js';
import { rateLimitOf } from '../http/rate-limit.js';
import type { FetchPage, PageCursor } from '../page.js';

type Info = components['schemas']['Info'];

// Zoho CRM v8 serves notes, attachments and related lists by `page` and `per_page` only (no
// `page_token` on these lists), and a page number reaches the first 2,000 items at most.
const BY_NUMBER_MAX = 2_000;

/** The `page`/`per_page` query of one request. */
export interface PageQuery {
  page?: number;
  per_page?: number;
}

/** What an openapi-fetch call of such a list answers: `data` (204: none) and `info`. */
export interface NumberedAnswer<Raw> {
  data?: { data?: Raw[]; info?: Info } | undefined;
  response: Response;
}

/**
 * A FetchPage for a CRM list paged by number: each answer's `info.more_records` says
 * whether `{ page: n + 1 }` follows, up to the 2,000 items Zoho serves this way. Items are
 * mapped (`map`) from CRM's raw objects to the entity the list returns.
 */
export function pageByNumber<Raw, T>(
  request: (query: PageQuery, options: CallOptions) => Promise<NumberedAnswer<Raw>>,
  map: (raw: Raw) => T,
  perPage: number | undefined,
): FetchPage<T> {
  return async (cursor: PageCursor | undefined, options: CallOptions) => {
    const page = cursor?.page ?? 1;
    const { data, response } = await request({ ...(cursor?.page !== undefined ? { page } : {}), ...(perPage !== undefined ? { per_page: perPage } : {}) }, options);
    const info = data?.info;
    const size = info?.per_page ?? perPage ?? 200;
    const more = info?.more_records === true && page * size < BY_NUMBER_MAX;
    return { items: (data?.data ?? []).map(map), next: more ? { page: page + 1 } : undefined, rateLimit: rateLimitOf(response.headers) };
  };
}
