import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoError, ZohoResponseError } from '../../errors.js';
import { onlyItem } from '../item-result.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

type Schemas = components['schemas'];

/** How to convert a lead. By default CRM creates a contact and an account (reusing one of the same name). */
export interface ConvertLeadOptions extends CallOptions {
  /** Create a deal too; the layout's mandatory fields (Deal_Name, Stage, Closing_Date) are required. */
  deal?: Schemas['Record'];
  /** Associate this existing account instead of creating one. */
  accountId?: string;
  /** Associate this existing contact instead of creating one. */
  contactId?: string;
  /** With accountId/contactId: overwrite them with the lead's data. */
  overwrite?: boolean;
  notifyLeadOwner?: boolean;
  notifyNewEntityOwner?: boolean;
  /** The user who owns the new records (default: the lead's owner). */
  assignTo?: string;
  /** Where the lead's attachments go (default Contacts). */
  moveAttachmentsTo?: 'Contacts' | 'Accounts' | 'Deals';
  /** Tags of the lead to copy, per target module. */
  carryOverTags?: { [module: string]: string[] };
}

/** A record the lead became. */
export interface ConvertedRecord {
  id: string;
  name: string | undefined;
}

/** What the lead became: always a contact; an account and a deal when CRM made or linked them. */
export interface ConvertedLead {
  contact: ConvertedRecord;
  account: ConvertedRecord | undefined;
  deal: ConvertedRecord | undefined;
}

/**
 * Converts a lead into a contact, an account and (optionally) a deal. CRM keeps the lead,
 * marked converted. Failures (already converted, a deal field missing...) throw a ZohoError
 * with CRM's code (`ID_ALREADY_CONVERTED`, `MANDATORY_NOT_FOUND`...), including those CRM
 * answers with HTTP 202.
 */
export async function convertLead(record: CrmRecord, options: ConvertLeadOptions = {}): Promise<ConvertedLead> {
  if (record.module.apiName !== 'Leads') {
    throw new ZohoError(`crm: only Leads can be converted; this record is in ${record.module.apiName}`, { product: 'crm', code: 'INVALID_MODULE' });
  }
  const id = savedId(record, 'converting a lead');
  const { data, response } = await record.module.crm.api.POST('/crm/v8/Leads/{record_id}/actions/convert', {
    params: { path: { record_id: id } },
    body: { data: [convertInput(options)] },
    signal: options.signal ?? null,
  });
  const what = `converting lead ${id}`;
  // CRM answers some failures with HTTP 202 and the error envelope at the top level: the
  // transport raises those as a ZohoError with CRM's code (http/normalise.ts), like any other.
  const { details } = onlyItem(data?.data, what, response.status);
  const contact = ref(details['Contacts']);
  if (!contact) throw new ZohoResponseError(`crm: ${what} succeeded but named no contact`, { product: 'crm', status: response.status, details });
  return { contact, account: ref(details['Accounts']), deal: ref(details['Deals']) };
}

function convertInput(options: ConvertLeadOptions): Schemas['ConvertLeadInput'] {
  return {
    ...(options.deal !== undefined ? { Deals: options.deal } : {}),
    ...(options.accountId !== undefined ? { Accounts: { id: options.accountId } } : {}),
    ...(options.contactId !== undefined ? { Contacts: { id: options.contactId } } : {}),
    ...(options.overwrite !== undefined ? { overwrite: options.overwrite } : {}),
    ...(options.notifyLeadOwner !== undefined ? { notify_lead_owner: options.notifyLeadOwner } : {}),
    ...(options.notifyNewEntityOwner !== undefined ? { notify_new_entity_owner: options.notifyNewEntityOwner } : {}),
    ...(options.assignTo !== undefined ? { assign_to: { id: options.assignTo } } : {}),
    ...(options.moveAttachmentsTo !== undefined ? { move_attachments_to: { api_name: options.moveAttachmentsTo } } : {}),
    ...(options.carryOverTags !== undefined ? { carry_over_tags: options.carryOverTags } : {}),
  };
}

function ref(value: unknown): ConvertedRecord | undefined {
  const named = value as { id?: unknown; name?: unknown } | null | undefined;
  if (typeof named?.id !== 'string') return undefined;
  return { id: named.id, name: typeof named.name === 'string' ? named.name : undefined };
}
