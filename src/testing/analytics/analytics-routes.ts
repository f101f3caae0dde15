import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import type { AnalyticsState } from './analytics-state.js';

/** Analytics v2 endpoints (`/restapi/v2/...`). */
export function analyticsRoutes(_core: SimulatorCore, _state: AnalyticsState): Route[] {
  return [];
}
