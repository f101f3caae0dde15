import type { CallOptions } from '../call-options.js';
import type { CsvRow } from '../bulk/zip-csv-rows.js';
import type { BulkReadOptions } from './jobs/bulk-read.js';
import type { BulkWriteOptions, BulkWriteResult, Rows as BulkWriteRows } from './jobs/bulk-write.js';
import { changeOwners, type ChangeOwnerOptions } from './records/change-owner.js';
import type { Crm } from './crm.js';
import type { FieldValues, ModuleInfo } from './crm-types.js';
import { CustomView } from './metadata/custom-view.js';
import { Field } from './metadata/field.js';
import { defaultFieldNames } from './metadata/fields-default.js';
import { Layout } from './metadata/layout.js';
import type { LoadAction, LoadOptions, LoadResult } from './records/load.js';
import type { ItemResult } from './item-result.js';
import { massUpdate, type MassUpdateJob, type MassUpdateTarget } from './records/mass-update.js';
import { read, type ReadOptions } from './records/read.js';
import { CrmRecord } from './records/record.js';
import { ModuleTags } from './records/record-tags.js';
import { ModuleRecords, type SearchQuery } from './records/records.js';
import { RelatedList } from './metadata/related-list.js';

const SETTINGS = '/crm/v8/settings' as const;

/** One CRM module (`zoho.crm.module('Leads')`): its records, metadata and jobs. No call is made until a method runs. */
export class Module {
  constructor(
    readonly crm: Crm,
    readonly apiName: string,
  ) {}

  /** list, get, create, update, upsert, delete, search, count, deleted, iterate. */
  get records(): ModuleRecords {
    return new ModuleRecords(this);
  }

  /** Tagging many records of the module at once (see record-tags.ts); the org's tags are `crm.tags`. */
  get tags(): ModuleTags {
    return new ModuleTags(this);
  }

  /**
   * A record handle; without an id it is a new record that save() creates.
   *
   * @example
   * const lead = zoho.crm.module('Leads').record('4150868000000225013');
   * const fresh = zoho.crm.module('Leads').record().set({ Last_Name: 'Hopper' });
   */
  record(id?: string): CrmRecord {
    return new CrmRecord(this, id);
  }

