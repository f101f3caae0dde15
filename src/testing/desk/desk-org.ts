import type { DeskState } from './desk-state.js';

/** The three record kinds that share Desk's list/get/create/update/search/trash shape. */
export type DeskKind = 'tickets' | 'contacts' | 'accounts';

/** A Desk record as stored: its JSON fields, with the id. */
export type SimDeskRecord = Record<string, unknown> & { id: string };

// Desk's statuses fall into three status types; custom statuses count as Open.
const STATUS_TYPES: Record<string, string> = { closed: 'Closed', 'on hold': 'On Hold' };

/**
 * One Desk organization (portal) and everything in it. Tests seed it with `add*` (no
 * validation, no request) and inspect the maps; the routes go through the same methods
 * after validating, so seeded and created records look alike.
 */
export class DeskOrg {
  readonly id: string;
  readonly companyName: string;
  readonly portalName: string;
  readonly departments = new Map<string, SimDeskRecord>();
  /** Live records by kind, in creation order. */
  readonly records: Record<DeskKind, Map<string, SimDeskRecord>> = { tickets: new Map(), contacts: new Map(), accounts: new Map() };
  /** The recycle bin: what `moveToTrash` took out of `records`. */
  readonly trash: Record<DeskKind, Map<string, SimDeskRecord>> = { tickets: new Map(), contacts: new Map(), accounts: new Map() };
  /** Comments and threads by ticket id, oldest first. */
  readonly comments = new Map<string, SimDeskRecord[]>();
  readonly threads = new Map<string, SimDeskRecord[]>();
  // Zoho's examples number tickets from 101.
  #nextTicketNumber = 101;

  constructor(
    readonly state: DeskState,
    fields: { id: string; companyName: string; portalName: string },
  ) {
    this.id = fields.id;
    this.companyName = fields.companyName;
    this.portalName = fields.portalName;
  }

  get tickets(): Map<string, SimDeskRecord> {
    return this.records.tickets;
  }

  get contacts(): Map<string, SimDeskRecord> {
    return this.records.contacts;
  }

  get accounts(): Map<string, SimDeskRecord> {
    return this.records.accounts;
  }

  /** The department tickets go to when a test does not care: the first one added. */
  get defaultDepartment(): SimDeskRecord {
    const first = this.departments.values().next();
    if (first.done) throw new Error(`org ${this.id} has no department`);
    return first.value;
  }

  addDepartment(name: string): SimDeskRecord {
    const department: SimDeskRecord = {
      id: this.state.newId(),
      name,
      nameInCustomerPortal: name,
      description: null,
      isEnabled: true,
      isDefault: this.departments.size === 0,
      isVisibleInCustomerPortal: true,
      isAssignToTeamEnabled: false,
      hasLogo: false,
      chatStatus: 'DISABLED',
      sanitizedName: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      creatorId: null,
      createdTime: this.state.timestamp(),
    };
    this.departments.set(department.id, department);
    return department;
  }

