import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import type { CrmState } from './crm-state.js';

/** CRM: Bulk read and bulk write jobs, the upload host, and watch channels (notifications). */
export function crmJobsRoutes(_core: SimulatorCore, _crm: CrmState): Route[] {
  return [];
}
