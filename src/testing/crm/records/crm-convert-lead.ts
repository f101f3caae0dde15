import { failure, isObject, ownerRef, refId, success, userRef, zohoTime, type ItemAnswer } from '../crm-answers.js';
import { displayNameOf, patchRecord } from './crm-parent.js';
import type { CrmChange, CrmRecord, CrmState } from '../crm-state.js';
import type { CrmSubresources } from '../crm-subresource-state.js';

// What a lead's fields become on the contact and the account (CRM's default lead
// conversion mapping).
const TO_CONTACT: Record<string, string> = {
  Salutation: 'Salutation', First_Name: 'First_Name', Last_Name: 'Last_Name', Email: 'Email', Secondary_Email: 'Secondary_Email',
  Phone: 'Phone', Mobile: 'Mobile', Fax: 'Fax', Designation: 'Title', Lead_Source: 'Lead_Source', Description: 'Description',
  Skype_ID: 'Skype_ID', Twitter: 'Twitter', Street: 'Mailing_Street', City: 'Mailing_City', State: 'Mailing_State',
  Zip_Code: 'Mailing_Zip', Country: 'Mailing_Country', Email_Opt_Out: 'Email_Opt_Out',
};
const TO_ACCOUNT: Record<string, string> = {
  Company: 'Account_Name', Phone: 'Phone', Fax: 'Fax', Website: 'Website', Industry: 'Industry', Annual_Revenue: 'Annual_Revenue',
  No_of_Employees: 'Employees', Street: 'Billing_Street', City: 'Billing_City', State: 'Billing_State', Zip_Code: 'Billing_Code',
  Country: 'Billing_Country',
};
// A deal cannot be saved without these (CRM's standard Deals layout).
const DEAL_MANDATORY = ['Deal_Name', 'Stage', 'Closing_Date'];

export type ConvertAnswer = { status: number; body: unknown };

/**
 * Converts a lead as CRM does: a contact from the person, an account from the company
 * (an existing account of that name is reused), a deal when `Deals` is given; the lead's
 * notes, links and attachments move over, and the lead is kept, marked `$converted`.
 */
export function convertLead(crm: CrmState, state: CrmSubresources, now: number, leadId: string, input: unknown, user: string): ConvertAnswer {
  const lead = crm.module('Leads').get(leadId);
  if (!lead) return { status: 400, body: failure('INVALID_DATA', 'invalid data', { resource_path_index: 1 }) };
  // Zoho answers these with HTTP 202 and the error envelope (its published OAS says so).
  if (lead['$converted'] === true) return { status: 202, body: failure('ID_ALREADY_CONVERTED', 'id already converted', { resource_path_index: 1 }) };
  const options = isObject(input) ? input : {};
  const problem = check(crm, options);
  if (problem) return { status: 202, body: { data: [problem] } };

  const me = crm.userFor(user);
  const at = zohoTime(now);
  const ownerId = refId(options['assign_to']);
  const owner = ownerId ? crm.userById(ownerId) : undefined;
  const ownerField = owner ? ownerRef(owner) : (lead['Owner'] ?? ownerRef(me));
  const audit = { Created_Time: at, Modified_Time: at, Created_By: userRef(me), Modified_By: userRef(me), Owner: ownerField };
  const changes: CrmChange[] = [];
  const insert = (module: string, fields: Record<string, unknown>): CrmRecord => {
    const id = crm.newId();
    const record: CrmRecord = { ...fields, ...audit, id };
    crm.module(module).set(id, record);
    changes.push({ module, operation: 'insert', ids: [id], user });
    return record;
  };

  let account = lookup(crm, 'Accounts', options['Accounts']);
  if (!account && typeof lead['Company'] === 'string' && lead['Company'] !== '') {
    account = crm.module('Accounts').findBy('Account_Name', lead['Company'])[0] ?? insert('Accounts', mapped(lead, TO_ACCOUNT));
  }
  const accountRef = account ? { id: account.id, name: displayNameOf(crm, 'Accounts', account) } : undefined;

  let contact = lookup(crm, 'Contacts', options['Contacts']);
  if (contact && options['overwrite'] === true) {
    contact = patchRecord(crm, 'Contacts', contact, { ...mapped(lead, TO_CONTACT), Modified_Time: at, Modified_By: userRef(me) });
    changes.push({ module: 'Contacts', operation: 'update', ids: [contact.id], fields: Object.values(TO_CONTACT), user });
  }
  contact ??= insert('Contacts', { ...mapped(lead, TO_CONTACT), ...(accountRef ? { Account_Name: accountRef } : {}) });
  const contactRef = { id: contact.id, name: displayNameOf(crm, 'Contacts', contact) };

  const dealInput = options['Deals'];
  const deal = isObject(dealInput)
    ? insert('Deals', { Lead_Source: lead['Lead_Source'] ?? null, ...dealInput, Contact_Name: contactRef, ...(accountRef ? { Account_Name: accountRef } : {}) })
    : undefined;
  const dealRef = deal ? { id: deal.id, name: displayNameOf(crm, 'Deals', deal) } : undefined;

  moveDependents(crm, state, leadId, { Contacts: contact.id, Accounts: accountRef?.id, Deals: dealRef?.id }, options);
  patchRecord(crm, 'Leads', lead, {
    $converted: true,
    $converted_detail: { converted_time: at, converted_by: userRef(me), contact: contactRef, account: accountRef ?? null, deal: dealRef ?? null },
    Modified_Time: at,
    Modified_By: userRef(me),
  });
  changes.push({ module: 'Leads', operation: 'update', ids: [leadId], fields: ['$converted'], user });
  for (const change of changes) crm.emitChange(change);

  const details = { Contacts: contactRef, Accounts: accountRef ?? null, Deals: dealRef ?? null };
  return { status: 200, body: { data: [success(details, 'The record has been converted successfully')] } };
}

