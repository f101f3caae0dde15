import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

const createdId = (body: unknown, key: string): string => (body as Record<string, { details: { id: string } }[]>)[key]![0]!.details.id;

describe('memberships seen from both sides', () => {
  it('shows a user added to a territory among the user\'s territories, and removes it from both', async () => {
    const { sim, call } = await rawCrm();
    const user = sim.crm.userFor('ana@example.com').id;
    const west = createdId((await call('POST', '/crm/v8/settings/territories', { territories: [{ name: 'West' }] })).body, 'territories');

    expect((await call('PUT', `/crm/v8/settings/territories/${west}/users`, { users: [{ id: user }] })).status).toBe(200);
    const mine = await call('GET', `/crm/v8/users/${user}/territories`);
    expect((mine.body as { territories: unknown[] }).territories).toEqual([expect.objectContaining({ id: west, name: 'West' })]);

    expect((await call('DELETE', `/crm/v8/users/${user}/territories/${west}`)).status).toBe(200);
    expect((await call('GET', `/crm/v8/settings/territories/${west}/users`)).status).toBe(204);
  });

  it('assigns territories to records and takes them off again', async () => {
    const { sim, call } = await rawCrm();
    const lead = sim.crm.newId();
    sim.crm.module('Leads').set(lead, { id: lead, Last_Name: 'Burns' });
    const west = createdId((await call('POST', '/crm/v8/settings/territories', { territories: [{ name: 'West' }] })).body, 'territories');
    const assigned = await call('POST', `/crm/v8/Leads/${lead}/actions/assign_territories`, { data: [{ Territories: [{ id: west }] }] });
    expect(assigned.status).toBe(200);
    expect(sim.crm.module('Leads').get(lead)?.['Territories']).toEqual([{ id: west, name: 'West' }]);
    const unknown = await call('POST', `/crm/v8/Leads/${lead}/actions/assign_territories`, { data: [{ Territories: [{ id: '1000000000000000001' }] }] });
    expect(unknown.status).toBe(400);
    await call('POST', '/crm/v8/Leads/actions/remove_territories', { data: [{ id: lead, Territories: [{ id: west }] }] });
    expect(sim.crm.module('Leads').get(lead)?.['Territories']).toEqual([]);
  });
});

describe('pipelines on deals', () => {
  it('files a deal under a pipeline and refuses a stage the pipeline does not have', async () => {
    const { sim, call } = await rawCrm();
    const pipeline = createdId(
      (await call('POST', '/crm/v8/settings/pipeline?layout_id=1', { pipeline: [{ display_value: 'Enterprise', maps: [{ display_value: 'Qualification' }, { display_value: 'Closed Won' }] }] })).body,
      'pipeline',
    );
    const ok = await call('POST', '/crm/v8/Deals', { data: [{ Deal_Name: 'Big one', Closing_Date: '2027-03-31', Stage: 'Qualification', Pipeline: { id: pipeline } }] });
    expect(ok.status).toBe(201);
    const deal = (ok.body as { data: { details: { id: string } }[] }).data[0]!.details.id;
    expect(sim.crm.module('Deals').get(deal)?.['Pipeline']).toEqual({ id: pipeline, name: 'Enterprise' });

    const refused = await call('POST', '/crm/v8/Deals', { data: [{ Deal_Name: 'Odd one', Closing_Date: '2027-03-31', Stage: 'Needs Analysis', Pipeline: 'Enterprise' }] });
    expect(refused.status).toBe(400);
    expect((refused.body as { data: unknown[] }).data[0]).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'Stage' } });
  });
});
