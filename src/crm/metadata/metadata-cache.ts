/**
 * Metadata (fields, layouts...) changes rarely and is read by every default-fields list
 * read, so each Crm view keeps what it fetched. A failed fetch is forgotten, not cached.
 */
export class MetadataCache {
  readonly #entries = new Map<string, Promise<unknown>>();

  /**
   * Answers the entry for `key`, loading it once with `load` if absent; callers asking
   * while it loads share the one request.
   *
   * @example
   * // Layouts are not cached by zohokit; an app that reads them often can keep them here.
   * const layouts = await crm.metadata.get('app:layouts:Leads', () => crm.module('Leads').layouts());
   */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    const loading = load();
    this.#entries.set(key, loading);
    // The caller awaits `loading` and sees the failure; this branch only forgets the entry.
    loading.catch(() => this.#entries.delete(key));
    return loading;
  }

  /**
   * Forgets one entry (or everything), so the next read fetches again.
   *
   * @example
   * // A field was added in Setup: the next default-fields read of Leads fetches them again.
   * crm.metadata.clear('fields:Leads');
   */
  clear(key?: string): void {
    if (key === undefined) this.#entries.clear();
    else this.#entries.delete(key);
  }
}
