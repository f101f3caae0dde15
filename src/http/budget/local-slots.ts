import { waitInLine } from './wait-in-line.js';

/**
 * The slots of one pool when the budget is this process's alone (no shared backend): a
 * counter and a FIFO of waiters, nothing else. No leases, no renewal timers, no promise when
 * a slot is free: a lease only matters to other processes, which could outlive a killed
 * holder, and here there are none. This is the path of every call of a client created
 * without `limits.backend`, so it must cost next to nothing (scripts/bench/transport.ts).
 */
export class LocalSlots {
  #inFlight = 0;
  readonly #waiting: ((value: void) => void)[] = [];

  /**
   * What holding one slot looks like to the budget layer. Shared by every holder: a local
   * slot carries no lease, so giving any one back is the same act, and the usual call then
   * allocates no ticket of its own.
   */
  readonly ticket: { release(): void } = { release: () => this.release() };

  constructor(readonly limit: number) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Takes a slot if one is free and nobody waits for it; never queues. */
  tryTake(): boolean {
    if (this.#inFlight >= this.limit || this.#waiting.length > 0) return false;
    this.#inFlight++;
    return true;
  }

  /** Takes a slot at once (true) or when one is released, in FIFO order; rejects on abort. */
  take(signal: AbortSignal | undefined): true | Promise<void> {
    if (this.tryTake()) return true;
    return waitInLine<void>(this.#waiting, signal);
  }

  /** Gives a slot back: straight to the longest waiter, if any. */
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#inFlight--;
  }
}
