/**
 * The one shape of CRM's metadata wrappers (field, layout, section, related list, pick-list
 * value): Zoho's object kept whole as `data`, read through a few getters, and serialised as
 * that object. Each wrapper adds only the getters that belong to it.
 */
export abstract class MetadataEntity<Data extends object> {
  constructor(readonly data: Data) {}

  /** Zoho's id of the item, when its metadata carries one. */
  get id(): string | undefined {
    const id = (this.data as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  }

  /** `JSON.stringify(field)` gives Zoho's own object back. */
  toJSON(): Data {
    return this.data;
  }
}

/** Wraps each of a metadata list's items (`undefined` or `null`: none). */
export function wrapAll<Data extends object, Entity>(items: readonly Data[] | null | undefined, Wrapper: new (data: Data) => Entity): Entity[] {
  return (items ?? []).map((item) => new Wrapper(item));
}
