import { afterEach, describe, expect, it } from 'vitest';
import { ZohoAuthError, ZohoConfigError, ZohoError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { ANA, deskEnv, ORG_ID, type DeskEnv } from './desk-env.js';

let env: DeskEnv | SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('organizations and departments', () => {
  it('lists the organizations without any orgId configured', async () => {
    env = await simZoho({ users: [ANA] });
    const other = env.sim.desk.createOrg({ companyName: 'Acme' });
    const { items: orgs, hasMore } = await env.zoho.as(ANA).desk.organizations();
    expect(hasMore).toBe(false);
    expect(orgs.map((org) => [org.id, org.companyName])).toEqual([
      [env.sim.desk.defaultOrg.id, 'Zylker'],
      [other.id, 'Acme'],
    ]);
    expect(orgs[0]).toMatchObject({ isDefault: true, portalName: 'zylker' });
  });

  it('lists the departments of the org as a Page of 100, and every one past it with for await', async () => {
    const d = await deskEnv();
    env = d;
    for (let i = 0; i < 120; i++) d.org.addDepartment(`Team ${i}`);
    const page = await d.desk.departments();
    expect(page).toMatchObject({ hasMore: true, next: { from: 100 } });
    expect(page.items).toHaveLength(100);
    const departments = [];
    for await (const department of page) departments.push(department);
    expect(departments).toHaveLength(122);
    expect(departments.slice(0, 2).map((d) => d.name)).toEqual(['Support', 'Billing']);
    expect(departments[0]).toMatchObject({ id: d.support, isDefault: true, isEnabled: true });
  });

  it('works in another org through org(id), leaving the configured one alone', async () => {
    const d = await deskEnv();
    env = d;
    const acme = d.desk;
    const zylker = acme.org(d.sim.desk.defaultOrg.id);
    const { items: [department] } = await zylker.departments();
    await zylker.tickets.create({ subject: 'in Zylker', departmentId: department!.id, contact: { lastName: 'Z', email: 'z@zylker.com' } });
    expect((await zylker.tickets.list()).items.map((t) => t.subject)).toEqual(['in Zylker']);
    expect((await acme.tickets.list()).items).toEqual([]);
    expect(d.sim.desk.defaultOrg.tickets.size).toBe(1);
  });
});

describe('the orgId header', () => {
  it('refuses to send a call when no orgId is configured, and says where to set it', async () => {
    env = await simZoho({ users: [ANA] });
    env.sim.resetStats();
    const error = await caught(() => env!.zoho.as(ANA).desk.tickets.list());
    expect(error).toBeInstanceOf(ZohoConfigError);
    expect(error).toMatchObject({ path: 'desk.orgId' });
    expect((error as Error).message).toContain('zoho.desk.org(id)');
    expect(env.sim.stats().requests).toBe(0);
  });

  it('answers a request without orgId with Desk\'s 422, as a typed ZohoError', async () => {
    env = await simZoho({ users: [ANA] });
    // The low-level client sends what it is given: here an empty orgId header.
    const error = await caught(() => env!.zoho.as(ANA).desk.api.GET('/api/v1/tickets', { params: { header: { orgId: '' } } }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ product: 'desk', status: 422, code: 'UNPROCESSABLE_ENTITY', message: "desk: The value passed for the 'orgId' parameter is invalid." });
  });

  it('answers an orgId that names no org the same way', async () => {
    env = await simZoho({ users: [ANA], zoho: { desk: { orgId: '123456' } } });
    const error = await caught(() => env!.zoho.as(ANA).desk.contacts.list());
    expect(error).toMatchObject({ status: 422, code: 'UNPROCESSABLE_ENTITY' });
  });

  it('refuses a query parameter Desk does not know', async () => {
    const d = await deskEnv();
    env = d;
    const query = { sortOrder: 'desc' } as Record<string, string>;
    const error = await caught(() => d.desk.api.GET('/api/v1/tickets', { params: { header: { orgId: ORG_ID }, query } }));
    expect(error).toMatchObject({ status: 422, message: "desk: Extra query parameter 'sortOrder' is present in the input." });
  });
});

describe('scopes and transports', () => {
  it('reports a missing scope as ZohoAuthError "forbidden" without refreshing the token', async () => {
    const d = await deskEnv();
    env = d;
    d.sim.desk.requireScopes = true;
    const BEN = 'ben@example.com';
    await d.zoho.authorize({ code: d.sim.createGrantCode({ clientId: d.clientId, user: BEN, scopes: ['Desk.tickets.READ', 'Desk.basic.READ'] }), user: BEN });
    const ben = d.zoho.as(BEN).desk;
    d.org.addTicket({ subject: 'visible' });
    expect((await ben.tickets.list()).items.map((t) => t.subject)).toEqual(['visible']);
    d.sim.resetStats();
    const error = await caught(() => ben.tickets.search({ subject: 'vis*' }));
    expect(error).toBeInstanceOf(ZohoAuthError);
    expect(error).toMatchObject({ reason: 'forbidden', status: 403, code: 'SCOPE_MISMATCH' });
    expect(d.sim.stats()).toMatchObject({ requests: 1, refreshes: 0 });
  });

  it('runs the same calls over real HTTP', async () => {
    const d = await deskEnv({ transport: 'http' });
    env = d;
    const ticket = await d.desk.tickets.create({ subject: 'over the wire', departmentId: d.support, contact: { lastName: 'Web', email: 'web@example.com' } });
    await d.desk.tickets.comments(ticket.id).add('hello');
    expect(await d.desk.tickets.get(ticket.id)).toMatchObject({ subject: 'over the wire', commentCount: '1' });
    expect((await d.desk.tickets.list()).items).toHaveLength(1);
  });
});
