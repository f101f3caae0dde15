import { afterEach, describe, expect, it } from 'vitest';
import { ZohoConfigError, ZohoError } from '../../src/index.js';
import { caught } from '../support/sim-zoho.js';
import { ANA, analyticsEnv, BEN, SALES_FACT, type AnalyticsEnv } from './analytics-fixture.js';

let env: AnalyticsEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('Analytics workspaces and views', () => {
  it('lists the workspaces a user owns and those shared with them', async () => {
    env = await analyticsEnv();
    env.sim.analytics.createWorkspace({ name: 'Ben Lab', owner: BEN });
    const ana = await env.zoho.as(ANA).analytics.workspaces();
    const ben = await env.zoho.as(BEN).analytics.workspaces();
    expect(ana).toMatchObject({ hasMore: false, next: undefined });
    expect(ana.items.map((w) => [w.name, w.owned])).toEqual([['Sales', true]]);
    expect(ben.items.map((w) => [w.name, w.owned])).toEqual([['Ben Lab', true], ['Sales', false]]);
    expect(ben.items[1]).toMatchObject({ name: 'Sales', id: env.workspace.id, orgId: env.sim.analytics.orgId, createdBy: ANA, owned: false });
    expect(ben.items[1]!.createdTime).toBeInstanceOf(Date);
    // One of the two lists, from Zoho's own endpoint for it.
    expect((await env.zoho.as(BEN).analytics.workspaces({ only: 'shared' })).items.map((w) => [w.name, w.owned])).toEqual([['Sales', false]]);
    expect((await env.zoho.as(BEN).analytics.workspaces({ only: 'owned' })).items.map((w) => [w.name, w.owned])).toEqual([['Ben Lab', true]]);
    const collected = [];
    for await (const workspace of ben) collected.push(workspace.name);
    expect(collected).toEqual(['Ben Lab', 'Sales']);
  });

  it('finds a shared workspace by name and reads its tables with their column types', async () => {
    env = await analyticsEnv();
    const { analytics: state } = env.sim;
    state.createTable(env.workspace, { name: 'sales_fact', columns: SALES_FACT.columns.map((c) => ({ ...c })) });
    state.createTable(env.workspace, { name: 'animals', folder: 'Zoo', columns: [{ name: 'common_name', type: 'PLAIN', mandatory: true }] });
    const sales = env.zoho.as(BEN).analytics.workspace('Sales');
    expect(await sales.id()).toBe(env.workspace.id);

    const views = await sales.views();
    expect(views.hasMore).toBe(false);
    expect(views.items.map((v) => [v.name, v.type, v.folder])).toEqual([
      ['sales_fact', 'Table', 'Tables'],
      ['animals', 'Table', 'Zoo'],
    ]);
    const metadata = await sales.tableMetadata();
    expect([...metadata.keys()]).toEqual(['sales_fact', 'animals']);
    expect(metadata.get('sales_fact')!.map((c) => [c.name, c.type])).toEqual(SALES_FACT.columns.map((c) => [c.name, c.type]));
    expect(metadata.get('animals')).toMatchObject([{ name: 'common_name', type: 'PLAIN', typeName: 'Plain Text', mandatory: true }]);
  });

  it('answers an unknown workspace name with code 7103 and no guess', async () => {
    env = await analyticsEnv();
    const error = await caught(() => env!.zoho.as(ANA).analytics.workspace('Nope').views());
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 7103, product: 'analytics' });
  });

  it('finds the org id itself when none is configured: the user’s default organization', async () => {
    env = await analyticsEnv({ configureOrgId: false });
    const analytics = env.zoho.as(ANA).analytics;
    expect(await analytics.orgId()).toBe(env.sim.analytics.orgId);
    env.sim.analytics.createTable(env.workspace, { name: 't', columns: [{ name: 'a', type: 'PLAIN' }] });
    const metadata = await analytics.workspace({ id: env.workspace.id }).tableMetadata();
    expect([...metadata.keys()]).toEqual(['t']);
  });

  it('reads the configured org id without a request', async () => {
    env = await analyticsEnv();
    env.sim.resetStats();
    expect(await env.zoho.as(ANA).analytics.orgId()).toBe(env.sim.analytics.orgId);
    expect(env.sim.stats().requests).toBe(0);
  });

  it('refuses to guess among several organizations none of which is the default', async () => {
    env = await analyticsEnv({ configureOrgId: false });
    // The simulator's own org is the default; hide it behind two others.
    env.sim.analytics.orgs.clear();
    env.sim.analytics.createOrg('One');
    env.sim.analytics.createOrg('Two');
    const error = await caught(() => env!.zoho.as(ANA).analytics.orgId());
    expect(error).toBeInstanceOf(ZohoConfigError);
    expect(error).toMatchObject({ path: 'analytics.orgId' });
  });

  it('sends each workspace’s own org id, so a workspace of another org works too', async () => {
    env = await analyticsEnv();
    const other = env.sim.analytics.createOrg('Partner org');
    const partner = env.sim.analytics.createWorkspace({ name: 'Partner', owner: BEN, sharedWith: [ANA], orgId: other.orgId });
    env.sim.analytics.createTable(partner, { name: 'leads', columns: [{ name: 'email', type: 'EMAIL' }] });
    const tables = await env.zoho.as(ANA).analytics.workspace('Partner').tables();
    expect(tables.items.map((t) => t.name)).toEqual(['leads']);
  });

  it('answers 8083 to a typed call without ZANALYTICS-ORGID, and 7387 to one with another org', async () => {
    env = await analyticsEnv({ configureOrgId: false });
    const { api } = env.zoho.as(ANA).analytics;
    const path = { workspaceId: env.workspace.id };
    const missing = await caught(() => api.GET('/restapi/v2/workspaces/{workspaceId}/views', { params: { path, header: { 'ZANALYTICS-ORGID': '' } } }));
    expect(missing).toMatchObject({ code: 8083, status: 400, product: 'analytics' });
    const other = env.sim.analytics.createOrg('Elsewhere');
    const wrong = await caught(() => api.GET('/restapi/v2/workspaces/{workspaceId}/views', { params: { path, header: { 'ZANALYTICS-ORGID': other.orgId } } }));
    expect(wrong).toMatchObject({ code: 7387 });
  });

  it('creates a workspace in the org and uses it at once', async () => {
    env = await analyticsEnv();
    const analytics = env.zoho.as(ANA).analytics;
    const lab = await analytics.createWorkspace('Lab', { description: 'experiments' });
    const { created } = await lab.ensureTable(SALES_FACT);
    expect(created).toBe(true);
    const stored = env.sim.analytics.workspaceByName('Lab')!;
    expect(stored).toMatchObject({ owner: ANA, orgId: env.sim.analytics.orgId, description: 'experiments' });
    expect([...stored.tables.values()].map((t) => t.name)).toEqual(['sales_fact']);
    const again = await caught(() => analytics.createWorkspace('Lab'));
    expect(again).toMatchObject({ code: 7101 });
  });
});
