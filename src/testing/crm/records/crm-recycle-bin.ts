import { userRef, zohoTime } from '../crm-answers.js';
import type { CrmFileStore } from '../files/crm-file-store.js';
import { displayNameOf } from './crm-parent.js';
import type { CrmRelations } from './crm-relations.js';
import type { CrmChange, CrmRecord, CrmState } from '../crm-state.js';

export interface BinEntry {
  id: string;
  module: string;
  displayName: string;
  owner: { id: string; name: string } | null;
  deletedBy: { id: string; name: string };
  deletedTime: string;
  /** The record as it was; undefined when the simulator never saw its data (see below). */
  record: CrmRecord | undefined;
  /** Notes that went to the bin with their parent and come back with it. */
  notes: CrmRecord[];
}

/**
 * CRM's recycle bin, fed by record deletions. It listens to the state's change feed: a
 * delete event names ids whose records are already gone, so the bin keeps a reference to
 * every record it has seen inserted, updated or restored, and takes the deleted record from
 * there. A record seeded straight into the state and deleted before any change event
 * mentioned it has no data left to keep; its entry restores nothing (CRM answers INVALID_DATA).
 */
export class CrmRecycleBin {
  readonly entries = new Map<string, BinEntry>();
  readonly #seen = new Map<string, Map<string, CrmRecord>>();

  constructor(
    private readonly crm: CrmState,
    private readonly now: () => number,
    private readonly files: CrmFileStore,
    private readonly relations: CrmRelations,
  ) {
    crm.onChange((change) => this.#observe(change));
  }

  /** Puts a record back where it was, with its notes; false when its data was never kept. */
  restore(entry: BinEntry, user: string): boolean {
    if (!entry.record) return false;
    this.entries.delete(entry.id);
    this.crm.module(entry.module).set(entry.id, entry.record);
    const notes = this.crm.module('Notes');
    for (const note of entry.notes) notes.set(note.id, note);
    // No longer deleted: `GET /{module}/deleted` stops listing it.
    const listed = this.crm.deletions.findIndex((d) => d.id === entry.id && d.module === entry.module);
    if (listed !== -1) this.crm.deletions.splice(listed, 1);
    this.crm.emitChange({ module: entry.module, operation: 'restore', ids: [entry.id], user });
    return true;
  }

  /** Deletes permanently: the entry, its files and its links. */
  purge(entry: BinEntry): void {
    this.entries.delete(entry.id);
    // `GET /{module}/deleted` now lists it as permanently deleted.
    for (const deleted of this.crm.deletions) if (deleted.id === entry.id && deleted.module === entry.module) deleted.type = 'permanent';
    this.files.purge(entry.module, entry.id);
    this.relations.purge({ module: entry.module, id: entry.id });
  }

  snapshot(): Map<string, BinEntry> {
    return new Map(this.entries);
  }

  restoreSnapshot(snapshot: Map<string, BinEntry>): void {
    this.entries.clear();
    for (const [id, entry] of snapshot) this.entries.set(id, entry);
  }

  #observe(change: CrmChange): void {
    const live = this.crm.module(change.module);
    let seen = this.#seen.get(change.module);
    if (!seen) {
      seen = new Map();
      this.#seen.set(change.module, seen);
    }
    for (const id of change.ids) {
      if (change.operation !== 'delete') {
        const record = live.get(id);
        if (record) seen.set(id, record);
        continue;
      }
      // The route may announce before or after removing the record: take it from either.
      const record = live.get(id) ?? seen.get(id);
      seen.delete(id);
      this.#bin(change.module, id, record, change.user);
    }
  }

  #bin(module: string, id: string, record: CrmRecord | undefined, user: string): void {
    const owner = record?.['Owner'] as { id?: unknown; name?: unknown } | undefined;
    this.entries.set(id, {
      id,
      module,
      displayName: record ? displayNameOf(this.crm, module, record) : id,
      owner: typeof owner?.id === 'string' ? { id: owner.id, name: typeof owner.name === 'string' ? owner.name : '' } : null,
      deletedBy: userRef(this.crm.userFor(user)),
      deletedTime: zohoTime(this.now()),
      record,
      notes: module === 'Notes' ? [] : this.#takeNotes(id),
    });
  }

  /** A deleted record's notes leave the Notes module with it. */
  #takeNotes(parentId: string): CrmRecord[] {
    const notes = this.crm.module('Notes');
    const taken = [...notes.values()].filter((note) => (note['Parent_Id'] as { id?: unknown } | undefined)?.id === parentId);
    for (const note of taken) notes.delete(note.id);
    return taken;
  }
}
