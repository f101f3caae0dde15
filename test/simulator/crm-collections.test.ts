import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

interface Group {
  /** The collection's path under /crm/v8. */
  path: string;
  /** Its list key: `{key: [...]}` in bodies and answers. */
  key: string;
  /** One item to create, and a change to make to it. */
  create: Record<string, unknown>;
  change: Record<string, unknown>;
  /** Query string every call needs (e.g. `module=Leads`). */
  query?: string;
}

// Settings-style groups of CRM v8 that the generic collection engine serves from spec/.
const GROUPS: Group[] = [
  { path: '/settings/territories', key: 'territories', create: { name: 'West', description: 'Western states' }, change: { description: 'West coast' } },
  { path: '/settings/variables', key: 'variables', create: { name: 'Tax rate', api_name: 'Tax_Rate', type: 'double', value: 7.5, variable_group: { id: '1' } }, change: { value: 8 } },
];

describe('the generic collection engine', () => {
  for (const group of GROUPS) {
    it(`creates, lists, reads, updates and deletes ${group.key}`, async () => {
      const { call } = await rawCrm();
      const q = group.query ? `?${group.query}` : '';
      const at = (suffix = '') => `/crm/v8${group.path}${suffix}${q}`;
      expect((await call('GET', at())).status).toBe(204);

      const created = await call('POST', at(), { [group.key]: [group.create] });
      expect(created.status).toBe(201);
      const result = (created.body as Record<string, { code: string; details: { id: string } }[]>)[group.key]![0]!;
      expect(result.code).toBe('SUCCESS');
      const id = result.details.id;
      expect(id).toMatch(/^\d{18,19}$/);

      const listed = await call('GET', at());
      expect(listed.status).toBe(200);
      expect((listed.body as Record<string, unknown[]>)[group.key]).toEqual([expect.objectContaining({ ...group.create, id })]);

      const updated = await call('PUT', at(`/${id}`), { [group.key]: [group.change] });
      expect(updated.status).toBe(200);
      const got = await call('GET', at(`/${id}`));
      expect((got.body as Record<string, unknown[]>)[group.key]).toEqual([expect.objectContaining({ ...group.create, ...group.change, id })]);

      const deleted = await call('DELETE', at(`/${id}`));
      expect(deleted.status).toBe(200);
      expect((await call('GET', at())).status).toBe(204);
      const gone = await call('GET', at(`/${id}`));
      expect(gone.status).toBe(400);
      expect(gone.body).toMatchObject({ code: 'INVALID_DATA', details: { id }, status: 'error' });
    });
  }

  it('answers a batch update naming an unknown id item by item, and a missing id with MANDATORY_NOT_FOUND', async () => {
    const { call } = await rawCrm();
    const created = await call('POST', '/crm/v8/settings/territories', { territories: [{ name: 'North' }] });
    const id = (created.body as { territories: { details: { id: string } }[] }).territories[0]!.details.id;
    const answer = await call('PUT', '/crm/v8/settings/territories', { territories: [{ id, name: 'Far North' }, { id: '1234567890123456789', name: 'Nowhere' }, { name: 'No id' }] });
    expect(answer.status).toBe(207);
    expect((answer.body as { territories: unknown[] }).territories).toEqual([
      expect.objectContaining({ code: 'SUCCESS', details: { id } }),
      expect.objectContaining({ code: 'INVALID_DATA', details: expect.objectContaining({ id: '1234567890123456789' }) }),
      expect.objectContaining({ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'id', json_path: '$.territories[2].id' } }),
    ]);
  });

  it('refuses a write whose body lacks the list, with the field named', async () => {
    const { call } = await rawCrm();
    const answer = await call('POST', '/crm/v8/settings/territories', { name: 'West' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'territories', json_path: '$.territories' } });
  });
});
