import type { CallOptions } from '../call-options.js';
import type { IterateOptions, Page } from '../page.js';
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/crm.js';
import type { ProductContext } from '../product-context.js';
import { iterateQuery, queryPage, type CoqlPageOptions, type CoqlQuery } from './records/coql.js';
import { composite, type CompositeOptions, type CompositeResults, type SubRequest } from './records/composite.js';
import { CrmNotes } from './records/crm-notes.js';
import type { FieldValues, ModuleInfo, Org, ProfileData, RoleData } from './crm-types.js';
import { MetadataCache } from './metadata/metadata-cache.js';
import { Module } from './module.js';
import { Notifications } from './notifications/notifications.js';
import { GlobalPicklists } from './metadata/global-picklists.js';
import { fetchOrg } from './settings/org.js';
import { Pipelines } from './metadata/pipelines.js';
import { RecycleBin } from './records/recycle-bin.js';
import { profilesOf, rolesOf, type SettingsList } from './settings/settings-list.js';
import { Tags } from './settings/tags.js';
import { Territories } from './settings/territories.js';
import { UserGroups } from './settings/user-groups.js';
import { Users } from './settings/users.js';

export type CrmPaths = paths;
export type CrmClient = Client<paths>;

/** Zoho CRM v8: `zoho.crm`. Handles are free; nothing is fetched until a method runs. */
export class Crm {
  /** The typed low-level client: every operation of spec/crm.yaml. */
  readonly api: CrmClient;
  /** @internal The calling user and view, shared with this product's entities. */
  readonly context: ProductContext<Crm>;
  /** Field metadata fetched through this client view (see `module.fields({ refresh })`). */
  readonly metadata = new MetadataCache();

  /** @internal createZoho() builds the product clients. */
  constructor(api: CrmClient, context: ProductContext<Crm>) {
    this.api = api;
    this.context = context;
  }

  /**
   * A module by API name (`Leads`, `Deals`, a custom `xyz__c`).
   *
   * @example
   * const deals = zoho.crm.module('Deals');
   * const page = await deals.records.list({ fields: ['Deal_Name', 'Stage'] });
   */
  module(apiName: string): Module {
    return new Module(this, apiName);
  }

  /**
   * Every module of the org, as the modules API describes them.
   *
   * @example
   * const modules = await zoho.crm.modules();
   * console.log(modules.filter((m) => m.api_supported).map((m) => m.api_name));
   * @see https://www.zoho.com/crm/developer/docs/api/v8/modules-api.html
   */
  async modules(options: CallOptions = {}): Promise<ModuleInfo[]> {
    const { data } = await this.api.GET('/crm/v8/settings/modules', { signal: options.signal ?? null });
    return data?.modules ?? [];
  }

  /**
   * The org (company) of the calling user.
   *
   * @example
   * const org = await zoho.crm.org();
   * console.log(org.company_name, org.currency);
   */
  org(options: CallOptions = {}): Promise<Org> {
    return fetchOrg(this, options);
  }

  get users(): Users {
    return new Users(this);
  }

  /** The org's roles (the reporting hierarchy): `list()` (one page: Zoho answers them in one piece) and `get(id)`. */
  get roles(): SettingsList<RoleData> {
    return rolesOf(this);
  }

  /** The org's profiles (permission sets): `list()` (one page) and `get(id)`. */
  get profiles(): SettingsList<ProfileData> {
    return profilesOf(this);
  }

  /** The org's tags, per module: list, create, update, delete, merge (see tags.ts). */
  get tags(): Tags {
    return new Tags(this);
  }

  /** Global picklists: value sets shared by picklist fields of several modules (see global-picklists.ts). */
  get globalPicklists(): GlobalPicklists {
    return new GlobalPicklists(this);
  }

  /**
   * The pipelines (and their stages) of one Deals layout (see pipelines.ts).
   *
   * @example
   * const { items } = await zoho.crm.pipelines(layoutId).list();
   */
  pipelines(layoutId: string): Pipelines {
    return new Pipelines(this, layoutId);
  }

  /** Territories and their users (see territories.ts). */
  get territories(): Territories {
    return new Territories(this);
  }

  /** User groups and where their members come from (see user-groups.ts). */
  get userGroups(): UserGroups {
    return new UserGroups(this);
  }

  /** Notes across records: list all, create, update or delete many (see crm-notes.ts). */
  get notes(): CrmNotes {
    return new CrmNotes(this);
  }

  /** The recycle bin: list, restore, delete permanently (see recycle-bin.ts). */
  get recycleBin(): RecycleBin {
    return new RecycleBin(this);
  }

  /** Instant notifications: enable, update, list and disable watch channels (see notifications.ts). */
  get notifications(): Notifications {
    return new Notifications(this);
  }

  /**
   * Up to five calls in one request, with typed results (see composite.ts; build calls with `subRequest`).
   *
   * @example
   * const [leads, deals] = await zoho.crm.composite([
   *   subRequest('GET', '/crm/v8/{module_api_name}', { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } }),
   *   subRequest('GET', '/crm/v8/{module_api_name}', { path: { module_api_name: 'Deals' }, query: { fields: 'Deal_Name' } }),
   * ]);
   * if (leads.ok && deals.ok) console.log(leads.body?.data.length, deals.body?.data.length); // no body: Zoho's 204, none found
   */
  composite<const R extends readonly SubRequest[]>(requests: R, options: CompositeOptions = {}): Promise<CompositeResults<R>> {
    return composite(this, requests, options);
  }

  /**
   * Runs a COQL query (a `coql` builder or query text) and returns its first page: the query
   * as written, or from `offset` in pages of `perPage` rows. `nextPage()` and `for await` go
   * on with LIMIT/OFFSET up to Zoho's 100,000 rows (past them: ZohoLimitError).
   *
   * @example
   * const page = await zoho.crm.query(coql.select('Last_Name').from('Leads').where(criteria.equals('Lead_Source', 'Web')));
   * console.log(page.items, page.hasMore);
   */
  query(query: CoqlQuery | string, options: CoqlPageOptions = {}): Promise<Page<FieldValues>> {
    return queryPage(this, query, options);
  }

  /**
   * Every row of a COQL query (without its own LIMIT), paged with LIMIT/OFFSET (`perPage`,
   * 2,000 by default) up to Zoho's 100,000-row cap; stops after `limit` rows.
   *
   * @example
   * for await (const row of zoho.crm.iterate(coql.select('Last_Name').from('Leads'), { limit: 10_000 })) console.log(row);
   */
  iterate(query: CoqlQuery | string, options: IterateOptions = {}): AsyncGenerator<FieldValues, void, undefined> {
    return iterateQuery(this, query, options);
  }
}
