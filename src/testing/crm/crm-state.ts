import type { SeededRandom } from '../random.js';
import type { FieldSeedOptions, SimField, SimFieldType } from './metadata/crm-fields.js';
import { CollectionStore } from './settings/crm-collection-store.js';
import { CrmMetadata } from './metadata/crm-metadata.js';
import { RecordMap, type CrmRecord } from './records/crm-record-map.js';

export type { CrmRecord } from './records/crm-record-map.js';

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

/** A CRM user of the simulated org (one per OAuth user seen). */
export interface CrmUser {
  id: string;
  email: string;
  full_name: string;
}

/** A write the simulator received, kept so tests can assert on what was actually sent. */
export interface ReceivedWrite {
  module: string;
  operation: 'insert' | 'update' | 'upsert' | 'delete';
  /** The `data` items as sent (ids for a delete). */
  data: unknown[];
  /** The body's `trigger`, when given. */
  trigger: unknown;
  duplicateCheckFields: unknown;
  user: string;
}

/** A deleted record, as `GET /{module}/deleted` lists it. */
export interface DeletedEntry {
  module: string;
  id: string;
  display_name: string;
  created_by: unknown;
  deleted_by: { id: string; name: string };
  deleted_time: string;
  type: 'recycle' | 'permanent';
}

/** Where a `page_token` continues: the list it belongs to and the last record it returned. */
export interface PageTokenState {
  module: string;
  query: string;
  after: CrmRecord;
  expiresAt: number;
}

/** A role or profile of the simulated org. */
export interface CrmNamedEntity {
  id: string;
  name: string;
}

const RECENT_WRITES = 1_000;

/**
 * CRM's memory: the org, its users, module metadata and records, tags,
 * page tokens, what writes arrived, and the API credits spent.
 *
 * Replace records with `module(name).set(id, {...})` rather than mutating them in place:
 * the unique and duplicate-check indexes follow `set`.
 */
export class CrmState {
  readonly orgId: string;
  readonly records = new Map<string, RecordMap>();
  readonly users = new Map<string, CrmUser>();
  readonly metadata: CrmMetadata;
  readonly roles: CrmNamedEntity[];
  readonly profiles: CrmNamedEntity[];
  /** Tags per module, by lower-case name. */
  readonly tags = new Map<string, Map<string, { id: string; name: string; color_code: string | null; created_by: CrmUser; created_time: string }>>();
  readonly pageTokens = new Map<string, PageTokenState>();
  /** Settings-style collections served by the generic engine (crm-collections.ts). */
  readonly collections = new CollectionStore();
  /** Record locks (`Locking_Information__s`) by `module/record id`: a locked record refuses updates. */
  readonly locks = new Map<string, Record<string, unknown> & { id: string }>();
  /** Records deleted through the API, oldest first (Zoho lists the last 60 days). */
  readonly deletions: DeletedEntry[] = [];
  /** The most recent writes (up to 1,000), oldest first. */
  readonly writes: ReceivedWrite[] = [];
  /** API credits spent, in total and per user (Zoho meters credits per org over 24 hours). */
  readonly credits = { total: 0, byUser: new Map<string, number>() };

  readonly #listeners: ((change: CrmChange) => void)[] = [];

  constructor(private readonly random: SeededRandom) {
    this.orgId = random.digits(9);
    this.metadata = new CrmMetadata(random);
    const ceo = { id: random.digits(19), name: 'CEO' };
    this.roles = [ceo, { id: random.digits(19), name: 'Manager' }];
    this.profiles = [{ id: random.digits(19), name: 'Administrator' }, { id: random.digits(19), name: 'Standard' }];
  }

  /** Every route that creates, updates, deletes or restores records must call this. */
  emitChange(change: CrmChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  onChange(listener: (change: CrmChange) => void): void {
    this.#listeners.push(listener);
  }

  userFor(email: string): CrmUser {
    let user = this.users.get(email);
    if (!user) {
      user = { id: this.random.digits(19), email, full_name: email.split('@')[0] ?? email };
      this.users.set(email, user);
    }
    return user;
  }

  userById(id: string): CrmUser | undefined {
    for (const user of this.users.values()) if (user.id === id) return user;
    return undefined;
  }

  /** The records of a module, by id (created empty on first use). */
  module(name: string): RecordMap {
    const known = this.records.get(name);
    if (known) return known;
    const apiName = this.metadata.find(name)?.api_name ?? name;
    let records = this.records.get(apiName);
    if (!records) {
      records = new RecordMap();
      this.records.set(apiName, records);
    }
    return records;
  }

  /** Adds a custom field to a module's metadata, e.g. a unique `External_ID`. */
  addField(module: string, apiName: string, type: SimFieldType, options: FieldSeedOptions = {}): SimField {
    return this.metadata.addField(module, apiName, type, options);
  }

  /** Adds a custom module with its fields, e.g. `addModule({ api_name: 'Shipments', fields: [['Name', 'text', { mandatory: true }]] })`. */
  addModule(seed: Parameters<CrmMetadata['addModule']>[0]): void {
    this.metadata.addModule(seed);
  }

  newId(): string {
    return this.random.digits(19);
  }

  newToken(): string {
    return this.random.hex(40);
  }

  /** Counts API credits spent by `user`. */
  charge(user: string, credits: number): void {
    this.credits.total += credits;
    this.credits.byUser.set(user, (this.credits.byUser.get(user) ?? 0) + credits);
  }

  recordWrite(write: ReceivedWrite): void {
    this.writes.push(write);
    if (this.writes.length > RECENT_WRITES) this.writes.splice(0, this.writes.length - RECENT_WRITES);
  }
}
