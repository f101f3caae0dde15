import { afterEach, describe, expect, it } from 'vitest';
import { ZohoWriteError, type WriteSuccess } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('zoho.crm: org, users, roles, profiles, modules', () => {
  it('reads the org with the zgid used for X-CRM-ORG', async () => {
    env = await crmEnv();
    const org = await env.crm.org();
    expect(org).toMatchObject({ id: env.sim.crm.orgId, zgid: env.sim.crm.orgId, company_name: 'zohokit simulator', currency: 'USD' });
  });

  it('lists users, reads the current user and one user by id, and counts them', async () => {
    env = await crmEnv();
    env.sim.crm.userFor('ben@example.com');
    const page = await env.crm.users.list();
    expect(page.items.map((u) => u.email).sort()).toEqual([ANA, 'ben@example.com']);
    expect(page.hasMore).toBe(false);
    const iterated: string[] = [];
    for await (const user of env.crm.users.iterate({ perPage: 1 })) iterated.push(String(user.email));
    expect(iterated.sort()).toEqual([ANA, 'ben@example.com']);
    const me = await env.crm.users.current();
    expect(me).toMatchObject({ email: ANA, status: 'active', role: { name: 'CEO' }, profile: { name: 'Administrator' } });
    expect(await env.crm.users.get(me!.id!)).toMatchObject({ email: ANA });
    expect(await env.crm.users.count()).toBe(2);
  });

  it('lists roles and profiles and reads each by id', async () => {
    env = await crmEnv();
    const roles = await env.crm.roles.list();
    expect(roles.items.map((r) => r.name)).toEqual(['CEO', 'Manager']);
    expect(roles.hasMore).toBe(false);
    expect(await env.crm.roles.get(roles.items[1]!.id!)).toMatchObject({ name: 'Manager', reporting_to: { name: 'CEO' } });
    const profiles = await env.crm.profiles.list();
    expect(profiles.items.map((p) => p.name)).toEqual(['Administrator', 'Standard']);
    expect(await env.crm.profiles.get(profiles.items[0]!.id!)).toMatchObject({ name: 'Administrator' });
    const all: string[] = [];
    for await (const profile of profiles) all.push(String(profile.name));
    expect(all).toEqual(['Administrator', 'Standard']);
  });

  it('lists the eleven modules and describes one with its fields and related lists', async () => {
    env = await crmEnv();
    const modules = (await env.crm.modules()).filter((m) => m.visible);
    expect(modules.map((m) => m.api_name)).toEqual(['Leads', 'Contacts', 'Accounts', 'Deals', 'Products', 'Quotes', 'Sales_Orders', 'Invoices', 'Purchase_Orders', 'Tasks', 'Notes']);
    const deals = await env.crm.module('Deals').info();
    expect(deals).toMatchObject({ api_name: 'Deals', singular_label: 'Deal', plural_label: 'Deals' });
    expect(deals?.fields?.find((f) => f.api_name === 'Stage')).toMatchObject({ data_type: 'picklist', system_mandatory: true });
    expect(deals?.related_lists?.map((l) => l.api_name)).toContain('Contacts');
  });
});

