import type { DeskKind, DeskOrg, SimDeskRecord } from './desk-org.js';
import type { QueryRules } from './desk-paging.js';
import type { FieldReader, Predicate } from './desk-search.js';

/** How a record is being shown: in a list (Desk leaves some fields out) and what to embed. */
export interface PresentOptions {
  include: readonly string[];
  inList: boolean;
}

/** What makes tickets, contacts and accounts differ behind the same six endpoints. */
export interface DeskKindRules {
  kind: DeskKind;
  /** The path parameter of one record, as in spec/desk.yaml. */
  idParam: string;
  /** The scope area of its calls: contacts and accounts share `Desk.contacts.*`. */
  scopeArea: 'tickets' | 'contacts';
  /** The body key of `moveToTrash`. */
  trashKey: string;
  /** The list's own parameters and sort keys. */
  list: QueryRules;
  listIncludes: readonly string[];
  getIncludes: readonly string[];
  /** The list's filters (status, departmentId...), or Desk's answer to a bad one. */
  listFilter(url: URL): Predicate | Response;
  /** The search's sort keys (its parameters come from `searchFields`). */
  search: Omit<QueryRules, 'allowed'>;
  /** Search parameter → what it matches. */
  searchFields(org: DeskOrg): Record<string, FieldReader>;
  /** The values `_all` looks through. */
  searchAll(org: DeskOrg, record: SimDeskRecord): unknown[];
  /** The value a sort key reads (`account` → the contact's account name). */
  sortKey(org: DeskOrg, record: SimDeskRecord, key: string): unknown;
  /** Creates the record from a validated body. */
  create(org: DeskOrg, body: Record<string, unknown>): SimDeskRecord;
  /** The JSON Desk answers for the record. */
  present(org: DeskOrg, record: SimDeskRecord, options: PresentOptions): Record<string, unknown>;
}

/** A field read as it is stored. */
export function field(name: string): FieldReader {
  return (record) => record[name];
}

/** Values separated by commas, each matched case-insensitively. */
export function anyOf(raw: string | null): ((value: unknown) => boolean) | undefined {
  if (raw === null) return undefined;
  const wanted = new Set(raw.split(',').map((value) => value.trim().toLowerCase()));
  return (value) => wanted.has(String(value ?? '').toLowerCase());
}

/** A contact's full name, as Desk's `contactName` and `fullName` match it. */
export function fullName(contact: SimDeskRecord | undefined): string {
  if (!contact) return '';
  return [contact['firstName'], contact['lastName']].filter((part) => typeof part === 'string' && part !== '').join(' ');
}

/** An account as other records embed it. */
export function accountRef(account: SimDeskRecord | undefined): Record<string, unknown> | null {
  return account ? { id: account.id, accountName: account['accountName'] ?? null, website: account['website'] ?? null } : null;
}
