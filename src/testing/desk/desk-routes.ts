import type { SimulatorCore } from '../core.js';
import type { Route } from '../router.js';
import type { DeskState } from './desk-state.js';

/** Desk endpoints. */
export function deskRoutes(_core: SimulatorCore, _state: DeskState): Route[] {
  return [];
}
