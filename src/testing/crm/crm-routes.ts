import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { crmCollectionRoute } from './settings/crm-collections.js';
import { crmFieldCreateRoutes } from './metadata/crm-field-create-routes.js';
import { crmMembershipRoutes } from './settings/crm-membership-routes.js';
import { crmOrgRoutes } from './settings/crm-org-routes.js';
import { crmRecordLockRoutes } from './records/crm-record-locks.js';
import { crmTagRoutes } from './records/crm-tag-routes.js';
import { crmReadRoutes } from './records/crm-read-routes.js';
import { crmSettingsRoutes } from './metadata/crm-settings-routes.js';
import type { CrmState } from './crm-state.js';
import { crmWriteRoutes } from './records/crm-write-routes.js';

/**
 * The CRM records core: record reads (list, get, search, count, deleted, COQL), writes
 * (insert, update, upsert, delete), metadata (modules, fields, layouts, custom views,
 * related lists, tags), and the org, users, roles and profiles.
 */
export function crmRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  // Every other operation spec/ documents is served by the generic collection engine.
  core.fallbacks.set('crm', crmCollectionRoute(core, crm, crm.collections));
  return [...crmReadRoutes(core, crm), ...crmWriteRoutes(core, crm), ...crmSettingsRoutes(core, crm), ...crmOrgRoutes(core, crm), ...crmTagRoutes(core, crm), ...crmRecordLockRoutes(core, crm), ...crmMembershipRoutes(crm), ...crmFieldCreateRoutes(crm)];
}
