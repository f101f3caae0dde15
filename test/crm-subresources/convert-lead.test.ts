import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError } from '../../src/index.js';
import { crmSubresources } from '../../src/testing/crm/crm-subresource-state.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from './seed.js';

const USER = 'ana@example.com';
const OTHER = 'ben@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function aLead(fields: Record<string, unknown> = {}) {
  env = await simZoho({ users: [USER, OTHER] });
  const id = seed(env.sim, 'Leads', { First_Name: 'Ned', Last_Name: 'Flanders', Company: 'Leftorium', Email: 'ned@leftorium.com', Phone: '555-0101', City: 'Springfield', Lead_Source: 'Web Download', ...fields });
  const crm = env.zoho.as(USER).crm;
  return { ...env, id, crm, lead: crm.module('Leads').record(id) };
}

describe('converting a lead', () => {
  it('makes a contact and an account from the lead, and marks the lead converted', async () => {
    const { lead, sim, id } = await aLead();
    const converted = await lead.convert();
    expect(converted).toEqual({ contact: { id: expect.any(String), name: 'Ned Flanders' }, account: { id: expect.any(String), name: 'Leftorium' }, deal: undefined });

    const contact = sim.crm.module('Contacts').get(converted.contact.id);
    expect(contact).toMatchObject({ First_Name: 'Ned', Last_Name: 'Flanders', Email: 'ned@leftorium.com', Mailing_City: 'Springfield', Account_Name: { id: converted.account!.id, name: 'Leftorium' } });
    expect(sim.crm.module('Accounts').get(converted.account!.id)).toMatchObject({ Account_Name: 'Leftorium', Phone: '555-0101', Billing_City: 'Springfield' });
    expect(sim.crm.module('Leads').get(id)).toMatchObject({ $converted: true, $converted_detail: expect.objectContaining({ contact: { id: converted.contact.id, name: 'Ned Flanders' } }) });
  });

  it('creates a deal linked to the new contact and account', async () => {
    const { lead, sim } = await aLead();
    const converted = await lead.convert({ deal: { Deal_Name: 'Left-handed scissors', Stage: 'Qualification', Closing_Date: '2030-01-31', Amount: 1200 } });
    expect(converted.deal).toEqual({ id: expect.any(String), name: 'Left-handed scissors' });
    expect(sim.crm.module('Deals').get(converted.deal!.id)).toMatchObject({
      Amount: 1200,
      Lead_Source: 'Web Download',
      Contact_Name: { id: converted.contact.id },
      Account_Name: { id: converted.account!.id },
    });
  });

  it('reuses an existing account of the same name, or the one given', async () => {
    const { lead, sim, crm } = await aLead();
    const existing = seed(sim, 'Accounts', { Account_Name: 'Leftorium' });
    expect((await lead.convert()).account?.id).toBe(existing);
    expect(sim.crm.module('Accounts').size).toBe(1);

    const other = seed(sim, 'Accounts', { Account_Name: 'Kwik-E-Mart' });
    const second = seed(sim, 'Leads', { Last_Name: 'Nahasapeemapetilon', Company: 'Kwik-E-Mart HQ' });
    expect((await crm.module('Leads').record(second).convert({ accountId: other })).account?.id).toBe(other);
  });

  it('moves the lead\'s notes to the contact and its attachments where asked', async () => {
    const { lead, sim } = await aLead();
    await lead.notes.add('Left-handed');
    await lead.attachments.upload(new Uint8Array([1, 2, 3]), { fileName: 'catalogue.pdf' });
    const converted = await lead.convert({ deal: { Deal_Name: 'Scissors', Stage: 'Qualification', Closing_Date: '2030-01-31' }, moveAttachmentsTo: 'Deals' });
    const contact = env!.zoho.as(USER).crm.module('Contacts').record(converted.contact.id);
    expect((await contact.notes.list()).items.map((n) => n.content)).toEqual(['Left-handed']);
    const attachments = [...crmSubresources(sim.crm).files.attachments.values()];
    expect(attachments.map((a) => [a.parentModule, a.parentId])).toEqual([['Deals', converted.deal!.id]]);
    expect((await lead.notes.list()).items).toEqual([]);
  });

  it('gives the new records to the user named in assignTo', async () => {
    const { lead, sim } = await aLead();
    const ben = sim.crm.userFor(OTHER);
    const converted = await lead.convert({ assignTo: ben.id });
    expect(sim.crm.module('Contacts').get(converted.contact.id)?.['Owner']).toMatchObject({ id: ben.id, email: OTHER });
  });

  it('fails with ID_ALREADY_CONVERTED the second time (Zoho answers it with HTTP 202)', async () => {
    const { lead } = await aLead();
    await lead.convert();
    const error = await caught(() => lead.convert());
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'ID_ALREADY_CONVERTED', status: 202 });
  });

  it('fails with MANDATORY_NOT_FOUND naming the missing deal field, and converts nothing', async () => {
    const { lead, sim, id } = await aLead();
    const error = await caught(() => lead.convert({ deal: { Deal_Name: 'No stage', Closing_Date: '2030-01-01' } }));
    expect(error).toMatchObject({ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Stage', json_path: '$.data[0].Deals.Stage' } });
    expect(sim.crm.module('Contacts').size).toBe(0);
    expect(sim.crm.module('Leads').get(id)?.['$converted']).toBeUndefined();
  });

  it('refuses to convert a record that is not a lead, without a request', async () => {
    const { crm, sim } = await aLead();
    const contact = seed(sim, 'Contacts', { Last_Name: 'Flanders' });
    const before = sim.stats().requests;
    const error = await caught(() => crm.module('Contacts').record(contact).convert());
    expect(error).toMatchObject({ code: 'INVALID_MODULE' });
    expect(sim.stats().requests).toBe(before);
  });

  it('fails with INVALID_DATA for a lead that does not exist', async () => {
    const { crm } = await aLead();
    expect(await caught(() => crm.module('Leads').record('31337').convert())).toMatchObject({ code: 'INVALID_DATA', status: 400 });
  });
});
