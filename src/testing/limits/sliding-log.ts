/** Amounts counted over a sliding window: what Zoho's "rolling 24 hours" means. */
export class SlidingLog {
  readonly #entries: { at: number; amount: number }[] = [];
  #total = 0;

  constructor(private readonly windowMs: number) {}

  /** The total within the window ending at `now`. */
  total(now: number): number {
    while (this.#entries.length > 0 && this.#entries[0]!.at <= now - this.windowMs) this.#total -= this.#entries.shift()!.amount;
    return this.#total;
  }

  add(now: number, amount: number): void {
    this.#entries.push({ at: now, amount });
    this.#total += amount;
  }

  /** When the oldest entry leaves the window (ms from `now`). */
  freesInMs(now: number): number {
    const oldest = this.#entries[0];
    return oldest ? Math.max(0, oldest.at + this.windowMs - now) : 0;
  }
}
