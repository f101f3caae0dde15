import type { components } from '../../../generated/crm.js';
import { Field } from './field.js';
import { MetadataEntity, wrapAll } from './metadata-entity.js';

export type SectionData = components['schemas']['Section'];

/** A section of a layout and the fields it shows, in order. */
export class Section extends MetadataEntity<SectionData> {
  get name(): string {
    return this.data.name ?? this.data.api_name ?? '';
  }

  get label(): string {
    return this.data.display_label ?? this.name;
  }

  get fields(): Field[] {
    return wrapAll(this.data.fields, Field);
  }
}
