import type { SimulatorCore } from '../../core.js';
import type { Route } from '../../router.js';
import { bulkReadRoutes } from './bulk-read-routes.js';
import { bulkWriteRoutes } from './bulk-write-routes.js';
import { crmJobs } from './crm-jobs-state.js';
import type { CrmState } from '../crm-state.js';
import { watchRoutes } from '../notifications/watch-routes.js';

/**
 * CRM: Bulk read and bulk write jobs, the upload host, and watch channels (notifications).
 * Their state sits beside CrmState; tests reach it with `crmJobs(sim.crm)`.
 */
export function crmJobsRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const jobs = crmJobs(crm, core.now);
  return [...bulkReadRoutes(core, crm, jobs), ...bulkWriteRoutes(core, crm, jobs), ...watchRoutes(core, crm, jobs)];
}
