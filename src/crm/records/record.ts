import type { CallOptions } from '../../call-options.js';
import { ZohoError, ZohoWriteError } from '../../errors.js';
import { Attachments } from '../files/attachments.js';
import { changeOwner, type ChangeOwnerOptions } from './change-owner.js';
import { convertLead, type ConvertedLead, type ConvertLeadOptions } from './convert-lead.js';
import type { CrmRecordData, CrmTrigger, FieldValues } from '../crm-types.js';
import { clearPendingLineItems, LineItems, pendingLineItems } from './line-items.js';
import type { Module } from '../module.js';
import { Notes } from './notes.js';
import { Photo } from '../files/photo.js';
import { RecordLocks } from './record-locks.js';
import { RecordTags } from './record-tags.js';
import { RelatedRecords } from './related-records.js';
import type { WriteSuccess } from '../results.js';

// Fields Zoho sets itself; they are read, never sent.
const SYSTEM_FIELDS = new Set(['id', 'Created_Time', 'Created_By', 'Modified_Time', 'Modified_By']);

/**
 * One CRM record: field values with dirty tracking, and its notes, attachments, photo,
 * related records and line items. `module.record()` is a new record (save() creates it);
 * `module.record(id)` an existing one (fetch() reads it, save() sends only what `set` changed).
 */
export class CrmRecord {
  #values: FieldValues = {};
  readonly #changes = new Map<string, unknown>();

  constructor(
    readonly module: Module,
    public id: string | undefined,
  ) {}

  /**
   * Reads a field's value: the pending change if there is one, else the last fetched or saved value.
   *
   * @example
   * const lead = await crm.module('Leads').record('4150868000000225013').fetch({ fields: ['Last_Name', 'Email'] });
   * console.log(lead.get('Email'));
   */
  get(field: string): unknown {
    return this.#changes.has(field) ? this.#changes.get(field) : this.#values[field];
  }

