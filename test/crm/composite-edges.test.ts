import { afterEach, describe, expect, it } from 'vitest';
import { ZohoResponseError } from '../../src/index.js';
import { subRequest } from '../../src/crm/records/composite.js';
import { caught } from '../support/sim-zoho.js';
import { hookedEnv } from './hooked-env.js';
import { crmEnv, seedLeads, type CrmEnv } from './records-fixture.js';

// Composite requests and lead conversion: options as sent, and CRM answers of unusual shapes.

let env: CrmEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const COMPOSITE = { product: 'crm', method: 'POST', path: '/crm/v8/__composite_requests' } as const;
const CONVERT = { product: 'crm', method: 'POST', path: '/actions/convert' } as const;

/** One sub-request answer as CRM nests it. */
function answer(extra: object): object {
  return { code: 'SUCCESS', status: 'success', message: 'done', ...extra };
}

describe('composite requests', () => {
  it('sends sub-request headers and the parallel flag as CRM documents them', async () => {
    const bodies: Promise<unknown>[] = [];
    const { sim, crm } = await hookedEnv((request) => {
      if (new URL(request.url).pathname === COMPOSITE.path) bodies.push(request.clone().json());
      return undefined;
    });
    const id = sim.crm.newId();
    sim.crm.module('Leads').set(id, { id, Last_Name: 'Headed' });
    const [read] = await crm.composite([subRequest('GET', '/crm/v8/{module_api_name}/{record_id}', { path: { module_api_name: 'Leads', record_id: id }, headers: { 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' } })], { parallel: false });
    expect(read).toMatchObject({ ok: true, status: 200 });
    expect(await Promise.all(bodies)).toEqual([
      { __composite_requests: [{ method: 'GET', uri: `/crm/v8/Leads/${id}`, headers: { 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' } }], parallel_execution: false },
    ]);
  });

  it('refuses an answer that holds fewer results than sub-requests', async () => {
    env = await crmEnv();
    const get = subRequest('GET', '/crm/v8/{module_api_name}', { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } });
    env.sim.failNext({ type: 'answer', status: 200, body: { __composite_requests: [answer({ details: { response: { status_code: 204 } } })] } }, COMPOSITE);
    env.sim.failNext({ type: 'answer', status: 204, body: '' }, COMPOSITE);
    for (const _ of [1, 2]) {
      const error = await caught(() => env!.crm.composite([get, get]));
      expect(error).toBeInstanceOf(ZohoResponseError);
      expect((error as Error).message).toMatch(/answered [01] results for 2 sub-requests/);
    }
  });

  it('reads sub-answers of every shape CRM sends', async () => {
    env = await crmEnv();
    env.sim.failNext(
      {
        type: 'answer',
        status: 200,
        body: {
          __composite_requests: [
            // 204: no body, no headers.
            answer({ details: { response: { status_code: 204 } } }),
            // Failed with CRM's envelope at the top of its body.
            answer({ details: { response: { status_code: 400, body: { code: 'INVALID_DATA', status: 'error', message: 'invalid data', details: { api_name: 'Email' } } } } }),
            // Failed with a body that names no code: the sub-request's own code is used.
            { code: 'INTERNAL_ERROR', status: 'error', details: { response: { status_code: 500, body: { data: [{ status: 'error', code: 42 }] } }, hint: 'retry' } },
            // Failed with a code but no message.
            answer({ status: 'error', details: { response: { status_code: 400, body: { data: [{ status: 'success' }, { status: 'error', code: 'DUPLICATE_DATA' }] } } } }),
            // Never ran: no details at all, no code, no message.
            { status: 'error' },
          ],
        },
      },
      COMPOSITE,
    );
    const get = subRequest('GET', '/crm/v8/{module_api_name}', { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } });
    const [empty, enveloped, codeless, messageless, unrun] = await env.crm.composite([get, get, get, get, get]);
    expect(empty).toEqual({ ok: true, id: undefined, status: 204, body: undefined, headers: {} });
    expect(enveloped).toMatchObject({ ok: false, status: 400, rolledBack: false, error: { code: 'INVALID_DATA', message: 'invalid data', field: 'Email' } });
    expect(codeless).toMatchObject({ ok: false, status: 500, error: { code: 'INTERNAL_ERROR', message: '', details: { hint: 'retry' } } });
    expect(messageless).toMatchObject({ ok: false, status: 400, error: { code: 'DUPLICATE_DATA', message: '' } });
    expect(unrun).toMatchObject({ ok: false, status: undefined, rolledBack: false, error: { code: 'UNKNOWN', message: '', details: {} }, body: undefined });
  });
});

describe('converting a lead', () => {
  it('sends every option as CRM names it', async () => {
    const bodies: Promise<unknown>[] = [];
    const { sim, crm } = await hookedEnv((request) => {
      if (new URL(request.url).pathname.endsWith('/actions/convert')) bodies.push(request.clone().json());
      return undefined;
    });
    const owner = sim.crm.userFor('ana');
    const lead = sim.crm.newId();
    const contact = sim.crm.newId();
    sim.crm.module('Leads').set(lead, { id: lead, Last_Name: 'Converted', Company: 'Converted Ltd', Owner: { id: owner.id } });
    sim.crm.module('Contacts').set(contact, { id: contact, Last_Name: 'Existing' });
    const converted = await crm.module('Leads').record(lead).convert({ contactId: contact, overwrite: true, notifyLeadOwner: false, notifyNewEntityOwner: true, carryOverTags: { Contacts: ['vip'] } });
    expect(converted.contact.id).toBe(contact);
    expect(await Promise.all(bodies)).toEqual([
      { data: [{ Contacts: { id: contact }, overwrite: true, notify_lead_owner: false, notify_new_entity_owner: true, carry_over_tags: { Contacts: ['vip'] } }] },
    ]);
  });

  it('throws the error CRM answers with HTTP 202 at the top level', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 1);
    env.sim.failNext({ type: 'answer', status: 202, body: { code: 'ID_ALREADY_CONVERTED', status: 'error', message: 'the lead was already converted', details: { id } } }, CONVERT);
    expect(await caught(() => env!.crm.module('Leads').record(id).convert())).toMatchObject({ code: 'ID_ALREADY_CONVERTED', status: 202 });
  });

  it('refuses a success that names no contact, and reads a record without a name', async () => {
    env = await crmEnv();
    const [id] = seedLeads(env.sim, 2);
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [answer({ details: { Accounts: { id: '1', name: 'Acme' } } })] } }, CONVERT);
    const error = await caught(() => env!.crm.module('Leads').record(id).convert());
    expect(error).toBeInstanceOf(ZohoResponseError);
    expect((error as Error).message).toMatch(/named no contact/);
    env.sim.failNext({ type: 'answer', status: 200, body: { data: [answer({ details: { Contacts: { id: '2' }, Deals: null } })] } }, CONVERT);
    expect(await env.crm.module('Leads').record(id).convert()).toEqual({ contact: { id: '2', name: undefined }, account: undefined, deal: undefined });
  });
});