  addAccount(fields: Record<string, unknown>): SimDeskRecord {
    return this.#store('accounts', {
      ...fields,
      ...this.#stamps(),
      isDeleted: false,
      isTrashed: false,
      isFollowing: false,
      webUrl: this.#webUrl('Accounts'),
    });
  }

  addContact(fields: Record<string, unknown>): SimDeskRecord {
    return this.#store('contacts', {
      ...fields,
      ...this.#stamps(),
      isAnonymous: false,
      isEndUser: false,
      isSpam: false,
      isDeleted: false,
      isTrashed: false,
      isFollowing: false,
      webUrl: this.#webUrl('Contacts'),
    });
  }

  /**
   * Adds a ticket as Desk creates one: a number, the Open status unless told, the contact's
   * account, email and phone, and its description as the first thread.
   */
  addTicket(fields: Record<string, unknown>): SimDeskRecord {
    const contact = typeof fields['contactId'] === 'string' ? this.contacts.get(fields['contactId']) : undefined;
    const ticket = this.#store('tickets', {
      departmentId: this.defaultDepartment.id,
      status: 'Open',
      channel: 'Email',
      priority: null,
      email: contact?.['email'] ?? null,
      phone: contact?.['phone'] ?? null,
      accountId: contact?.['accountId'] ?? null,
      ...fields,
      ticketNumber: String(this.#nextTicketNumber++),
      ...this.#stamps(),
      threadCount: '0',
      commentCount: '0',
      attachmentCount: '0',
      isSpam: false,
      isArchived: false,
      isOverDue: false,
      isEscalated: false,
      webUrl: this.#webUrl('Cases'),
    });
    Object.assign(ticket, statusFields(ticket, this.state.timestamp()));
    if (typeof ticket['description'] === 'string' && ticket['description'] !== '') {
      this.addThread(ticket.id, {
        content: ticket['description'],
        direction: 'in',
        isDescriptionThread: true,
        fromEmailAddress: ticket['email'] ?? null,
      });
    }
    return ticket;
  }

  /** Changes a live record's fields; a ticket's status change moves its status type. */
  update(kind: DeskKind, id: string, fields: Record<string, unknown>): SimDeskRecord | undefined {
    const record = this.records[kind].get(id);
    if (!record) return undefined;
    Object.assign(record, fields, { id, modifiedTime: this.state.timestamp() });
    if (kind === 'tickets' && 'status' in fields) Object.assign(record, statusFields(record, this.state.timestamp()));
    if (kind === 'tickets' && 'contactId' in fields) {
      const contact = this.contacts.get(String(fields['contactId']));
      record['accountId'] = contact?.['accountId'] ?? null;
    }
    return record;
  }

  /** Moves records to the recycle bin; they leave lists, searches and gets. */
  moveToTrash(kind: DeskKind, ids: readonly string[]): void {
    for (const id of ids) {
      const record = this.records[kind].get(id);
      if (!record) continue;
      this.records[kind].delete(id);
      if (kind !== 'tickets') record['isTrashed'] = true;
      this.trash[kind].set(id, record);
    }
  }

  /** Adds a comment by `agent` (a zohokit user) to a ticket and counts it on the ticket. */
  addComment(ticketId: string, fields: { content: string; isPublic?: boolean; contentType?: string }, agent: string): SimDeskRecord {
    const ticket = this.#ticket(ticketId);
    const agentId = this.state.agentId(agent);
    const now = this.state.timestamp();
    const comment: SimDeskRecord = {
      id: this.state.newId(),
      content: fields.content,
      contentType: fields.contentType ?? 'plainText',
      encodedContent: null,
      isPublic: fields.isPublic ?? false,
      commenterId: agentId,
      commenter: { id: agentId, name: agent.split('@')[0] ?? agent, email: agent, photoURL: null, roleName: 'Agent', type: 'AGENT' },
      impersonatedUser: null,
      commentedTime: now,
      modifiedTime: now,
      attachments: [],
    };
    listOf(this.comments, ticketId).push(comment);
    ticket['commentCount'] = String(Number(ticket['commentCount'] ?? 0) + 1);
    return comment;
  }

  /**
   * Adds a thread (a message of the conversation) to a ticket. The simulator has no mail
   * server: tests add customer and agent messages here to read them back through the API.
   */
  addThread(
    ticketId: string,
    fields: { content: string; direction?: 'in' | 'out'; channel?: string; isDescriptionThread?: boolean; fromEmailAddress?: unknown; to?: string },
  ): SimDeskRecord {
    const ticket = this.#ticket(ticketId);
    const thread: SimDeskRecord = {
      id: this.state.newId(),
      channel: fields.channel ?? String(ticket['channel'] ?? 'Email').toUpperCase(),
      direction: fields.direction ?? 'in',
      status: 'SUCCESS',
      visibility: 'public',
      content: fields.content,
      contentType: 'text/html',
      isContentTruncated: false,
      fullContentURL: null,
      isDescriptionThread: fields.isDescriptionThread ?? false,
      isForward: false,
      canReply: true,
      hasAttach: false,
      attachmentCount: '0',
      attachments: [],
      author: null,
      responderId: null,
      createdTime: this.state.timestamp(),
      fromEmailAddress: fields.fromEmailAddress ?? ticket['email'] ?? null,
      to: fields.to ?? null,
      cc: null,
      bcc: null,
      replyTo: null,
    };
    listOf(this.threads, ticketId).push(thread);
    ticket['threadCount'] = String(Number(ticket['threadCount'] ?? 0) + 1);
    return thread;
  }

  /** How `GET /organizations` shows this org. */
  toJSON(): Record<string, unknown> {
    return {
      id: this.id,
      companyName: this.companyName,
      portalName: this.portalName,
      portalURL: `https://desk.zoho.com/portal/${this.portalName}`,
      alias: null,
      edition: 'ENTERPRISE',
      isDefault: this.state.defaultOrg === this,
      isAdminInOrg: true,
      isSandboxPortal: false,
      isPayloadEncryptionEnabled: false,
      description: null,
      website: null,
      phoneNumber: null,
      mobile: null,
      fax: null,
      primaryContact: null,
      employeeCount: '0',
      street: null,
      city: null,
      state: null,
      country: null,
      zip: null,
      currencyCode: 'USD',
      currencySymbol: '$',
      currencyLocale: 'US',
      logoURL: null,
      faviconURL: null,
    };
  }

  #ticket(id: string): SimDeskRecord {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new Error(`org ${this.id} has no ticket ${id}`);
    return ticket;
  }

  #store(kind: DeskKind, fields: Record<string, unknown>): SimDeskRecord {
    const record: SimDeskRecord = { ...fields, id: this.state.newId() };
    if (record['webUrl'] !== undefined) record['webUrl'] = `${String(record['webUrl'])}${record.id}`;
    this.records[kind].set(record.id, record);
    return record;
  }

  #stamps(): { createdTime: string; modifiedTime: string } {
    const now = this.state.timestamp();
    return { createdTime: now, modifiedTime: now };
  }

  #webUrl(tab: string): string {
    return `https://desk.zoho.com/support/${this.portalName}/ShowHomePage.do#${tab}/dv/`;
  }
}

function statusFields(ticket: SimDeskRecord, now: string): Record<string, unknown> {
  const statusType = STATUS_TYPES[String(ticket['status'] ?? '').toLowerCase()] ?? 'Open';
  return {
    statusType,
    closedTime: statusType === 'Closed' ? (ticket['closedTime'] ?? now) : null,
    onholdTime: statusType === 'On Hold' ? (ticket['onholdTime'] ?? now) : null,
  };
}

function listOf(map: Map<string, SimDeskRecord[]>, key: string): SimDeskRecord[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
