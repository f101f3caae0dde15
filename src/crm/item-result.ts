import { ZohoError } from '../errors.js';
import { itemErrorOf, type ItemResult } from '../item-result.js';

export type { ItemResult };

interface RawItem {
  code?: unknown;
  status?: unknown;
  message?: unknown;
  details?: unknown;
}

/** Turns CRM's per-item answers into ItemResults; `ids` are the inputs' ids, by position. */
export function toItemResults(items: readonly unknown[], ids: readonly (string | undefined)[]): ItemResult[] {
  return ids.map((inputId, i) => {
    const item = (items[i] ?? {}) as RawItem;
    const details = (typeof item.details === 'object' && item.details !== null ? item.details : {}) as { id?: unknown };
    const id = typeof details.id === 'string' ? details.id : inputId;
    if (item.status === 'success') return { ok: true, applied: true, id: id ?? '', message: String(item.message ?? ''), raw: items[i] };
    if (item.status === undefined && items[i] === undefined) {
      return { ok: false, applied: 'unknown', id, error: itemErrorOf('NO_RESULT', `CRM answered ${items.length} results for ${ids.length} items`, undefined), raw: undefined };
    }
    return { ok: false, applied: false, id, error: itemErrorOf(String(item.code ?? 'UNKNOWN'), String(item.message ?? ''), item.details), raw: items[i] };
  });
}

/**
 * Runs a batch call. When every item failed, CRM answers HTTP 400 with the per-item errors
 * in `data`, which the transport raises as a ZohoError; those errors are results too, so
 * they are handed back as data rather than thrown.
 */
export async function batch(call: () => Promise<readonly unknown[] | undefined>, ids: readonly (string | undefined)[]): Promise<ItemResult[]> {
  try {
    return toItemResults((await call()) ?? [], ids);
  } catch (error) {
    if (error instanceof ZohoError && error.product === 'crm' && Array.isArray(error.details) && error.details.length === ids.length) {
      const items = error.details as RawItem[];
      if (items.every((item) => item?.status === 'error')) return toItemResults(items, ids);
    }
    throw error;
  }
}

/** The single item of a one-item call; a failed item is thrown as the ZohoError it describes. */
export function onlyItem(items: readonly unknown[] | undefined, what: string, status: number | undefined): { id: string | undefined; details: Record<string, unknown> } {
  const item = (items?.[0] ?? {}) as RawItem;
  const details = (typeof item.details === 'object' && item.details !== null ? item.details : {}) as Record<string, unknown>;
  if (item.status !== 'success') throw itemError(item, what, status);
  return { id: typeof details['id'] === 'string' ? details['id'] : undefined, details };
}

/** A ZohoError from a failed item (or a top-level error envelope answered with a 2xx). */
export function itemError(item: unknown, what: string, status: number | undefined): ZohoError {
  const raw = (item ?? {}) as RawItem;
  const code = typeof raw.code === 'string' ? raw.code : undefined;
  const message = typeof raw.message === 'string' && raw.message !== '' ? raw.message : 'no result';
  return new ZohoError(`crm: ${what} failed: ${code ?? 'UNKNOWN'}: ${message}`, { product: 'crm', status, code, details: raw.details });
}
