import { isObject } from '../crm-answers.js';
import type { CrmRecord, CrmState } from '../crm-state.js';

/** A record by module and id. */
export interface RecordRef {
  module: string;
  id: string;
}

// Related lists whose API name is not the module they list.
const LIST_MODULES: Record<string, string> = {
  Contact_Roles: 'Contacts',
  Activities: 'Tasks',
  Potentials: 'Deals',
};

/** The module a related list shows (`Contact_Roles` of a Deal shows Contacts). */
export function relatedModuleOf(listName: string): string {
  return LIST_MODULES[listName] ?? listName;
}

// System lookups to users, never to records.
const USER_FIELDS = new Set(['Owner', 'Created_By', 'Modified_By']);

/**
 * Links between records, as related lists show them. CRM relates records two ways: a
 * lookup field on the child (a Contact's `Account_Name` points at its Account) and a
 * many-to-many link made through the related-records API (a Deal's Contact_Roles, with
 * relation fields such as `Contact_Role`). Both appear in the related list; links are kept
 * here, lookups are read from the records themselves. Links are undirected: the Contact
 * linked to a Deal lists that Deal among its own Deals.
 */
export class CrmRelations {
  readonly #links = new Map<string, Map<string, { ref: RecordRef; fields: Record<string, unknown> }>>();

  link(a: RecordRef, b: RecordRef, fields: Record<string, unknown>): void {
    this.#side(a).set(key(b), { ref: b, fields });
    this.#side(b).set(key(a), { ref: a, fields });
  }

  unlink(a: RecordRef, b: RecordRef): boolean {
    const removed = this.#links.get(key(a))?.delete(key(b)) ?? false;
    this.#links.get(key(b))?.delete(key(a));
    return removed;
  }

  /** Every record of `module` related to `parent`, with the relation fields of a link. */
  related(crm: CrmState, parent: RecordRef, module: string): { record: CrmRecord; fields: Record<string, unknown> }[] {
    const found = new Map<string, { record: CrmRecord; fields: Record<string, unknown> }>();
    const records = crm.module(module);
    for (const { ref, fields } of this.#links.get(key(parent))?.values() ?? []) {
      const record = ref.module === module ? records.get(ref.id) : undefined;
      if (record) found.set(record.id, { record, fields });
    }
    for (const record of records.values()) {
      if (!found.has(record.id) && lookupFieldTo(record, parent.id) !== undefined) found.set(record.id, { record, fields: {} });
    }
    return [...found.values()];
  }

  /** Moves every link of `from` to `to` (lead conversion hands them to the contact). */
  moveLinks(from: RecordRef, to: RecordRef): void {
    for (const { ref, fields } of [...(this.#links.get(key(from))?.values() ?? [])]) {
      this.unlink(from, ref);
      this.link(to, ref, fields);
    }
  }

  /** Forgets a record's links (its permanent deletion). */
  purge(ref: RecordRef): void {
    for (const { ref: other } of [...(this.#links.get(key(ref))?.values() ?? [])]) this.unlink(ref, other);
    this.#links.delete(key(ref));
  }

  snapshot(): Map<string, Map<string, { ref: RecordRef; fields: Record<string, unknown> }>> {
    return new Map([...this.#links].map(([k, side]) => [k, new Map(side)]));
  }

  restore(snapshot: ReturnType<CrmRelations['snapshot']>): void {
    this.#links.clear();
    for (const [k, side] of snapshot) this.#links.set(k, side);
  }

  #side(ref: RecordRef): Map<string, { ref: RecordRef; fields: Record<string, unknown> }> {
    let side = this.#links.get(key(ref));
    if (!side) {
      side = new Map();
      this.#links.set(key(ref), side);
    }
    return side;
  }
}

/** The lookup field of `record` that points at `parentId`, if any. */
export function lookupFieldTo(record: CrmRecord, parentId: string): string | undefined {
  for (const [field, value] of Object.entries(record)) {
    if (!USER_FIELDS.has(field) && isObject(value) && value['id'] === parentId) return field;
  }
  return undefined;
}

function key(ref: RecordRef): string {
  return `${ref.module}/${ref.id}`;
}
