import { afterEach, describe, expect, it } from 'vitest';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';
import { seed } from '../crm-subresources/seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('record locks', () => {
  it('locks a record so updates fail with RECORD_LOCKED, lists the lock, and unlocks it', async () => {
    env = await simZoho({ users: [USER] });
    const id = seed(env.sim, 'Leads', { Last_Name: 'Burns' });
    const crm = env.zoho.as(USER).crm;
    const record = crm.module('Leads').record(id);

    const lockId = await record.locks.lock('deal in review');
    const locks = await record.locks.list();
    expect(locks.hasMore).toBe(false);
    expect(locks.items).toEqual([expect.objectContaining({ id: lockId, Locked_Reason__s: 'deal in review' })]);

    const [refused] = await crm.module('Leads').records.update([{ id, Last_Name: 'Smithers' }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECORD_LOCKED' } });

    expect(await record.locks.unlock(lockId)).toMatchObject({ ok: true, id: lockId });
    const [updated] = await crm.module('Leads').records.update([{ id, Last_Name: 'Smithers' }]);
    expect(updated).toMatchObject({ ok: true, id });
  });
});
