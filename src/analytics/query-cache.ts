import type { AnalyticsRow } from './analytics-types.js';

/**
 * Any cache with `get(key)` and `set(key, value, ttl)`: a Keyv-like store, a Django-like
 * cache behind an adapter, a Map wrapper... Both may be sync or async. `get` answers
 * `undefined` or `null` for a miss.
 */
export interface AnalyticsQueryCache {
  get(key: string): unknown;
  set(key: string, value: unknown, ttl?: number): unknown;
}

/** Options of a cached query. */
export interface QueryCacheOptions {
  /** Where results are kept; without it every call runs the export job. */
  cache?: AnalyticsQueryCache;
  /** How long a result is kept; without it the cache's own default applies. */
  ttlSeconds?: number;
  /**
   * The unit the cache's `set` takes its ttl in. Django-style caches take seconds (the
   * default); Keyv and cache-manager v5+ take milliseconds.
   */
  ttlUnit?: 'seconds' | 'milliseconds';
}

/** A key naming the query exactly: org, workspace and a SHA-256 of the SQL text. */
export async function queryCacheKey(orgId: string, workspaceId: string, sql: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(sql));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `zohokit:analytics:${orgId}:${workspaceId}:sql:${hex}`;
}

/** A cached value, if it is what we stored (an array of row objects); anything else is a miss. */
export function cachedRows(value: unknown): AnalyticsRow[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row)) ? (value as AnalyticsRow[]) : undefined;
}

/** Stores rows with the ttl in the cache's unit; no ttl lets the cache apply its default. */
export async function storeRows(options: QueryCacheOptions & { cache: AnalyticsQueryCache }, key: string, rows: AnalyticsRow[]): Promise<void> {
  if (options.ttlSeconds === undefined) {
    await options.cache.set(key, rows);
    return;
  }
  const ttl = options.ttlUnit === 'milliseconds' ? options.ttlSeconds * 1000 : options.ttlSeconds;
  await options.cache.set(key, rows, ttl);
}
