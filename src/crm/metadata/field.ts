import type { components } from '../../../generated/crm.js';
import { MetadataEntity, wrapAll } from './metadata-entity.js';
import { PickListValue } from './pick-list-value.js';

export type FieldData = components['schemas']['Field'];
export type FieldDataType = components['schemas']['FieldDataType'];

/** A field of a module (or of a layout section), from Zoho's field metadata. */
export class Field extends MetadataEntity<FieldData> {
  /** The name to use in records, criteria and `fields` parameters. */
  get apiName(): string {
    return this.data.api_name ?? '';
  }

  get label(): string {
    return this.data.display_label ?? this.data.field_label ?? this.apiName;
  }

  get dataType(): FieldDataType | undefined {
    return this.data.data_type;
  }

  /** Mandatory in this layout (`mandatory`) or always (`system_mandatory`). */
  get mandatory(): boolean {
    return this.data.mandatory === true || this.data.system_mandatory === true;
  }

  /** No two records may hold the same value. */
  get unique(): boolean {
    return this.data.unique !== null && this.data.unique !== undefined;
  }

  get readOnly(): boolean {
    return this.data.read_only === true || this.data.field_read_only === true;
  }

  /** Maximum length of a text value. */
  get length(): number | undefined {
    return this.data.length;
  }

  /** For lookups: the module looked up. */
  get lookupModule(): string | undefined {
    return this.data.lookup?.module?.api_name;
  }

  /** For subforms (line items): the subform module. */
  get subformModule(): string | undefined {
    return this.data.subform?.module;
  }

  get pickListValues(): PickListValue[] {
    return wrapAll(this.data.pick_list_values, PickListValue);
  }
}
