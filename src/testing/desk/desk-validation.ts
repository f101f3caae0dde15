import { specRoutes } from '../../../generated/desk.js';
import type { DeskFieldError } from './desk-answers.js';
import type { DeskKind, DeskOrg } from './desk-org.js';

// The writable fields of each kind, and those mandatory on create, as spec/desk.yaml declares
// the bodies of createTicket, createContact and createAccount (TicketFields...).
const CREATE: Record<DeskKind, string> = { tickets: 'createTicket', contacts: 'createContact', accounts: 'createAccount' };
const WRITABLE = mapKinds((operationId) => createBody(operationId).properties ?? []);
const MANDATORY = mapKinds((operationId) => createBody(operationId).requiredProperties);

function createBody(operationId: string): NonNullable<(typeof specRoutes)[number]['body']> {
  const body = specRoutes.find((route) => route.operationId === operationId)?.body;
  if (!body) throw new Error(`spec/desk.yaml has no body for ${operationId}`);
  return body;
}

function mapKinds(of: (operationId: string) => readonly string[]): Record<DeskKind, readonly string[]> {
  return { tickets: of(CREATE.tickets), contacts: of(CREATE.contacts), accounts: of(CREATE.accounts) };
}

const ID_FIELDS = new Set(['departmentId', 'contactId', 'assigneeId', 'teamId', 'productId', 'accountId', 'ownerId']);
const ID_LIST_FIELDS = new Set(['secondaryContacts', 'entitySkills']);
const ID = /^\d+$/;
// Desk: a ticket subject holds at most 255 characters.
const MAX_SUBJECT = 255;

/**
 * The field errors of a create or update body, all at once, as Desk lists them: unknown
 * fields, missing mandatory ones, wrong types, ids that name nothing, duplicate account names.
 * `selfId` is the record an update changes.
 */
export function fieldErrors(kind: DeskKind, org: DeskOrg, body: Record<string, unknown>, mode: 'create' | 'update', selfId?: string): DeskFieldError[] {
  const errors: DeskFieldError[] = [];
  const writable = WRITABLE[kind];
  for (const [name, value] of Object.entries(body)) {
    if (kind === 'tickets' && name === 'contact' && mode === 'create') {
      errors.push(...contactErrors(value));
      continue;
    }
    if (!writable.includes(name)) {
      errors.push({ fieldName: `/${name}`, errorType: 'invalid', errorMessage: `Extra field '${name}' is present in the input.` });
      continue;
    }
    const problem = typeProblem(name, value);
    if (problem) errors.push({ fieldName: `/${name}`, errorType: 'invalid', errorMessage: problem });
  }
  if (mode === 'create') {
    for (const name of MANDATORY[kind]) if (isBlank(body[name])) errors.push({ fieldName: `/${name}`, errorType: 'missing' });
    if (kind === 'tickets' && isBlank(body['contactId']) && body['contact'] === undefined) errors.push({ fieldName: '/contactId', errorType: 'missing' });
  } else {
    // An update may leave a mandatory field out, but not empty it.
    for (const name of MANDATORY[kind]) if (name in body && isBlank(body[name])) errors.push({ fieldName: `/${name}`, errorType: 'missing' });
  }
  if (errors.length > 0) return errors;
  return referenceErrors(kind, org, body, selfId);
}

function typeProblem(name: string, value: unknown): string | undefined {
  if (value === null) return undefined;
  if (ID_FIELDS.has(name)) return typeof value === 'string' && ID.test(value) ? undefined : 'An id is a string of digits.';
  if (ID_LIST_FIELDS.has(name)) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && ID.test(item)) ? undefined : 'A list of ids is expected.';
  }
  if (name === 'cf') {
    const ok = typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
    return ok ? undefined : 'Custom fields are an object of API name to value.';
  }
  if (typeof value !== 'string') return 'A text value is expected.';
  if (name === 'subject' && value.length > MAX_SUBJECT) return `At most ${MAX_SUBJECT} characters.`;
  return undefined;
}

// A ticket's `contact` (when no contactId): Desk needs lastName and email to find or make it.
function contactErrors(value: unknown): DeskFieldError[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ fieldName: '/contact', errorType: 'invalid' }];
  const contact = value as Record<string, unknown>;
  const errors: DeskFieldError[] = [];
  for (const name of ['lastName', 'email']) if (isBlank(contact[name])) errors.push({ fieldName: `/contact/${name}`, errorType: 'missing' });
  for (const [name, field] of Object.entries(contact)) {
    if (!['lastName', 'firstName', 'email', 'phone', 'mobile'].includes(name)) errors.push({ fieldName: `/contact/${name}`, errorType: 'invalid' });
    else if (typeof field !== 'string') errors.push({ fieldName: `/contact/${name}`, errorType: 'invalid' });
  }
  return errors;
}

function referenceErrors(kind: DeskKind, org: DeskOrg, body: Record<string, unknown>, selfId: string | undefined): DeskFieldError[] {
  const errors: DeskFieldError[] = [];
  const invalid = (name: string): void => {
    errors.push({ fieldName: `/${name}`, errorType: 'invalid' });
  };
  const known = (name: string, map: Map<string, unknown>): void => {
    const value = body[name];
    if (typeof value === 'string' && !map.has(value)) invalid(name);
  };
  known('departmentId', org.departments);
  known('contactId', org.contacts);
  known('accountId', org.accounts);
  const secondary = body['secondaryContacts'];
  if (Array.isArray(secondary) && secondary.some((id) => !org.contacts.has(String(id)))) invalid('secondaryContacts');
  // Desk keeps account names unique within an org.
  const name = body['accountName'];
  if (kind === 'accounts' && typeof name === 'string') {
    const taken = [...org.accounts.values()].some((account) => account.id !== selfId && String(account['accountName']).toLowerCase() === name.toLowerCase());
    if (taken) errors.push({ fieldName: '/accountName', errorType: 'duplicate' });
  }
  return errors;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