function check(crm: CrmState, options: Record<string, unknown>): ItemAnswer | undefined {
  for (const module of ['Accounts', 'Contacts'] as const) {
    if (options[module] !== undefined && !lookup(crm, module, options[module])) {
      return failure('INVALID_DATA', 'the id given seems to be invalid', { api_name: module, json_path: `$.data[0].${module}` });
    }
  }
  const deal = options['Deals'];
  if (deal !== undefined) {
    if (!isObject(deal)) return failure('INVALID_DATA', 'invalid data', { api_name: 'Deals', json_path: '$.data[0].Deals', expected_data_type: 'jsonobject' });
    const missing = DEAL_MANDATORY.find((field) => deal[field] === undefined || deal[field] === null || deal[field] === '');
    if (missing) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: missing, json_path: `$.data[0].Deals.${missing}` });
  }
  const assignTo = options['assign_to'];
  const assignee = refId(assignTo);
  if (assignTo !== undefined && (assignee === undefined || crm.userById(assignee) === undefined)) {
    return failure('INVALID_DATA', 'the id given seems to be invalid', { api_name: 'assign_to', json_path: '$.data[0].assign_to' });
  }
  return undefined;
}

/** Notes and links go to the contact; attachments to the contact unless `move_attachments_to` names another target. */
function moveDependents(crm: CrmState, state: CrmSubresources, leadId: string, targets: Record<'Contacts' | 'Accounts' | 'Deals', string | undefined>, options: Record<string, unknown>): void {
  const contactId = targets.Contacts!;
  for (const note of [...crm.module('Notes').values()]) {
    const parent = note['Parent_Id'] as { id?: unknown; name?: unknown } | undefined;
    if (parent?.id === leadId) patchRecord(crm, 'Notes', note, { Parent_Id: { module: { api_name: 'Contacts' }, id: contactId, name: parent.name } });
  }
  state.relations.moveLinks({ module: 'Leads', id: leadId }, { module: 'Contacts', id: contactId });
  const asked = isObject(options['move_attachments_to']) ? options['move_attachments_to']['api_name'] : undefined;
  const module = asked === 'Accounts' || asked === 'Deals' ? asked : 'Contacts';
  const id = targets[module] ?? contactId;
  state.files.moveAttachments({ module: 'Leads', id: leadId }, { module: targets[module] ? module : 'Contacts', id });
}

function lookup(crm: CrmState, module: string, value: unknown): CrmRecord | undefined {
  const id = refId(value);
  return id ? crm.module(module).get(id) : undefined;
}

function mapped(lead: CrmRecord, mapping: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [from, to] of Object.entries(mapping)) if (lead[from] !== undefined && lead[from] !== null) out[to] = lead[from];
  return out;
}
