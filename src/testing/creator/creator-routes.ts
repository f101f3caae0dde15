import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import type { CreatorState } from './creator-state.js';

/** Creator endpoints. */
export function creatorRoutes(_core: SimulatorCore, _state: CreatorState): Route[] {
  return [];
}
