export type CrmRecord = Record<string, unknown> & { id: string };

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

  override set(id: string, record: CrmRecord): this {
    const previous = super.get(id);
    if (previous) this.#unindex(previous);
    super.set(id, record);
    for (const [field, index] of this.#indexes) add(index, keyOf(record[field]), id);
    return this;
  }

  override delete(id: string): boolean {
    const previous = super.get(id);
    if (previous) this.#unindex(previous);
    return super.delete(id);
  }

  override clear(): void {
    super.clear();
    this.#indexes.clear();
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
