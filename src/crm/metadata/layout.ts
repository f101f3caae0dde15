import type { components } from '../../../generated/crm.js';
import type { Field } from './field.js';
import { MetadataEntity, wrapAll } from './metadata-entity.js';
import { Section } from './section.js';

export type LayoutData = components['schemas']['Layout'];

/** A layout of a module: its sections, their fields, and the fields' pick-list values. */
export class Layout extends MetadataEntity<LayoutData> {
  get name(): string {
    return this.data.name ?? this.data.api_name ?? '';
  }

  get active(): boolean {
    return this.data.status === undefined || this.data.status === 'active';
  }

  get sections(): Section[] {
    return wrapAll(this.data.sections, Section);
  }

  /** Every field of every section, in layout order. */
  get fields(): Field[] {
    return this.sections.flatMap((section) => section.fields);
  }
}
