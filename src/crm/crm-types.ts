import type { components } from '../../generated/crm.js';

type Schemas = components['schemas'];

/**
 * A record as Zoho sends it: system fields typed, every other field keyed by its API name.
 * Values by data type: text, pick lists, dates (`yyyy-MM-dd`) and date-times (ISO 8601 with
 * offset) are strings; numbers are numbers; lookups are `{ id, name }`; multi-select pick
 * lists are string arrays.
 */
export type CrmRecordData = Schemas['Record'];
/** Field values to write: field API name → value. */
export type FieldValues = { [field: string]: unknown };
/** Pagination details of a list (`per_page`, `count`, `page`, `more_records`, `next_page_token`...). */
export type CrmInfo = Schemas['Info'];
/** Automation to run on a write; omit to run all of it, pass `[]` to run none. */
export type CrmTrigger = Schemas['Trigger'];
/** What Zoho says about a failed item or request (`api_name`, `json_path`, `expected_data_type`...). */
export type CrmErrorDetails = Schemas['ErrorDetails'];
/** A module as the modules API describes it. */
export type ModuleInfo = Schemas['Module'];
/** The org, from `GET /org`. */
export type Org = Schemas['Org'];
/** A CRM user. */
export type CrmUserData = Schemas['User'];
export type RoleData = Schemas['Role'];
export type ProfileData = Schemas['Profile'];
export type TagData = Schemas['Tag'];
export type DeletedRecord = Schemas['DeletedRecord'];