describe('module metadata', () => {
  it('reads fields with types, mandatory and unique flags, lookups and pick lists; cached after the first read', async () => {
    env = await crmEnv();
    env.sim.crm.addField('Contacts', 'External_ID', 'text', { unique: true });
    const contacts = env.crm.module('Contacts');
    const fields = await contacts.fields();
    const byName = new Map(fields.map((f) => [f.apiName, f]));
    expect(byName.get('Last_Name')).toMatchObject({ dataType: 'text', mandatory: true, unique: false, length: 80 });
    expect(byName.get('External_ID')?.unique).toBe(true);
    expect(byName.get('Account_Name')?.lookupModule).toBe('Accounts');
    expect(byName.get('Lead_Source')?.pickListValues.map((v) => v.actualValue)).toContain('Web Download');
    const before = env.requests.length;
    await env.crm.module('Contacts').fields();
    expect(env.requests.length).toBe(before);
    await contacts.fields({ refresh: true });
    expect(env.requests.length).toBe(before + 1);
  });

  it('reads layouts down to sections, fields and pick-list values', async () => {
    env = await crmEnv();
    const [layout] = await env.crm.module('Leads').layouts();
    expect(layout).toMatchObject({ name: 'Standard', active: true });
    expect(layout!.sections.map((s) => s.name)).toEqual(['Lead Information', 'Address Information', 'Description Information']);
    const status = layout!.fields.find((f) => f.apiName === 'Lead_Status');
    expect(status?.pickListValues.map((v) => v.displayValue)).toEqual(['-None-', 'Attempted to Contact', 'Contact in Future', 'Contacted', 'Junk Lead', 'Lost Lead', 'Not Contacted', 'Pre-Qualified', 'Not Qualified']);
    expect(layout!.fields.find((f) => f.apiName === 'Last_Name')?.mandatory).toBe(true);
    const [invoiceLayout] = await env.crm.module('Invoices').layouts();
    expect(invoiceLayout!.sections.find((s) => s.name === 'Product Details')?.fields.map((f) => f.apiName)).toContain('Invoiced_Items');
  });

  it('lists custom views and reads the records of "My Leads"', async () => {
    env = await crmEnv();
    seedLeads(env.sim, 3);
    const ben = env.sim.crm.userFor('ben@example.com');
    const [id] = seedLeads(env.sim, 1, 100);
    const leads = env.sim.crm.module('Leads');
    leads.set(id!, { ...leads.get(id!)!, Owner: { id: ben.id, name: ben.full_name, email: ben.email } });
    const views = await env.crm.module('Leads').customViews();
    expect(views.map((v) => [v.name, v.isDefault])).toEqual([['All Leads', true], ['My Leads', false]]);
    const mine: unknown[] = [];
    for await (const record of views[1]!.iterate({ fields: ['Last_Name'] })) mine.push(record);
    expect(mine).toHaveLength(3);
    let all = 0;
    for await (const _ of views[0]!.iterate({ fields: ['Last_Name'] })) all++;
    expect(all).toBe(4);
  });

  it('lists related lists, and reads a record\'s related records through one', async () => {
    env = await crmEnv();
    const lists = await env.crm.module('Accounts').relatedLists();
    expect(lists.map((l) => l.apiName)).toEqual(['Contacts', 'Deals', 'Notes', 'Attachments', 'Tasks', 'Quotes', 'Sales_Orders', 'Invoices']);
    expect(lists[0]).toMatchObject({ label: 'Contacts', moduleApiName: 'Contacts' });
    const [account] = (await env.crm.module('Accounts').records.create([{ Account_Name: 'Zylker' }])) as WriteSuccess[];
    await env.crm.module('Contacts').records.create([{ Last_Name: 'Burns', Account_Name: { id: account!.id } }]);
    const contacts = await lists[0]!.of(env.crm.module('Accounts').record(account!.id)).list({ fields: ['Last_Name'] });
    expect(contacts.items.map((c) => c['Last_Name'])).toEqual(['Burns']);
  });
});

describe('module.record(): get/set, dirty tracking, save, delete', () => {
  it('creates a new record on save() and knows its id afterwards', async () => {
    env = await crmEnv();
    const lead = env.crm.module('Leads').record().set({ Last_Name: 'Lovelace', Company: 'Analytical Engines' });
    expect(lead.isNew).toBe(true);
    await lead.save();
    expect(lead.id).toMatch(/^\d{19}$/);
    expect(lead.isDirty).toBe(false);
    expect(lead.get('Created_Time')).toBeDefined();
    expect(env.sim.crm.module('Leads').get(lead.id!)).toMatchObject({ Last_Name: 'Lovelace' });
  });

  it('sends only the fields that changed (what the simulator received proves it)', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    const lead = await env.crm.module('Leads').record(id).fetch();
    expect(lead.get('Company')).toBe('Company 0');
    lead.set('Company', 'Company 0'); // the same value: no change
    lead.set('Phone', '+44 20 7946 0000');
    lead.set('Lead_Status', 'Contacted');
    expect(lead.changes).toEqual({ Phone: '+44 20 7946 0000', Lead_Status: 'Contacted' });
    await lead.save();
    const write = env.sim.crm.writes.at(-1)!;
    expect(write).toMatchObject({ operation: 'update', module: 'Leads' });
    expect(write.data).toEqual([{ Phone: '+44 20 7946 0000', Lead_Status: 'Contacted', id }]);
    expect(lead.isDirty).toBe(false);
    const writes = env.sim.crm.writes.length;
    await lead.save(); // nothing changed: nothing sent
    expect(env.sim.crm.writes.length).toBe(writes);
  });

  it('keeps the changes and throws a ZohoWriteError with Zoho\'s details when a save is refused', async () => {
    env = await crmEnv();
    const lead = env.crm.module('Leads').record().set('Email', 'not-an-email').set('Last_Name', 'X');
    const error = await caught(() => lead.save());
    expect(error).toBeInstanceOf(ZohoWriteError);
    expect((error as ZohoWriteError).failures[0]?.error).toMatchObject({ code: 'INVALID_DATA', field: 'Email' });
    expect(lead.isNew).toBe(true);
    lead.set('Email', 'x@example.com');
    await lead.save();
    expect(lead.isNew).toBe(false);
  });

  it('deletes a record', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    await env.crm.module('Leads').record(id).delete();
    expect(env.sim.crm.module('Leads').has(id!)).toBe(false);
    const error = await caught(() => env!.crm.module('Leads').record(id).fetch());
    expect(error).toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });
});