  /**
   * Changes a field; the change is sent by the next save().
   *
   * @example
   * const lead = crm.module('Leads').record('4150868000000225013');
   * lead.set('Lead_Status', 'Contacted');
   * await lead.save(); // sends Lead_Status alone
   */
  set(field: string, value: unknown): this;
  /**
   * Changes several fields; the changes are sent by the next save().
   *
   * @example
   * const lead = crm.module('Leads').record().set({ Last_Name: 'Hopper', Company: 'Navy' });
   * await lead.save(); // creates it: lead.id is Zoho's id from now on
   */
  set(values: FieldValues): this;
  set(fieldOrValues: string | FieldValues, value?: unknown): this {
    const entries = typeof fieldOrValues === 'string' ? [[fieldOrValues, value] as const] : Object.entries(fieldOrValues);
    for (const [field, next] of entries) {
      if (field === 'id') throw new ZohoError('crm: a record id cannot be set; use module.record(id)', { product: 'crm', code: 'INVALID_DATA' });
      // Setting a field back to the value it was fetched with is no change.
      if (Object.hasOwn(this.#values, field) && same(this.#values[field], next)) this.#changes.delete(field);
      else this.#changes.set(field, next);
    }
    return this;
  }

  /** Every known value, pending changes included. */
  get values(): Readonly<FieldValues> {
    return { ...this.#values, ...Object.fromEntries(this.#changes), ...(this.id !== undefined ? { id: this.id } : {}) };
  }

  /** What the next save() sends: the changed fields, and any staged line items. */
  get changes(): FieldValues {
    return { ...Object.fromEntries(this.#changes), ...pendingLineItems(this) };
  }

  /** Whether save() has anything to send. */
  get isDirty(): boolean {
    return Object.keys(this.changes).length > 0;
  }

  /** Whether this record exists in Zoho (has an id). */
  get isNew(): boolean {
    return this.id === undefined;
  }

  /**
   * Reads the record from Zoho (all fields, or `fields`), dropping unsaved changes to those fields.
   *
   * @example
   * const deal = await crm.module('Deals').record('4150868000000225099').fetch({ fields: ['Deal_Name', 'Stage', 'Amount'] });
   * console.log(deal.get('Stage'));
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-records.html
   */
  async fetch(options: CallOptions & { fields?: readonly string[] } = {}): Promise<this> {
    if (this.id === undefined) throw new ZohoError('crm: a new record has nothing to fetch; save() it first', { product: 'crm', code: 'NOT_SAVED' });
    const data = await this.module.records.get(this.id, options);
    if (!data) throw new ZohoError(`crm: ${this.module.apiName} record ${this.id} does not exist (Zoho answered 204)`, { product: 'crm', code: 'RECORD_NOT_FOUND', status: 204 });
    this.#absorb(data);
    for (const field of Object.keys(data)) this.#changes.delete(field);
    return this;
  }

  /**
   * Creates the record, or sends only the changed fields of an existing one. Throws a
   * ZohoWriteError (with Zoho's code, `api_name` and `json_path`) when Zoho refuses it;
   * the changes are then kept so they can be fixed and saved again.
   *
   * @example
   * const lead = crm.module('Leads').record().set({ Last_Name: 'Lovelace', Company: 'Analytical Engines' });
   * await lead.save({ trigger: ['workflow'] });
   * lead.set('Company', 'Babbage & Co');
   * await lead.save(); // an update of Company alone
   * @see https://www.zoho.com/crm/developer/docs/api/v8/insert-records.html
   * @see https://www.zoho.com/crm/developer/docs/api/v8/update-records.html
   */
  async save(options: CallOptions & { trigger?: readonly CrmTrigger[] } = {}): Promise<this> {
    const changes = this.changes;
    if (this.id !== undefined && Object.keys(changes).length === 0) return this;
    const write = { ...(options.signal ? { signal: options.signal } : {}), ...(options.trigger ? { trigger: options.trigger } : {}) };
    const results = this.id === undefined
      ? await this.module.records.create([changes], write)
      : await this.module.records.update([{ ...changes, id: this.id }], write);
    // One record sent, one result: a batch write answers one per input, in order.
    const result = results[0]!;
    if (!result.ok) throw new ZohoWriteError(`${this.module.apiName} records`, [result], { product: 'crm' });
    this.#saved(result, changes);
    return this;
  }

  /**
   * Deletes the record (to the recycle bin, from which `crm.recycleBin` can restore it).
   *
   * @example
   * await crm.module('Leads').record('4150868000000225013').delete();
   */
  async delete(options: CallOptions = {}): Promise<void> {
    if (this.id === undefined) throw new ZohoError('crm: a new record cannot be deleted', { product: 'crm', code: 'NOT_SAVED' });
    // One id sent, one result.
    const result = (await this.module.records.delete([this.id], options))[0]!;
    if (!result.ok) throw new ZohoWriteError(`${this.module.apiName} records`, [result], { product: 'crm' });
  }

  get notes(): Notes {
    return new Notes(this);
  }

  get attachments(): Attachments {
    return new Attachments(this);
  }

  get photo(): Photo {
    return new Photo(this);
  }

  /** The record's tags: add (optionally `overWrite`) and remove, by name (see record-tags.ts). */
  get tags(): RecordTags {
    return new RecordTags(this);
  }

  /** The record's locks: lock, list, unlock (see record-locks.ts). */
  get locks(): RecordLocks {
    return new RecordLocks(this);
  }

  /**
   * Opens the records related through a related list, by its API name (`Contacts`, `Notes`...).
   *
   * @example
   * const account = crm.module('Accounts').record('4150868000000225013');
   * for await (const contact of account.related('Contacts').iterate({ fields: ['Last_Name'] })) console.log(contact.id);
   */
  related(listName: string): RelatedRecords {
    return new RelatedRecords(this, listName);
  }

  /**
   * Leads only: converts the lead into a contact, an account and optionally a deal (see convert-lead.ts).
   *
   * @example
   * const lead = crm.module('Leads').record('4150868000000225013');
   * const { contact, account, deal } = await lead.convert({ deal: { Deal_Name: 'Scissors', Stage: 'Qualification', Closing_Date: '2030-01-31' } });
   * console.log(contact.id, account?.id, deal?.id);
   */
  convert(options: ConvertLeadOptions = {}): Promise<ConvertedLead> {
    return convertLead(this, options);
  }

  /**
   * Gives the record a new owner (a user id), optionally with its related records (see change-owner.ts).
   *
   * @example
   * const account = crm.module('Accounts').record('4150868000000225013');
   * await account.changeOwner('4150868000000225001', { notify: true, relatedModules: ['Contacts', 'Deals'] });
   */
  changeOwner(ownerId: string, options: ChangeOwnerOptions = {}): Promise<void> {
    return changeOwner(this, ownerId, options);
  }

  /** Line items: Quotes, Sales_Orders, Invoices and Purchase_Orders only. */
  get lineItems(): LineItems {
    return new LineItems(this);
  }

  /**
   * Answers every known value (pending changes included) with the id, for `JSON.stringify`.
   *
   * @example
   * const lead = await crm.module('Leads').record('4150868000000225013').fetch();
   * console.log(JSON.stringify(lead));
   */
  toJSON(): FieldValues {
    return { ...this.values };
  }

  #absorb(data: CrmRecordData): void {
    this.#values = { ...this.#values, ...data };
    if (typeof data.id === 'string') this.id = data.id;
  }

  #saved(result: WriteSuccess, sent: FieldValues): void {
    this.id = result.id;
    const { id: _id, ...details } = result.details;
    const kept = Object.fromEntries(Object.entries(sent).filter(([field]) => !SYSTEM_FIELDS.has(field) && !field.endsWith('_Items')));
    this.#values = { ...this.#values, ...kept, ...details };
    for (const field of Object.keys(sent)) this.#changes.delete(field);
    clearPendingLineItems(this);
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
