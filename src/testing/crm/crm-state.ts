import type { SeededRandom } from '../random.js';

export type CrmRecord = Record<string, unknown> & { id: string };

/**
 * CRM's memory: the org, its users (one per OAuth user seen) and records per module.
 * This is the foundation's slice; the CRM issue grows it into the full metadata model.
 */
export class CrmState {
  readonly orgId: string;
  readonly records = new Map<string, Map<string, CrmRecord>>();
  readonly users = new Map<string, { id: string; email: string; full_name: string }>();

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
