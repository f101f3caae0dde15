import type { components } from '../../generated/crm.js';

type User = components['schemas']['MinifiedUser'];

/** Who owns an item and who made and last changed it, when: the same on every CRM entity. */
export interface AuditFields {
  owner: User | undefined;
  createdTime: string | undefined;
  modifiedTime: string | undefined;
  createdBy: User | undefined;
  modifiedBy: User | undefined;
}

/** The audit fields of CRM's raw object (`Owner`, `Created_Time`, `Created_By`...). */
export function auditFieldsOf(raw: { Owner?: User; Created_Time?: string; Modified_Time?: string; Created_By?: User; Modified_By?: User }): AuditFields {
  return { owner: raw.Owner, createdTime: raw.Created_Time, modifiedTime: raw.Modified_Time, createdBy: raw.Created_By, modifiedBy: raw.Modified_By };
}
