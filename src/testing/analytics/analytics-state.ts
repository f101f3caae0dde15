import type { SeededRandom } from '../random.js';

/** Analytics' memory: workspaces, views (tables) and their rows. */
export class AnalyticsState {
  constructor(readonly random: SeededRandom) {}
}
