import type { SeededRandom } from '../random.js';

export type CrmRecord = Record<string, unknown> & { id: string };

/** A change to records, as watch channels (notifications) see it. */
export interface CrmChange {
  module: string;
  operation: 'insert' | 'update' | 'delete' | 'restore';
  ids: string[];
  /** Field API names that changed (updates only). */
  fields?: string[];
  /** The user whose token made the change. */
  user: string;
}

/**
 * CRM's memory: the org, its users (one per OAuth user seen) and records per module.
 * This is the foundation's slice; the CRM issue grows it into the full metadata model.
 */
export class CrmState {
  readonly orgId: string;
  readonly records = new Map<string, Map<string, CrmRecord>>();
  readonly users = new Map<string, { id: string; email: string; full_name: string }>();

  readonly #listeners: ((change: CrmChange) => void)[] = [];

  /** Every route that creates, updates, deletes or restores records must call this. */
  emitChange(change: CrmChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  onChange(listener: (change: CrmChange) => void): void {
    this.#listeners.push(listener);
  }

  constructor(private readonly random: SeededRandom) {
    this.orgId = random.digits(9);
  }

  userFor(email: string): { id: string; email: string; full_name: string } {
    let user = this.users.get(email);
    if (!user) {
      user = { id: this.random.digits(19), email, full_name: email.split('@')[0] ?? email };
      this.users.set(email, user);
    }
    return user;
  }

  module(name: string): Map<string, CrmRecord> {
    let records = this.records.get(name);
    if (!records) {
      records = new Map();
      this.records.set(name, records);
    }
    return records;
  }

  newId(): string {
    return this.random.digits(19);
  }
}
