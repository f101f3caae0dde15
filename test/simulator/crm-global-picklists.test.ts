import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

describe('global picklists used by fields', () => {
  it('gives a new pick list field the values of the global picklist it names', async () => {
    const { call } = await rawCrm();
    const created = await call('POST', '/crm/v8/settings/global_picklists', { global_picklists: [{ display_label: 'Regions', pick_list_values: [{ display_value: 'EMEA' }, { display_value: 'APAC' }] }] });
    const picklist = (created.body as { global_picklists: { details: { id: string } }[] }).global_picklists[0]!.details.id;

    const field = await call('POST', '/crm/v8/settings/fields?module=Leads', { fields: [{ field_label: 'Region', data_type: 'picklist', global_picklist: { id: picklist } }] });
    expect(field.status).toBe(201);

    const fields = await call('GET', '/crm/v8/settings/fields?module=Leads');
    const region = (fields.body as { fields: { api_name: string; pick_list_values?: { display_value: string }[] }[] }).fields.find((f) => f.api_name === 'Region');
    expect(region?.pick_list_values?.map((v) => v.display_value)).toEqual(['EMEA', 'APAC']);
  });

  it('refuses a field naming a global picklist that does not exist', async () => {
    const { call } = await rawCrm();
    const field = await call('POST', '/crm/v8/settings/fields?module=Leads', { fields: [{ field_label: 'Region', data_type: 'picklist', global_picklist: { id: '1000000000000000001' } }] });
    expect(field.status).toBe(400);
    expect((field.body as { fields: unknown[] }).fields[0]).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'global_picklist' } });
  });
});
