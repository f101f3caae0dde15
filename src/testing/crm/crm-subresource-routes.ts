import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import type { CrmState } from './crm-state.js';

/** CRM: Notes, attachments, photos, related records, convert, mass update, recycle bin, composite, change owner. */
export function crmSubresourceRoutes(_core: SimulatorCore, _crm: CrmState): Route[] {
  return [];
}
