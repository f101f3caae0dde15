import type { components } from '../../../generated/crm.js';
import type { Field } from './field.js';
import { Section } from './section.js';

export type LayoutData = components['schemas']['Layout'];

/** A layout of a module: its sections, their fields, and the fields' pick-list values. */
export class Layout {
  constructor(readonly data: LayoutData) {}

  get id(): string | undefined {
    return this.data.id;
  }

  get name(): string {
    return this.data.name ?? this.data.api_name ?? '';
  }

  get active(): boolean {
    return this.data.status === undefined || this.data.status === 'active';
  }

  get sections(): Section[] {
    return (this.data.sections ?? []).map((section) => new Section(section));
  }

  /** Every field of every section, in layout order. */
  get fields(): Field[] {
    return this.sections.flatMap((section) => section.fields);
  }
}
