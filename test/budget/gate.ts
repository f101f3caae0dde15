import { Until } from './until.js';

/**
 * A fetch in front of the simulator's HTTP server that can hold calls at the door: a call
 * that reaches it holds its budget slots, so a test sees who got a slot and who waits
 * without timing anything. It counts what passed, as the network would see it.
 */
export class Gate {
  #open = false;
  readonly #held: (() => void)[] = [];
  readonly #state = new Until();
  /** Calls that reached the network (CRM only: OAuth calls pass untouched). */
  arrived = 0;
  inFlight = 0;
  maxInFlight = 0;
  heavyInFlight = 0;
  maxHeavyInFlight = 0;

  constructor(options: { open?: boolean } = {}) {
    this.#open = options.open ?? false;
  }

  /** Calls waiting at the door. */
  get held(): number {
    return this.#held.length;
  }

  readonly fetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/crm/')) return fetch(request, init);
    const heavy = path.endsWith('/search');
    this.arrived++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    if (heavy) this.maxHeavyInFlight = Math.max(this.maxHeavyInFlight, ++this.heavyInFlight);
    try {
      if (!this.#open) {
        await new Promise<void>((resolve) => {
          this.#held.push(resolve);
          this.#state.changed();
        });
      }
      return await fetch(request, init);
    } finally {
      this.inFlight--;
      if (heavy) this.heavyInFlight--;
    }
  };

  /** Lets every held call through, and every later one. */
  open(): void {
    this.#open = true;
    for (const pass of this.#held.splice(0)) pass();
  }

  /** Holds every later call at the door again. */
  close(): void {
    this.#open = false;
  }

  /** Lets the longest-held call through. */
  passOne(): void {
    this.#held.shift()?.();
  }

  /** Resolves once `count` calls are held at the door. */
  holding(count: number): Promise<void> {
    return this.#state.until(() => this.#held.length >= count);
  }
}

/**
 * Waits until `condition` holds, asking again on each turn of the timer queue: for state
 * that changes without an event a test could await (a queue's length). Bounded by the
 * test's own timeout, not by a clock of its own.
 */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}
