import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import { creatorBulkRoutes } from './creator-bulk-routes.js';
import { creatorRecordRoutes } from './creator-record-routes.js';
import type { CreatorState } from './creator-state.js';

/** Creator v2.1 endpoints: records through reports and forms, and bulk read jobs. */
export function creatorRoutes(core: SimulatorCore, state: CreatorState): Route[] {
  return [...creatorRecordRoutes(state), ...creatorBulkRoutes(core, state)];
}
