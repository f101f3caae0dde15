import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

// What Zoho's Python and Java SDKs send: ids as bare JSON numbers, 19 digits long.
describe('ids sent as 19-digit JSON numbers', () => {
  it('updates exactly the record named by a numeric id', async () => {
    const { sim, call } = await rawCrm();
    const id = sim.crm.newId();
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Burns' });
    const answer = await call('PUT', '/crm/v8/Leads', `{"data":[{"id":${id},"Last_Name":"Smithers"}]}`);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`"id":"${id}"`);
    expect(sim.crm.module('Leads').get(id)?.['Last_Name']).toBe('Smithers');
  });

  it('links a lookup given as a numeric id to the stored record', async () => {
    const { sim, call } = await rawCrm();
    const account = sim.crm.newId();
    sim.crm.module('Accounts').set(account, { id: account, Account_Name: 'Springfield Nuclear' });
    const answer = await call('POST', '/crm/v8/Contacts', `{"data":[{"Last_Name":"Simpson","Account_Name":{"id":${account}}}]}`);
    expect(answer.status).toBe(201);
    const created = (answer.body as { data: { details: { id: string } }[] }).data[0]!.details.id;
    expect(sim.crm.module('Contacts').get(created)?.['Account_Name']).toMatchObject({ id: account, name: 'Springfield Nuclear' });
  });

  it('files a note under the record its numeric Parent_Id names', async () => {
    const { sim, call } = await rawCrm();
    const lead = sim.crm.newId();
    sim.crm.module('Leads').set(lead, { id: lead, Last_Name: 'Burns' });
    const answer = await call('POST', '/crm/v8/Notes', `{"data":[{"Note_Content":"Call back","Parent_Id":{"module":{"api_name":"Leads"},"id":${lead}}}]}`);
    expect(answer.status).toBe(201);
    const listed = await call('GET', `/crm/v8/Leads/${lead}/Notes?fields=Note_Content`);
    expect((listed.body as { data: unknown[] }).data).toEqual([expect.objectContaining({ Note_Content: 'Call back' })]);
  });

  it('mass-updates the records named by numeric ids', async () => {
    const { sim, call } = await rawCrm();
    const [a, b] = [sim.crm.newId(), sim.crm.newId()];
    for (const id of [a, b]) sim.crm.module('Leads').set(id, { id, Last_Name: 'Burns' });
    const mass = await call('POST', '/crm/v8/Leads/actions/mass_update', `{"data":[{"Lead_Status":"Contacted"}],"ids":[${a}]}`);
    expect(mass.status).toBe(202);
    const job = (mass.body as { data: { details: { job_id: string } }[] }).data[0]!.details.job_id;
    // The job runs in the background: the first poll sees it running, the next done.
    await call('GET', `/crm/v8/Leads/actions/mass_update?job_id=${job}`);
    await call('GET', `/crm/v8/Leads/actions/mass_update?job_id=${job}`);
    expect(sim.crm.module('Leads').get(a)?.['Lead_Status']).toBe('Contacted');
    expect(sim.crm.module('Leads').get(b)?.['Lead_Status']).toBeUndefined();
  });

  it('makes ids of 18 or 19 digits that fit a Java long', async () => {
    const { sim } = await rawCrm();
    const ids = Array.from({ length: 2000 }, () => sim.crm.newId());
    for (const id of ids) {
      expect(id).toMatch(/^[1-9]\d{17,18}$/);
      expect(BigInt(id) < 2n ** 63n - 1n).toBe(true);
    }
  });
});
