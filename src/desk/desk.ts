import type { CallOptions } from '../call-options.js';
import type { ProductContext } from '../product-context.js';
import { singlePage, type Page } from '../page.js';
import { bodyOf, type DeskCall, type DeskClient } from './desk-call.js';
import { DeskCollection, DeskList, type DeskPageOptions } from './desk-collection.js';
import { ACCOUNTS, CONTACTS, DEPARTMENTS, type DeskAccounts, type DeskContacts } from './desk-resources.js';
import { REQUIRE_ORG_ID, orgIdHeader } from './desk-org-id.js';
import type { DeskDepartment, DeskOrganization } from './desk-types.js';
import { DeskTickets } from './tickets.js';

export type { DeskClient } from './desk-call.js';

/**
 * Zoho Desk v1: `zoho.desk`. Every call but `organizations()` goes to one organization:
 * `desk: { orgId }` from the config, or the one `org(id)` names.
 */
export class Desk {
  /** The typed low-level client: every operation of spec/desk.yaml. */
  readonly api: DeskClient;
  /** @internal The calling user and view, shared with this product's entities. */
  readonly context: ProductContext<Desk>;
  /** The organization this handle names itself; undefined means the config's `desk.orgId`. */
  readonly orgId: string | undefined;
  /** Tickets, with their comments and threads. */
  readonly tickets: DeskTickets;
  /** Contacts: the people who raise tickets. */
  readonly contacts: DeskContacts;
  /** Accounts: the companies contacts belong to. */
  readonly accounts: DeskAccounts;
  readonly #departments: DeskList<DeskDepartment, { isEnabled?: boolean }>;

  /** @internal createZoho() builds the product clients. */
  constructor(api: DeskClient, context: ProductContext<Desk>, orgId?: string) {
    this.api = api;
    this.context = context;
    this.orgId = orgId;
    const call = (options: CallOptions): DeskCall => this.#call(options);
    this.tickets = new DeskTickets(api, call);
    this.contacts = new DeskCollection(api, call, CONTACTS);
    this.accounts = new DeskCollection(api, call, ACCOUNTS);
    this.#departments = new DeskList(api, call, DEPARTMENTS);
  }

  /**
   * The same Desk, for another organization (an `id` from `organizations()`). Free.
   *
   * @example
   * const { items: [org] } = await zoho.desk.organizations();
   * const tickets = await zoho.desk.org(org!.id).tickets.list();
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  org(orgId: string): Desk {
    return new Desk(this.api, this.context, orgId);
  }

  /**
   * The Desk organizations (portals) the user belongs to, as a one-page Page (Desk answers
   * them in one piece). The one call that needs no orgId.
   *
   * @example
   * const { items: [org] } = await zoho.desk.organizations();
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  async organizations(options: CallOptions = {}): Promise<Page<DeskOrganization>> {
    const { data } = await this.api.GET('/api/v1/organizations', { ...(options.signal ? { signal: options.signal } : {}) });
    return singlePage(bodyOf(data, 'listing organizations').data);
  }

  /**
   * The departments of the organization, as a Page of up to 100 (`for await` reads them all):
   * a ticket needs a `departmentId`.
   *
   * @example
   * const { items: [support] } = await zoho.desk.departments({ isEnabled: true });
   * @see https://desk.zoho.com/DeskAPIDocument
   */
  departments(options: { isEnabled?: boolean } & DeskPageOptions = {}): Promise<Page<DeskDepartment>> {
    return this.#departments.list(options);
  }

  /** The org header, the guard that refuses to send without an org, and the caller's signal. */
  #call(options: CallOptions): DeskCall {
    return {
      header: orgIdHeader(this.orgId),
      init: { middleware: [REQUIRE_ORG_ID], ...(options.signal ? { signal: options.signal } : {}) },
    };
  }
}
