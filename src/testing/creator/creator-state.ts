import type { SeededRandom } from '../random.js';

/** Creator's memory. */
export class CreatorState {
  constructor(readonly random: SeededRandom) {}
}
