import type { components } from '../../../generated/crm.js';
import { MetadataEntity } from './metadata-entity.js';

export type PickListValueData = components['schemas']['PickListValue'];

/** One value of a pick-list field: what users see and what the API stores. */
export class PickListValue extends MetadataEntity<PickListValueData> {
  /** The value shown in the CRM UI (may be translated). */
  get displayValue(): string {
    return this.data.display_value ?? this.data.actual_value ?? '';
  }

  /** The value to send and to expect in records. */
  get actualValue(): string {
    return this.data.actual_value ?? this.data.display_value ?? '';
  }

  get sequenceNumber(): number | undefined {
    return this.data.sequence_number;
  }
}
