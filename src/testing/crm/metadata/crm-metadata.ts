import type { SeededRandom } from '../../random.js';
import { expandField, type FieldSeed, type FieldSeedOptions, type SimField, type SimFieldType } from './crm-fields.js';
import { MODULE_SEEDS, type ModuleSeed } from './crm-module-seeds.js';

/** A module as the simulator knows it: its fields (in layout order) and Zoho ids. */
export interface SimModule {
  id: string;
  api_name: string;
  singular: string;
  plural: string;
  display: string;
  duplicateCheck: readonly string[];
  parent: string | undefined;
  fields: SimField[];
  layoutId: string;
  relatedLists: readonly string[];
  /** Custom views: `All <plural>` (the default) and `My <plural>`. */
  views: { id: string; name: string; mine: boolean }[];
}

/**
 * The org's module metadata, seeded from Zoho's standard modules, and its rendering into
 * the JSON of Zoho's metadata APIs (modules, fields, layouts, custom views, related lists).
 */
export class CrmMetadata {
  readonly modules = new Map<string, SimModule>();
  /** Lower-case API name → module, for Zoho's case-insensitive module lookup. */
  readonly #byLowerName = new Map<string, SimModule>();

  constructor(private readonly random: SeededRandom) {
    for (const seed of MODULE_SEEDS) this.#add(seed);
  }

  /** A module by API name (case-insensitive, as Zoho resolves it) or by id. */
  find(nameOrId: string): SimModule | undefined {
    return this.#byLowerName.get(nameOrId.toLowerCase()) ?? [...this.modules.values()].find((m) => m.id === nameOrId);
  }

