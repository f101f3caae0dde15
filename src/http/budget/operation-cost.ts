import type { ZohoProduct } from '../../errors.js';

/** What one call weighs against an org's limits. */
export interface OperationCost {
  /** Counts against the heavy-API sub-concurrency as well as the concurrency. */
  heavy: boolean;
  /** A record upload, paced to the uploads-per-minute limit. */
  upload: boolean;
  /** Credits it costs (CRM); 1 for every other product's call. */
  credits: number;
}

/** Most calls: shared, so the usual classification allocates nothing (callers only read it). */
const ONE_CREDIT: OperationCost = Object.freeze({ heavy: false, upload: false, credits: 1 });
const CRM_API = /^\/crm\/v\d+(?:\.\d+)?\/(.+)$/;
const CRM_BULK = /^\/crm\/bulk\/v\d+(?:\.\d+)?\/(read|write)\/?$/;
// Paths under /crm/vN/ that are not a module's records.
const NOT_A_MODULE = new Set(['settings', 'org', 'users', 'coql', 'files', 'composite_requests', '__notifications', 'Leads_actions']);

/**
 * Classifies a call as Zoho's API-limits page does. `records` is the number of records a
 * write carries (read from its body by the caller), when known.
 *
 * Credits (https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html): convert lead 5,
 * bulk read initialise 50, bulk write initialise 500, insert/update/upsert 1 per 10 records,
 * records by custom view (cvid) 3, deleted records 2, everything else 1.
 * Heavy APIs (Kaizen #93): search, COQL, convert, reads with cvid or sort_by, and
 * insert/update/upsert of more than 10 records.
 */
export function operationCost(product: ZohoProduct, method: string, url: URL | string, records?: number): OperationCost {
  if (product !== 'crm') return ONE_CREDIT;
  const path = typeof url === 'string' ? pathOf(url) : url.pathname;
  let kind = byMethod.get(method)?.get(path);
  if (kind === undefined) {
    kind = classify(method, path);
    // Record ids make paths many; a full table starts over rather than tracking use.
    if (++kept > PATHS_KEPT) {
      byMethod.clear();
      kept = 1;
    }
    let paths = byMethod.get(method);
    if (paths === undefined) byMethod.set(method, (paths = new Map()));
    paths.set(path, kind);
  }
  if (kind === 'listing') {
    const query = typeof url === 'string' ? queryOf(url) : url.search;
    const cvid = CVID.test(query);
    return cvid ? BY_VIEW : SORT_BY.test(query) ? HEAVY : ONE_CREDIT;
  }
  if (kind === 'write') {
    const count = Math.max(1, records ?? 1);
    return { heavy: count > 10, upload: false, credits: Math.ceil(count / 10) };
  }
  return kind;
}

/**
 * The classification of a method and path is kept: the same few paths come again and again,
 * and working it out (a regular expression, a split) cost more than the rest of the budget
 * layer. Only a module's record listing depends on the query, and a module's record write on
 * its record count: those are kept as what to look at.
 */
const byMethod = new Map<string, Map<string, OperationCost | 'listing' | 'write'>>();
const PATHS_KEPT = 1000;
/** How many paths byMethod holds, over all methods. */
let kept = 0;
const HEAVY: OperationCost = Object.freeze({ heavy: true, upload: false, credits: 1 });
const BY_VIEW: OperationCost = Object.freeze({ heavy: true, upload: false, credits: 3 });
const CVID = /[?&]cvid=/;
const SORT_BY = /[?&]sort_by=/;

function classify(method: string, path: string): OperationCost | 'listing' | 'write' {
  const bulk = path.startsWith('/crm/bulk/') ? CRM_BULK.exec(path) : null;
  if (bulk) return Object.freeze({ heavy: false, upload: false, credits: method === 'POST' ? (bulk[1] === 'read' ? 50 : 500) : 1 });
  const rest = CRM_API.exec(path)?.[1];
  if (rest === undefined) return ONE_CREDIT;
  const parts = rest.split('/').filter(Boolean); // a doubled or trailing slash
  const last = parts.at(-1) ?? '';
  if (method === 'POST' && (last === 'Attachments' || last === 'photo' || (parts[0] === 'files' && parts.length === 1))) {
    return Object.freeze({ heavy: false, upload: true, credits: 1 });
  }
  if (parts[0] === 'coql' || last === 'search') return HEAVY;
  if (last === 'convert' && parts.at(-2) === 'actions') return Object.freeze({ heavy: true, upload: false, credits: 5 });
  const moduleRecords = parts.length === 1 || (parts.length === 2 && parts[1] === 'upsert');
  if (moduleRecords && !NOT_A_MODULE.has(parts[0]!)) { // moduleRecords: parts has 1 or 2 items
    if (method === 'GET' && parts.length === 1) return 'listing';
    if (method === 'POST' || method === 'PUT') return 'write';
  }
  if (method === 'GET' && last === 'deleted' && parts.length === 2) return Object.freeze({ heavy: false, upload: false, credits: 2 });
  return ONE_CREDIT;
}

/** The query of an absolute URL with its `?`, or '' (no fragment: openapi-fetch adds none). */
function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}

/**
 * The path of an absolute URL as the transport holds it (openapi-fetch has encoded it), cut
 * from the string: parsing a URL per call to classify it cost more than the rest of the
 * budget layer.
 */
function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  const start = scheme === -1 ? 0 : url.indexOf('/', scheme + 3);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  const fragment = url.indexOf('#', start);
  const end = query === -1 ? (fragment === -1 ? url.length : fragment) : fragment === -1 ? query : Math.min(query, fragment);
  return url.slice(start, end);
}

/** The number of records in a JSON write body (`{ data: [...] }`), or undefined. */
export function recordsInBody(body: unknown): number | undefined {
  if (typeof body !== 'string' || !body.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const data = (parsed as { data?: unknown }).data;
    return Array.isArray(data) ? data.length : undefined;
  } catch {
    return undefined; // not JSON: the cost falls back to one credit, as for any call
  }
}
