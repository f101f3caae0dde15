/**
 * CRM metadata (fields, layouts, sections, pick-list values, custom views, related lists)
 * when Zoho's objects carry only some of their keys, and the metadata lists when Zoho answers
 * 204 (no content). The objects are served verbatim by the simulator, read through the
 * module's methods, and checked through the wrappers' getters a user reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fieldGroups } from '../../src/crm/metadata/fields-default.js';
import { recordingSimZoho } from '../support/recording-sim.js';
import type { SimZoho } from '../support/sim-zoho.js';

const ANA = 'ana@example.com';
let env: (SimZoho & { paths: (path: string) => Request[] }) | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function leads() {
  env = await recordingSimZoho(ANA);
  return env.zoho.as(ANA).crm.module('Leads');
}

const answer = (body: unknown) => ({ type: 'answer' as const, status: 200, body });
const NO_CONTENT = { type: 'answer', status: 204, body: null } as const;

describe('fields with only some of their keys', () => {
  it('falls back from display_label to field_label to the API name, and reads read-only and subform fields', async () => {
    const module = await leads();
    env!.sim.failNext(answer({ fields: [
      { id: '1', api_name: 'Shown', display_label: 'Display', field_label: 'Field' },
      { id: '2', api_name: 'Labelled', field_label: 'Field label', field_read_only: true },
      { id: 3, api_name: 'Bare', read_only: true },
      { api_name: 'Items', data_type: 'subform', subform: { module: 'Quoted_Items' } },
      {},
    ] }), { path: '/settings/fields' });
    const fields = await module.fields();
    expect(fields.map((field) => [field.id, field.apiName, field.label, field.readOnly, field.subformModule])).toEqual([
      ['1', 'Shown', 'Display', false, undefined],
      ['2', 'Labelled', 'Field label', true, undefined],
      [undefined, 'Bare', 'Bare', true, undefined],
      [undefined, 'Items', 'Items', false, 'Quoted_Items'],
      [undefined, '', '', false, undefined],
    ]);
    // A wrapper serialises as Zoho's own object.
    expect(JSON.parse(JSON.stringify(fields[2]))).toEqual({ id: 3, api_name: 'Bare', read_only: true });
    // The default fields of a list read leave out nameless, id, $-internal and subform fields; a field without a type is kept.
    expect(await module.defaultFields()).toEqual(['Shown', 'Labelled', 'Bare']);
  });

  it('reads pick-list values that carry only one of their two values', async () => {
    const module = await leads();
    env!.sim.failNext(answer({ fields: [{ api_name: 'Rating', data_type: 'picklist', pick_list_values: [
      { display_value: 'Shown only', sequence_number: 2 },
      { actual_value: 'Stored only' },
      {},
    ] }] }), { path: '/settings/fields' });
    const [rating] = await module.fields();
    expect(rating!.pickListValues.map((value) => [value.displayValue, value.actualValue, value.sequenceNumber])).toEqual([
      ['Shown only', 'Shown only', 2],
      ['Stored only', 'Stored only', undefined],
      ['', '', undefined],
    ]);
  });

  it('fetches the fields again after the whole metadata cache is cleared', async () => {
    const module = await leads();
    await module.fields();
    await module.fields();
    expect(env!.paths('/crm/v8/settings/fields')).toHaveLength(1);
    env!.zoho.as(ANA).crm.metadata.clear();
    await module.fields();
    expect(env!.paths('/crm/v8/settings/fields')).toHaveLength(2);
  });
});

describe('layouts, sections, custom views and related lists with only some of their keys', () => {
  it('names layouts and sections from api_name when they have no name, and a section without fields has none', async () => {
    const module = await leads();
    env!.sim.failNext(answer({ layouts: [
      { id: '10', api_name: 'Layout_Api', status: 'inactive', sections: [{ api_name: 'Sec_Api' }, { name: 'Named', display_label: 'Shown' }, { fields: null }] },
      {},
    ] }), { path: '/settings/layouts' });
    const [layout, bare] = await module.layouts();
    expect([layout!.name, layout!.active, bare!.name, bare!.active, bare!.sections]).toEqual(['Layout_Api', false, '', true, []]);
    expect(layout!.sections.map((section) => [section.name, section.label, section.fields])).toEqual([
      ['Sec_Api', 'Sec_Api', []],
      ['Named', 'Shown', []],
      ['', '', []],
    ]);
  });

  it('reads custom views without an id or display value, and their flags and criteria', async () => {
    const module = await leads();
    const criteria = { comparator: 'equal', field: { api_name: 'Lead_Source' }, value: 'Web' };
    env!.sim.failNext(answer({ custom_views: [{ id: '7', name: 'Web leads', system_defined: true, criteria }, {}] }), { path: '/settings/custom_views' });
    const [web, bare] = await module.customViews();
    expect([web!.id, web!.name, web!.systemDefined, web!.isDefault, web!.criteria]).toEqual(['7', 'Web leads', true, false, criteria]);
    expect([bare!.id, bare!.name, bare!.systemDefined, bare!.criteria]).toEqual(['', '', false, undefined]);
  });

  it('labels related lists from name, then api_name', async () => {
    const module = await leads();
    env!.sim.failNext(answer({ related_lists: [{ api_name: 'Notes', name: 'Notes list' }, { api_name: 'Calls' }, {}] }), { path: '/settings/related_lists' });
    const lists = await module.relatedLists();
    expect(lists.map((list) => [list.apiName, list.label, list.moduleApiName])).toEqual([
      ['Notes', 'Notes list', undefined],
      ['Calls', 'Calls', undefined],
      ['', '', undefined],
    ]);
  });
});

describe('metadata lists answered with 204', () => {
  it.each([
    ['fields', '/settings/fields', (module: Awaited<ReturnType<typeof leads>>) => module.fields()],
    ['layouts', '/settings/layouts', (module: Awaited<ReturnType<typeof leads>>) => module.layouts()],
    ['custom views', '/settings/custom_views', (module: Awaited<ReturnType<typeof leads>>) => module.customViews()],
    ['related lists', '/settings/related_lists', (module: Awaited<ReturnType<typeof leads>>) => module.relatedLists()],
    ['modules', '/settings/modules', (module: Awaited<ReturnType<typeof leads>>) => module.crm.modules()],
  ])('%s: an empty list', async (_name, path, read) => {
    const module = await leads();
    env!.sim.failNext(NO_CONTENT, { path });
    expect(await read(module)).toEqual([]);
  });
});

describe('fieldGroups', () => {
  it.each([
    [[], [['id']]],
    [['id'], [['id']]],
    [['A', 'id', 'B', 'A'], [['A', 'B']]],
  ])('groups %j as %j', (fields, groups) => {
    expect(fieldGroups(fields)).toEqual(groups);
  });
});
