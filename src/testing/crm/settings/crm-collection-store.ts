/** One stored item of a settings-style collection. */
export type CollectionItem = Record<string, unknown> & { id: string };

/**
 * The items of every collection the engine serves, by the collection's concrete path (with
 * its parent ids filled in) and `?module=` when the operation is per module.
 */
export class CollectionStore {
  readonly #collections = new Map<string, Map<string, CollectionItem>>();

  /** The items at `path` (created empty on first use). */
  items(path: string): Map<string, CollectionItem> {
    let items = this.#collections.get(path);
    if (!items) {
      items = new Map();
      this.#collections.set(path, items);
    }
    return items;
  }
}

