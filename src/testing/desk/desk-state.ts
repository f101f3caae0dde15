import type { SeededRandom } from '../random.js';

/** Desk's memory. */
export class DeskState {
  constructor(readonly random: SeededRandom) {}
}