  /**
   * Adds a custom module (Zoho names them like `Shipments` or `Custom_Module1`), with
   * `fields` in the seeds' short form; the display field defaults to the first one.
   */
  addModule(seed: { api_name: string; singular?: string; plural?: string; display?: string; duplicateCheck?: readonly string[]; fields: readonly FieldSeed[] }): SimModule {
    if (this.find(seed.api_name)) throw new Error(`simulator: the CRM module ${seed.api_name} exists already`);
    const display = seed.display ?? seed.fields[0]?.[0] ?? 'Name';
    this.#add({
      api_name: seed.api_name,
      singular: seed.singular ?? seed.api_name,
      plural: seed.plural ?? seed.api_name,
      display,
      duplicateCheck: seed.duplicateCheck ?? [],
      fields: [['Owner', 'ownerlookup'], ...seed.fields, ['Created_By', 'ownerlookup', { readOnly: true }], ['Modified_By', 'ownerlookup', { readOnly: true }], ['Created_Time', 'datetime', { readOnly: true }], ['Modified_Time', 'datetime', { readOnly: true }]],
      relatedLists: ['Notes', 'Attachments'],
    });
    return this.modules.get(seed.api_name)!;
  }

  /** Adds a custom field (or replaces one with the same API name) to a module. */
  addField(moduleName: string, apiName: string, type: SimFieldType, options: FieldSeedOptions = {}): SimField {
    const module = this.find(moduleName);
    if (!module) throw new Error(`simulator: no CRM module ${moduleName}`);
    const field = expandField([apiName, type, options], `${module.singular} Information`, this.random.digits(19));
    // A new array, so anything indexing the old field list by identity sees the change.
    const at = module.fields.findIndex((f) => f.api_name === apiName);
    module.fields = at === -1 ? [...module.fields, field] : module.fields.map((f, i) => (i === at ? field : f));
    return field;
  }

  #add(seed: ModuleSeed): void {
    const section = `${seed.singular} Information`;
    const module: SimModule = {
      id: this.random.digits(19),
      api_name: seed.api_name,
      singular: seed.singular,
      plural: seed.plural,
      display: seed.display,
      duplicateCheck: seed.duplicateCheck,
      parent: seed.parent,
      fields: seed.fields.map((f) => expandField(f, section, this.random.digits(19))),
      layoutId: this.random.digits(19),
      relatedLists: seed.relatedLists,
      views: seed.parent ? [] : [
        { id: this.random.digits(19), name: `All ${seed.plural}`, mine: false },
        { id: this.random.digits(19), name: `My ${seed.plural}`, mine: true },
      ],
    };
    this.modules.set(module.api_name, module);
    this.#byLowerName.set(module.api_name.toLowerCase(), module);
  }

  moduleJson(module: SimModule, withDetails = false): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: module.id,
      api_name: module.api_name,
      module_name: module.api_name,
      singular_label: module.singular,
      plural_label: module.plural,
      generated_type: module.parent ? 'subform' : 'default',
      api_supported: true,
      creatable: true,
      editable: true,
      deletable: true,
      viewable: true,
      visible: !module.parent,
      status: module.parent ? 'system_hidden' : 'visible',
      per_page: 200,
      display_field: { api_name: module.display, id: module.fields.find((f) => f.api_name === module.display)?.id ?? null },
      parent_module: module.parent ? { api_name: module.parent, id: this.modules.get(module.parent)?.id } : null,
      sequence_number: [...this.modules.keys()].indexOf(module.api_name) + 1,
    };
    if (withDetails) {
      json['fields'] = module.fields.map((field) => this.fieldJson(module, field));
      json['related_lists'] = this.relatedListsJson(module);
    }
    return json;
  }

  fieldJson(module: SimModule, field: SimField): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: field.id,
      api_name: field.api_name,
      field_label: field.label,
      display_label: field.label,
      data_type: field.data_type,
      json_type: jsonType(field.data_type),
      length: field.length,
      system_mandatory: field.mandatory,
      read_only: field.read_only,
      field_read_only: field.read_only,
      custom_field: false,
      visible: true,
      sortable: field.data_type !== 'subform' && field.data_type !== 'jsonarray',
      filterable: field.data_type !== 'subform',
      searchable: ['text', 'email', 'phone', 'picklist', 'website', 'textarea'].includes(field.data_type),
      unique: field.unique ? { casesensitive: 'false' } : null,
      lookup: field.lookup ? { module: { api_name: field.lookup, id: this.modules.get(field.lookup)?.id }, display_label: field.label, api_name: field.api_name } : null,
      subform: field.subform ? { module: field.subform, id: this.modules.get(field.subform)?.id } : null,
      layout_associations: module.parent ? [] : [{ id: module.layoutId, name: 'Standard', api_name: 'Standard' }],
      operation_type: { web_create: true, web_update: true, api_create: !field.read_only, api_update: !field.read_only },
    };
    if (field.pick_list) {
      json['pick_list_values'] = field.pick_list.map((value, index) => ({
        display_value: value,
        actual_value: value,
        reference_value: value,
        sequence_number: index + 1,
        type: 'used',
        // Stable ids: derived from the field id and the position.
        id: `${field.id.slice(0, 15)}${String(index).padStart(4, '0')}`,
        colour_code: null,
      }));
    }
    return json;
  }

  layoutJson(module: SimModule): Record<string, unknown> {
    const sections = new Map<string, SimField[]>();
    for (const field of module.fields) {
      const list = sections.get(field.section) ?? [];
      list.push(field);
      sections.set(field.section, list);
    }
    return {
      id: module.layoutId,
      name: 'Standard',
      api_name: 'Standard',
      display_label: 'Standard',
      status: 'active',
      visible: true,
      source: 'crm',
      generated_type: 'default',
      profiles: [{ id: '1', name: 'Administrator', default: true }, { id: '2', name: 'Standard', default: true }],
      sections: [...sections.entries()].map(([name, fields], index) => ({
        id: `${module.layoutId.slice(0, 16)}${String(index).padStart(3, '0')}`,
        name,
        api_name: name.replace(/\s+/g, '_'),
        display_label: name,
        sequence_number: index + 1,
        column_count: 2,
        isSubformSection: fields.some((f) => f.data_type === 'subform'),
        fields: fields.map((field, position) => ({ ...this.fieldJson(module, field), mandatory: field.mandatory, sequence_number: position + 1 })),
      })),
    };
  }

  customViewJson(module: SimModule, view: SimModule['views'][number]): Record<string, unknown> {
    return {
      id: view.id,
      name: view.name,
      display_value: view.name,
      system_name: view.mine ? `MY${module.api_name.toUpperCase()}` : `ALL${module.api_name.toUpperCase()}`,
      system_defined: true,
      default: !view.mine,
      access_type: 'public',
      category: 'public_views',
      module: { api_name: module.api_name, id: module.id },
      criteria: view.mine ? { field: { api_name: 'Owner', id: module.fields.find((f) => f.api_name === 'Owner')?.id }, comparator: 'equal', value: '${CURRENTUSER}' } : null,
      sort_by: null,
      sort_order: null,
      favorite: null,
      locked: false,
      offline: true,
    };
  }

  relatedListsJson(module: SimModule): Record<string, unknown>[] {
    return module.relatedLists.map((name, index) => {
      const target = this.modules.get(name);
      return {
        id: `${module.id.slice(0, 16)}${String(index).padStart(3, '0')}`,
        api_name: name,
        name: target?.plural ?? name,
        display_label: target?.plural ?? name,
        module: target ? { api_name: target.api_name, id: target.id } : { api_name: name },
        href: `${module.api_name}/{ENTITYID}/${name}`,
        type: 'default',
        sequence_number: String(index + 1),
        status: 'visible',
        visible: true,
        customize_sort: false,
        customize_fields: false,
        customize_display_label: false,
      };
    });
  }
}

function jsonType(type: SimFieldType): string {
  switch (type) {
    case 'integer':
    case 'bigint':
      return 'integer';
    case 'double':
    case 'currency':
    case 'percent':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'lookup':
    case 'ownerlookup':
    case 'userlookup':
      return 'jsonobject';
    case 'multiselectpicklist':
    case 'subform':
    case 'jsonarray':
      return 'jsonarray';
    default:
      return 'string';
  }
}
