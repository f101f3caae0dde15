import type { SeededRandom } from '../random.js';
import { DeskOrg } from './desk-org.js';

/** What `sim.desk.createOrg()` takes. */
export interface SimDeskOrgDefinition {
  /** The org id (digits); the next free one by default. */
  id?: string;
  companyName?: string;
  portalName?: string;
  /** Department names; the first is the default. `['Support']` by default. */
  departments?: string[];
}

// Desk ids are long integers sent as strings, like "1892000000042032". Counting up keeps
// them unique and in creation order, which the simulator's default sort relies on.
const ID_BASE = 1_892_000_000_000_000n;
// Desk org ids are shorter ("2389290" in Zoho's examples).
const ORG_ID_BASE = 60_000_000_000;

/**
 * Desk's memory: organizations, each with its departments, tickets, contacts, accounts,
 * comments, threads and recycle bin. One org (`defaultOrg`) exists from the start so a
 * test only has to point `desk.orgId` at `sim.desk.defaultOrg.id`.
 */
export class DeskState {
  readonly orgs = new Map<string, DeskOrg>();
  /** The org every simulator starts with: "Zylker", with one department, "Support". */
  readonly defaultOrg: DeskOrg;
  /**
   * The clock stamped on created and modified records. The simulator's routes point it at
   * the simulator's own clock when they are registered.
   */
  clock: () => number = Date.now;
  /**
   * When true, each call needs its Desk scope (`Desk.tickets.READ`, `Desk.search.READ`...;
   * `Desk.<area>.ALL` covers an area) and answers 403 SCOPE_MISMATCH without it. Off by
   * default because the simulator's default grant carries CRM scopes only.
   */
  requireScopes = false;
  /** Agent ids by zohokit user (the caller of a request), made on first sight. */
  readonly #agents = new Map<string, string>();
  #nextId = 0n;
  #nextOrg = 0;

  constructor(readonly random: SeededRandom) {
    this.defaultOrg = this.createOrg({ companyName: 'Zylker', portalName: 'zylker' });
  }

  /** Creates an organization (a Desk portal) with its departments. */
  createOrg(definition: SimDeskOrgDefinition = {}): DeskOrg {
    const id = definition.id ?? String(ORG_ID_BASE + ++this.#nextOrg);
    if (this.orgs.has(id)) throw new Error(`createOrg: org ${id} exists`);
    const name = definition.companyName ?? `Org ${id}`;
    const org = new DeskOrg(this, { id, companyName: name, portalName: definition.portalName ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '') });
    for (const department of definition.departments ?? ['Support']) org.addDepartment(department);
    this.orgs.set(id, org);
    return org;
  }

  org(id: string): DeskOrg | undefined {
    return this.orgs.get(id);
  }

  newId(): string {
    return String(ID_BASE + ++this.#nextId);
  }

  /** Now, as Desk writes times: ISO 8601 in UTC with milliseconds. */
  timestamp(): string {
    return new Date(this.clock()).toISOString();
  }

  /** The agent id of a caller: every authorised user is an agent of every org here. */
  agentId(user: string): string {
    let id = this.#agents.get(user);
    if (id === undefined) {
      id = this.newId();
      this.#agents.set(user, id);
    }
    return id;
  }
}