  /**
   * The module's description (`GET /settings/modules/{module}`), with its fields and related lists.
   *
   * @example
   * const info = await zoho.crm.module('Leads').info();
   * console.log(info?.singular_label, info?.fields?.length);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/modules-api.html
   */
  async info(options: CallOptions = {}): Promise<ModuleInfo | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/modules/{module_api_name}`, { params: { path: { module_api_name: this.apiName } }, signal: options.signal ?? null });
    return data?.modules[0];
  }

  /**
   * The module's fields, cached per client view; `refresh` fetches them again.
   *
   * @example
   * const fields = await leads.fields();
   * console.log(fields.filter((field) => field.mandatory).map((field) => field.apiName));
   */
  fields(options: CallOptions & { refresh?: boolean } = {}): Promise<Field[]> {
    const key = `fields:${this.apiName}`;
    if (options.refresh) this.crm.metadata.clear(key);
    return this.crm.metadata.get(key, async () => {
      const { data } = await this.crm.api.GET(`${SETTINGS}/fields`, { params: { query: { module: this.apiName } }, signal: options.signal ?? null });
      return (data?.fields ?? []).map((field) => new Field(field));
    });
  }

  /**
   * The fields a list read returns when none are named (all listable fields).
   *
   * @example
   * const names = await leads.defaultFields();
   */
  async defaultFields(options: CallOptions = {}): Promise<string[]> {
    return defaultFieldNames(await this.fields(options));
  }

  /**
   * Layouts → sections → fields → pick-list values.
   *
   * @example
   * const [layout] = await leads.layouts();
   * console.log(layout?.name, layout?.sections.map((section) => section.name));
   */
  async layouts(options: CallOptions = {}): Promise<Layout[]> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/layouts`, { params: { query: { module: this.apiName } }, signal: options.signal ?? null });
    return (data?.layouts ?? []).map((layout) => new Layout(layout));
  }

  /**
   * The module's custom views (saved filters); a view's `iterate()` walks its records.
   *
   * @example
   * const views = await leads.customViews();
   * const mine = views.find((view) => view.name === 'My Leads');
   */
  async customViews(options: CallOptions = {}): Promise<CustomView[]> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/custom_views`, { params: { query: { module: this.apiName } }, signal: options.signal ?? null });
    return (data?.custom_views ?? []).map((view) => new CustomView(this, view));
  }

  /**
   * The module's related lists (Contacts of an Account, Notes...): their API names go to `record.related(name)`.
   *
   * @example
   * const lists = await zoho.crm.module('Accounts').relatedLists();
   * console.log(lists.map((list) => list.apiName));
   */
  async relatedLists(options: CallOptions = {}): Promise<RelatedList[]> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/related_lists`, { params: { query: { module: this.apiName } }, signal: options.signal ?? null });
    return (data?.related_lists ?? []).map((list) => new RelatedList(list));
  }

  /**
   * Batched create, update, upsert, delete or retrieve of any number of rows; one result per
   * row, in input order (see load.ts).
   *
   * @example
   * const { results } = await leads.load(ids, { action: 'retrieve', fields: ['Last_Name', 'Email'] });
   * for (const r of results) console.log(r.ok ? r.record['Email'] : r.error.code);
   */
  async load<Row = FieldValues, A extends LoadAction = LoadAction>(rows: Iterable<Row>, options: LoadOptions<Row> & { action: A }): Promise<LoadResult<A>> {
    // load, bulkRead and bulkWrite import their modules on first use: with the CSV, ZIP and
    // read-back code under them they are about a tenth of the package's cold import, which
    // every program that never runs one would pay (package.test.ts holds this).
    const { load } = await import('./records/load.js');
    return load(this, rows, options);
  }

  /**
   * Every record (or those matching `criteria`), optionally flattened to columns (see read.ts).
   *
   * @example
   * for await (const row of leads.read({ fields: ['Last_Name', 'Owner.name'], flatten: true, orderBy: { field: 'Last_Name' } })) console.log(row['Owner.name']);
   */
  read(options: ReadOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
    return read(this, options);
  }

  /**
   * How many records match (all of them without criteria).
   *
   * @example
   * const open = await zoho.crm.module('Deals').count(criteria.equals('Stage', 'Qualification'));
   */
  count(query?: SearchQuery, options: CallOptions = {}): Promise<number> {
    return this.records.count(query, options);
  }

  /**
   * Bulk read job: rows of the module streamed from Zoho's ZIP/CSV result (see bulk-read.ts).
   *
   * @example
   * for await (const row of leads.bulkRead({ fields: ['Last_Name', 'Email'] })) console.log(row['Email']);
   * @see https://zoho.com/crm/developer/docs/api/v8/bulk-read/overview.html
   */
  async *bulkRead(options: BulkReadOptions = {}): AsyncGenerator<CsvRow, void, undefined> {
    const { bulkRead } = await import('./jobs/bulk-read.js');
    yield* bulkRead(this, options);
  }

  /**
   * Bulk write job: rows uploaded as ZIP/CSV, then the job's result rows (see bulk-write.ts).
   *
   * @example
   * const result = await leads.bulkWrite([{ Last_Name: 'Hopper', Email: 'grace@example.com' }], { operation: 'upsert', findBy: 'Email' });
   * console.log(result.added, result.updated, result.failed);
   */
  async bulkWrite(rows: BulkWriteRows, options: BulkWriteOptions): Promise<BulkWriteResult> {
    const { bulkWrite } = await import('./jobs/bulk-write.js');
    return bulkWrite(this, rows, options);
  }

  /**
   * Sets the same values on many records in the background; `await (await module.massUpdate(...)).wait()` (see mass-update.ts).
   *
   * @example
   * const job = await leads.massUpdate({ Lead_Status: 'Contacted' }, { ids: ['4150868000000225013', '4150868000000225014'] });
   * const status = await job.wait();
   * @see https://zoho.com/crm/developer/docs/api/v8/mass-update-records.html
   */
  massUpdate(values: FieldValues, target: MassUpdateTarget, options: CallOptions & { overWrite?: boolean } = {}): Promise<MassUpdateJob> {
    return massUpdate(this, values, target, options);
  }

  /**
   * Gives many records a new owner (a user id); one result per id (see change-owner.ts).
   *
   * @example
   * const results = await leads.changeOwner(['4150868000000225013'], '4150868000000225001', { notify: true });
   */
  changeOwner(ids: readonly string[], ownerId: string, options: ChangeOwnerOptions = {}): Promise<ItemResult[]> {
    return changeOwners(this, ids, ownerId, options);
  }
}
