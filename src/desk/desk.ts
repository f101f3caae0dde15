import type { CallOptions } from '../call-options.js';
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/desk.js';
import type { ProductContext } from '../product-context.js';
import { deskAccounts, type DeskAccounts } from './accounts.js';
import { bodyOf, listOf, type DeskCall } from './desk-call.js';
import { deskContacts, type DeskContacts } from './contacts.js';
import { REQUIRE_ORG_ID, orgIdHeader } from './desk-org-id.js';
import { deskPages } from './desk-pages.js';
import type { DeskDepartment, DeskOrganization } from './desk-types.js';
import { DeskTickets } from './tickets.js';

/** The typed openapi-fetch client of spec/desk.yaml (`zoho.desk.api`). */
export type DeskClient = Client<paths>;

// Departments are few; one page of 100 (within Zoho's documented 1-200) nearly always holds them all.
const DEPARTMENT_PAGE = 100;

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

  /** @internal createZoho() builds the product clients. */
  constructor(api: DeskClient, context: ProductContext<Desk>, orgId?: string) {
    this.api = api;
    this.context = context;
    this.orgId = orgId;
    const call = (options: CallOptions): DeskCall => this.#call(options);
    this.tickets = new DeskTickets(api, call);
    this.contacts = deskContacts(api, call);
    this.accounts = deskAccounts(api, call);
  }

  /** The same Desk, for another organization (an `id` from `organizations()`). Free. */
  org(orgId: string): Desk {
    return new Desk(this.api, this.context, orgId);
  }

  /** The Desk organizations (portals) the user belongs to. The one call that needs no orgId. */
  async organizations(options: CallOptions = {}): Promise<DeskOrganization[]> {
    const { data } = await this.api.GET('/api/v1/organizations', { ...(options.signal ? { signal: options.signal } : {}) });
    return bodyOf(data, 'listing organizations').data;
  }

  /** Every department of the organization: a ticket needs a `departmentId`. */
  async departments(options: { isEnabled?: boolean } & CallOptions = {}): Promise<DeskDepartment[]> {
    const { header, init } = this.#call(options);
    const all: DeskDepartment[] = [];
    const fetchPage = async (from: number, limit: number) => {
      const query = { from, limit, ...(options.isEnabled !== undefined ? { isEnabled: options.isEnabled } : {}) };
      return listOf((await this.api.GET('/api/v1/departments', { params: { header, query }, ...init })).data);
    };
    for await (const page of deskPages(fetchPage, { limit: DEPARTMENT_PAGE, ...(options.signal ? { signal: options.signal } : {}) })) all.push(...page);
    return all;
  }

  /** The org header, the guard that refuses to send without an org, and the caller's signal. */
  #call(options: CallOptions): DeskCall {
    return {
      header: orgIdHeader(this.orgId),
      init: { middleware: [REQUIRE_ORG_ID], ...(options.signal ? { signal: options.signal } : {}) },
    };
  }
}
