/**
 * Metadata (fields, layouts...) changes rarely and is read by every default-fields list
 * read, so each Crm view keeps what it fetched. A failed fetch is forgotten, not cached.
 */
export class MetadataCache {
  readonly #entries = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    const loading = load();
    this.#entries.set(key, loading);
    // The caller awaits `loading` and sees the failure; this branch only forgets the entry.
    loading.catch(() => this.#entries.delete(key));
    return loading;
  }

  /** Forgets one entry (or everything), so the next read fetches again. */
  clear(key?: string): void {
    if (key === undefined) this.#entries.clear();
    else this.#entries.delete(key);
  }
}
