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
  /** How an item is changed (PUT unless the group has only PATCH). */
  update?: 'PUT' | 'PATCH';
  /** Whether an item can be deleted by id (pipelines and currencies cannot). */
  deletes?: boolean;
}

// Settings-style groups of CRM v8 that the generic collection engine serves from spec/.
const GROUPS: Group[] = [
  { path: '/settings/territories', key: 'territories', create: { name: 'West', description: 'Western states' }, change: { description: 'West coast' } },
  { path: '/settings/variables', key: 'variables', create: { name: 'Tax rate', api_name: 'Tax_Rate', type: 'double', value: 7.5 }, change: { value: 8 } },
  { path: '/settings/user_groups', key: 'user_groups', create: { name: 'Support', sources: [{ type: 'users', source: { id: '1' } }] }, change: { description: 'Tier 1' } },
  { path: '/settings/holidays', key: 'holidays', create: { name: 'New Year', date: '2027-01-01', type: 'business_holiday' }, change: { name: 'New Year\'s Day' } },
  { path: '/settings/business_hours/shift_hours', key: 'shift_hours', create: { name: 'Night', timezone: 'Europe/Paris' }, change: { name: 'Late night' } },
  { path: '/settings/global_picklists', key: 'global_picklists', create: { display_label: 'Regions', pick_list_values: [{ display_value: 'EMEA' }] }, change: { display_label: 'Sales regions' }, update: 'PATCH' },
  { path: '/settings/record_locking_configurations', key: 'record_locking_configurations', create: { lock_type: 'manual', locked_for: 'all_profiles' }, change: { lock_type: 'both' } },
  { path: '/settings/automation/scoring_rules', key: 'scoring_rules', create: { name: 'Hot leads', module: { api_name: 'Leads' } }, change: { description: 'Score by source' } },
  { path: '/settings/unsubscribe_links', key: 'unsubscribe_links', create: { name: 'Default', landing_url: 'https://example.com/bye' }, change: { name: 'Main' } },
  { path: '/settings/users_unavailability', key: 'users_unavailability', create: { comments: 'Leave', from: '2027-02-01T09:00:00+00:00', to: '2027-02-05T18:00:00+00:00' }, change: { comments: 'Annual leave' } },
  { path: '/Contacts/roles', key: 'contact_roles', create: { name: 'Evaluator', sequence_number: 2 }, change: { name: 'Technical evaluator' } },
  { path: '/settings/pipeline', key: 'pipeline', create: { display_value: 'Enterprise', default: false, maps: [{ display_value: 'Qualification', sequence_number: 1 }] }, change: { display_value: 'Enterprise deals' }, deletes: false },
];

describe('the generic collection engine', () => {
  for (const group of GROUPS) {
    it(`creates, lists, reads, updates and deletes ${group.key}`, async () => {
      const { call } = await rawCrm();
      const at = (suffix = '') => `/crm/v8${group.path}${suffix}`;
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

      const updated = await call(group.update ?? 'PUT', at(`/${id}`), { [group.key]: [group.change] });
      expect(updated.status).toBe(200);
      const got = await call('GET', at(`/${id}`));
      expect((got.body as Record<string, unknown[]>)[group.key]).toEqual([expect.objectContaining({ ...group.create, ...group.change, id })]);

      if (group.deletes === false) return;
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
