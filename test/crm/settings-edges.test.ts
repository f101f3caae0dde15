/**
 * CRM settings resources (tags, territories, user groups, users, roles, the org, global
 * picklists, pipelines) beyond the common path: the calls no other test makes, the options
 * that change the request, empty answers (HTTP 204), and per-item results of every shape
 * Zoho answers: short answers, items without details, errors without a code, all-failed 400s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ZohoError, ZohoResponseError } from '../../src/index.js';
import { recordingSimZoho } from '../support/recording-sim.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function crm() {
  env = await simZoho({ users: [ANA] });
  return env.zoho.as(ANA).crm;
}

const query = (request: Request): Record<string, string> => Object.fromEntries(new URL(request.url).searchParams);
const NO_CONTENT = { type: 'answer', status: 204, body: null } as const;

describe('per-item results of a settings write, whatever Zoho answers', () => {
  const success = (id: string) => ({ status: 'success', code: 'SUCCESS', message: 'territory added', details: { id } });

  it('an item Zoho left out is not applied for sure: applied unknown, NO_RESULT', async () => {
    const api = await crm();
    env!.sim.failNext({ type: 'answer', status: 201, body: { territories: [success('1')] } }, { method: 'POST', path: '/settings/territories' });
    const results = await api.territories.create([{ name: 'West' }, { name: 'East' }]);
    expect(results[0]).toEqual({ ok: true, applied: true, id: '1', message: 'territory added', raw: success('1') });
    expect(results[1]).toEqual({ ok: false, applied: 'unknown', id: undefined, error: { code: 'NO_RESULT', message: 'CRM answered 1 results for 2 items', field: undefined, jsonPath: undefined, details: undefined }, raw: undefined });
  });

  it('an answer with no body (204) gives NO_RESULT for every item, keeping the ids sent', async () => {
    const api = await crm();
    env!.sim.failNext(NO_CONTENT, { method: 'DELETE', path: '/settings/territories' });
    const results = await api.territories.delete(['11', '12']);
    expect(results.map((result) => [result.ok, result.applied, result.id, result.ok ? undefined : result.error.code])).toEqual([
      [false, 'unknown', '11', 'NO_RESULT'],
      [false, 'unknown', '12', 'NO_RESULT'],
    ]);
  });

  it('a success without details or message, and errors without code, message or object details, are still one result each', async () => {
    const api = await crm();
    const items = [{ status: 'success' }, { status: 'error' }, { status: 'error', code: 'INVALID_DATA', message: 'bad', details: 'name' }];
    env!.sim.failNext({ type: 'answer', status: 200, body: { territories: items } }, { method: 'POST', path: '/settings/territories' });
    const results = await api.territories.create([{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
    expect(results[0]).toEqual({ ok: true, applied: true, id: '', message: '', raw: items[0] });
    expect(results[1]).toMatchObject({ ok: false, applied: false, id: undefined, error: { code: 'UNKNOWN', message: '', field: undefined, details: undefined } });
    expect(results[2]).toMatchObject({ ok: false, error: { code: 'INVALID_DATA', message: 'bad', field: undefined, details: 'name' } });
  });

  it('an update keeps the input ids on the results when Zoho\'s details name none', async () => {
    const api = await crm();
    env!.sim.failNext({ type: 'answer', status: 200, body: { territories: [{ status: 'success', code: 'SUCCESS', message: 'updated', details: {} }] } }, { method: 'PUT', path: '/settings/territories' });
    expect(await api.territories.update([{ id: '77', name: 'North' }])).toEqual([expect.objectContaining({ ok: true, id: '77' })]);
  });

  it('a 400 where every item failed is data; a 400 that is not one error per item is thrown', async () => {
    const api = await crm();
    const failed = { status: 'error', code: 'INVALID_DATA', message: 'invalid id', details: { api_name: 'id', json_path: '$.territories[0].id' } };
    env!.sim.failNext({ type: 'answer', status: 400, body: { data: [failed] } }, { method: 'PUT', path: '/settings/territories' });
    expect(await api.territories.update([{ id: '5', name: 'X' }])).toEqual([
      { ok: false, applied: false, id: '5', error: { code: 'INVALID_DATA', message: 'invalid id', field: 'id', jsonPath: '$.territories[0].id', details: failed.details }, raw: failed },
    ]);

    // One item succeeded: the 400 is not "every item failed", so it stays an error.
    env!.sim.failNext({ type: 'answer', status: 400, body: { data: [failed, { status: 'success', code: 'SUCCESS', message: 'ok', details: { id: '6' } }] } }, { method: 'PUT', path: '/settings/territories' });
    const mixed = await caught(() => api.territories.update([{ id: '5', name: 'X' }, { id: '6', name: 'Y' }]));
    expect(mixed).toBeInstanceOf(ZohoError);
    expect(mixed).toMatchObject({ status: 400, code: 'INVALID_DATA' });

    // A plain error envelope is about the request, not the items.
    env!.sim.failNext({ type: 'answer', status: 400, body: { status: 'error', code: 'INVALID_REQUEST_METHOD', message: 'wrong method', details: {} } }, { method: 'PUT', path: '/settings/territories' });
    expect(await caught(() => api.territories.update([{ id: '5', name: 'X' }]))).toMatchObject({ status: 400, code: 'INVALID_REQUEST_METHOD' });
  });
});

describe('territories and user groups: the calls and options not used elsewhere', () => {
  it('reads, updates and deletes territories by id', async () => {
    const api = await crm();
    const [created] = await api.territories.create([{ name: 'West' }]);
    const id = created!.id!;
    expect(await api.territories.update([{ id, name: 'Far West' }])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await api.territories.get(id)).toMatchObject({ id, name: 'Far West' });
    expect(await api.territories.delete([id])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect((await api.territories.list()).items).toEqual([]);
  });

  it('lists user groups by name and a group\'s sources, sending the filter and the page asked for', async () => {
    const recorded = await recordingSimZoho(ANA);
    env = recorded;
    const api = recorded.zoho.as(ANA).crm;
    const user = recorded.sim.crm.userFor(ANA).id;
    const [created] = await api.userGroups.create([{ name: 'Field sales', sources: [{ type: 'users', source: { id: user } }] }]);
    const id = created!.id!;
    const page = await api.userGroups.list({ name: 'Field sales', perPage: 10 });
    expect(page.items.map((group) => group.name)).toContain('Field sales');
    expect(query(recorded.paths('/crm/v8/settings/user_groups').at(-1)!)).toEqual({ name: 'Field sales', per_page: '10' });
    const sources = await api.userGroups.sources(id, { page: 1 });
    expect(query(recorded.paths(`/crm/v8/settings/user_groups/${id}/sources`).at(-1)!)).toEqual({ page: '1' });
    expect(sources.hasMore).toBe(false);
  });
});

describe('tags: merge, counts, filters and partial answers', () => {
  it('merges one tag into another, naming the one kept, and counts the records that carry a tag', async () => {
    const recorded = await recordingSimZoho(ANA);
    env = recorded;
    const api = recorded.zoho.as(ANA).crm;
    const leads = api.module('Leads');
    const [lead] = await leads.records.create([{ Last_Name: 'Tagged' }]);
    await leads.tags.add([lead!.ok ? lead!.id : ''], ['hot', 'warm']);
    const byName = Object.fromEntries((await api.tags.list('Leads')).items.map((tag) => [tag.name, tag.id!]));
    // Zoho sends the count as a numeric string.
    recorded.sim.failNext({ type: 'answer', status: 200, body: { count: '3' } }, { path: '/records_count' });
    expect(await api.tags.recordsCount(byName['warm']!, 'Leads')).toBe(3);
    expect(query(recorded.paths(`/crm/v8/settings/tags/${byName['warm']}/actions/records_count`)[0]!)).toEqual({ module: 'Leads' });
    expect(await api.tags.merge(byName['hot']!, byName['warm']!)).toMatchObject({ ok: true, id: byName['hot'] });
    const merge = recorded.paths(`/crm/v8/settings/tags/${byName['hot']}/actions/merge`);
    expect(merge).toHaveLength(1);
    expect(await merge[0]!.json()).toEqual({ tags: [{ conflict_id: byName['warm'] }] });
  });

  it('sends my_tags when asked, renames without a colour, and reads a 204 as no tags and a count of 0', async () => {
    const recorded = await recordingSimZoho(ANA);
    env = recorded;
    const api = recorded.zoho.as(ANA).crm;
    await api.tags.list('Leads', { myTags: true });
    expect(query(recorded.paths('/crm/v8/settings/tags').at(-1)!)).toEqual({ module: 'Leads', my_tags: 'true' });

    const [created] = await api.tags.create('Leads', [{ name: 'cold' }]);
    expect(await api.tags.update('Leads', [{ id: created!.id!, name: 'frozen' }])).toEqual([expect.objectContaining({ ok: true, id: created!.id })]);
    const sent = (await recorded.paths('/crm/v8/settings/tags').at(-1)!.json()) as unknown;
    expect(sent).toEqual({ tags: [{ id: created!.id, name: 'frozen' }] });
    // A recolour sends the colour alone: the name stays as it is.
    await api.tags.update('Leads', [{ id: created!.id!, colorCode: '#F17574' }]);
    expect(await recorded.paths('/crm/v8/settings/tags').at(-1)!.json()).toEqual({ tags: [{ id: created!.id, color_code: '#F17574' }] });

    recorded.sim.failNext(NO_CONTENT, { method: 'GET', path: '/settings/tags' });
    expect(await api.tags.list('Deals')).toMatchObject({ items: [], hasMore: false });
    recorded.sim.failNext(NO_CONTENT, { method: 'GET', path: '/records_count' });
    expect(await api.tags.recordsCount(created!.id!, 'Leads')).toBe(0);
  });
});

describe('users, roles and the org on empty or odd answers', () => {
  it('counts users of one type, sending the type; a 204 counts 0', async () => {
    const recorded = await recordingSimZoho(ANA);
    env = recorded;
    const users = recorded.zoho.as(ANA).crm.users;
    recorded.sim.crm.userFor(ANA);
    expect(await users.count({ type: 'ActiveUsers' })).toBe(recorded.sim.crm.users.size);
    expect(query(recorded.paths('/crm/v8/users/actions/count').at(-1)!)).toEqual({ type: 'ActiveUsers' });
    recorded.sim.failNext(NO_CONTENT, { path: '/users/actions/count' });
    expect(await users.count()).toBe(0);
  });

  it('a roles list answered with 204 is an empty page', async () => {
    const api = await crm();
    env!.sim.failNext(NO_CONTENT, { path: '/settings/roles' });
    expect(await api.roles.list()).toMatchObject({ items: [], hasMore: false });
  });

  it('an org answer without an org is a ZohoResponseError', async () => {
    const api = await crm();
    env!.sim.failNext({ type: 'answer', status: 200, body: { org: [] } }, { path: '/crm/v8/org' });
    const error = await caught(() => api.org());
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toBe('crm: GET /org answered without an org');
  });
});

describe('global picklists and pipelines: updates and empty answers', () => {
  it('updates a global picklist by id', async () => {
    const api = await crm();
    const [created] = await api.globalPicklists.create([{ display_label: 'Regions', pick_list_values: [{ display_value: 'North', actual_value: 'North' }] }]);
    const id = created!.id!;
    expect(await api.globalPicklists.update([{ id, display_label: 'Areas' }])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await api.globalPicklists.get(id)).toMatchObject({ id, display_label: 'Areas' });
  });

  it('updates a pipeline, orders stages without a sequence number first (as 0), and reads 204 as none', async () => {
    const api = await crm();
    const pipelines = api.pipelines('4150868000000091023');
    const [created] = await pipelines.create([{ display_value: 'Enterprise', default: false, maps: [{ display_value: 'Unnumbered A' }, { display_value: 'Won', sequence_number: 1 }, { display_value: 'Unnumbered B' }] }]);
    const id = created!.id!;
    expect(await pipelines.update([{ id, display_value: 'Enterprise 2' }])).toEqual([expect.objectContaining({ ok: true, id })]);
    expect(await pipelines.get(id)).toMatchObject({ display_value: 'Enterprise 2' });
    // A stage without a number sorts as 0: before the stage numbered 1.
    expect((await pipelines.stages(id)).map((stage) => stage.display_value)).toEqual(['Unnumbered A', 'Unnumbered B', 'Won']);
    env!.sim.failNext(NO_CONTENT, { method: 'GET', path: '/settings/pipeline' });
    expect(await pipelines.stages('404')).toEqual([]);
    env!.sim.failNext(NO_CONTENT, { method: 'GET', path: '/settings/pipeline' });
    expect(await pipelines.list()).toMatchObject({ items: [], hasMore: false });
  });
});
