export type CrmRecord = Record<string, unknown> & { id: string };

/** The orders a record list can be read in (Zoho's `sort_by` for records). */
export type SortKey = 'id' | 'Created_Time' | 'Modified_Time';

/**
 * The records of one module, by id, with value indexes for the fields that upserts and
 * unique checks look up (Email, Account_Name, a unique custom field...). Without them a
 * 20,000-record upsert would compare every record with every other.
 *
 * The indexes follow `set` and `delete`: replace a record with `set(id, {...})` rather than
 * mutating it in place, or the index keeps its old values.
 */
export class RecordMap extends Map<string, CrmRecord> {
  // Built on first lookup of a field: field → normalised value → ids.
  readonly #indexes = new Map<string, Map<string, Set<string>>>();

  // Built on first read in an order: the records sorted ascending by that key (then id), kept
  // in order on every write, so a page costs a binary search and a slice, not a sort of the
  // whole module (Zoho's list cost does not grow with the module either).
  readonly #sorted = new Map<SortKey, CrmRecord[]>();

  override set(id: string, record: CrmRecord): this {
    const previous = super.get(id);
    if (previous) this.#unindex(previous);
    super.set(id, record);
    for (const [field, index] of this.#indexes) add(index, keyOf(record[field]), id);
    for (const [key, sorted] of this.#sorted) {
      if (previous) sorted.splice(lowerBound(sorted, previous, key), 1);
      sorted.splice(lowerBound(sorted, record, key), 0, record);
    }
    return this;
  }

  override delete(id: string): boolean {
    const previous = super.get(id);
    if (previous) {
      this.#unindex(previous);
      for (const [key, sorted] of this.#sorted) sorted.splice(lowerBound(sorted, previous, key), 1);
    }
    return super.delete(id);
  }

  override clear(): void {
    super.clear();
    this.#indexes.clear();
    this.#sorted.clear();
  }

  /** Every record, ascending by `key` then id. The array is live: read it, never change it. */
  sortedBy(key: SortKey): readonly CrmRecord[] {
    let sorted = this.#sorted.get(key);
    if (!sorted) {
      sorted = [...super.values()].sort((a, b) => compareRecords(a, b, key));
      this.#sorted.set(key, sorted);
    }
    return sorted;
  }

  /** Records whose `field` equals `value` (text compared case-insensitively, as Zoho does). */
  findBy(field: string, value: unknown): CrmRecord[] {
    const key = keyOf(value);
    if (key === undefined) return [];
    let index = this.#indexes.get(field);
    if (!index) {
      index = new Map();
      for (const [id, record] of this) add(index, keyOf(record[field]), id);
      this.#indexes.set(field, index);
    }
    const ids = index.get(key);
    if (!ids) return [];
    const found: CrmRecord[] = [];
    for (const id of ids) {
      const record = super.get(id);
      if (record) found.push(record);
    }
    return found;
  }

  #unindex(record: CrmRecord): void {
    for (const [field, index] of this.#indexes) {
      const key = keyOf(record[field]);
      if (key !== undefined) index.get(key)?.delete(record.id);
    }
  }
}

function add(index: Map<string, Set<string>>, key: string | undefined, id: string): void {
  if (key === undefined) return;
  let ids = index.get(key);
  if (!ids) {
    ids = new Set();
    index.set(key, ids);
  }
  ids.add(id);
}

/** The comparable form of a value: lower-cased text, numbers as text, lookups by id. */
export function keyOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return JSON.stringify(value);
}

/** The order of two records by `key`, then by id (so every order is total). */
export function compareRecords(a: CrmRecord, b: CrmRecord, key: SortKey): number {
  const x = String(a[key] ?? '');
  const y = String(b[key] ?? '');
  const primary = key === 'id' ? compareIds(x, y) : x < y ? -1 : x > y ? 1 : 0;
  return primary !== 0 ? primary : compareIds(a.id, b.id);
}

/** Record ids are decimal numbers as text: a shorter id is a smaller number. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in `sorted` whose record does not come before `record`. */
export function lowerBound(sorted: readonly CrmRecord[], record: CrmRecord, key: SortKey): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRecords(sorted[middle]!, record, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
