/**
 * The views `zoho.as(user)` hands out, kept for reuse but bounded: a long-lived server that
 * sees many users must not hold a view (about 7 KB) for every user it ever saw. The least
 * recently used view goes first when the cache is full, and `revoke(user)` drops the user's
 * view at once. A dropped view still works for whoever holds it; the next `as(user)` simply
 * builds a new one.
 */
export class ViewCache<View> {
  readonly #views = new Map<string, View>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#views.size;
  }

  /** The user's view, built by `make` when missing; marks it most recently used. */
  get(user: string, make: () => View): View {
    let view = this.#views.get(user);
    if (view === undefined) {
      view = make();
      if (this.#views.size >= this.capacity) {
        // A Map iterates in insertion order, and a hit re-inserts: the first key is the oldest.
        const oldest = this.#views.keys().next().value;
        if (oldest !== undefined) this.#views.delete(oldest);
      }
    } else {
      this.#views.delete(user);
    }
    this.#views.set(user, view);
    return view;
  }

  delete(user: string): void {
    this.#views.delete(user);
  }
}
