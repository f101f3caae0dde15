import type { FallbackBudgetBackend } from './fallback-backend.js';
import { waitInLine } from './wait-in-line.js';

/**
 * How long a slot may pass between this process's own calls before it goes back to the
 * shared backend. Measured by time, not by count: every return costs an idle slot while
 * another process wakes up and asks (tens of ms on a loaded machine, and several round trips
 * through MySQL, which cannot wake a waiter), so it should happen about once a second, not
 * every few calls. Short enough that over any run of seconds every process gets its turns. Capped at a third of the lease so
 * a lease handed on without renewal still has time left for the next ticket to renew it.
 */
const HOLD_MS = 1_000;

/** Hands a waiter its lease. */
type Waiter = (lease: string) => void;

/**
 * Waits for a slot of one pool in FIFO order. Only this queue asks the backend, and only
 * while someone waits: soon after a release announced by the backend, on a local release,
 * or every ~pollMs (a slot freed by another machine without announcement, or by a lease that
 * ran out).
 */
export class SlotQueue {
  readonly #waiting: Waiter[] = [];
  #pumping = false;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Each lease of ours, from its take until it goes back to the backend: when it was taken,
   * and last taken or renewed (our clock). A lease held by a call is always here.
   */
  readonly #leases = new Map<string, { takenAt: number; renewedAt: number }>();
  readonly #holdMs: number;

  constructor(
    /** The fallback wrapper, which never rejects: an unreachable server is answered from the local share. */
    private readonly backend: FallbackBudgetBackend,
    readonly pool: string,
    readonly limit: number,
    private readonly leaseMs: number,
    private readonly pollMs: number,
    /** True when backend.waitForSlot blocks on the backend: no polling needed. */
    private readonly waits: boolean,
  ) {
    this.#holdMs = Math.min(HOLD_MS, leaseMs / 3);
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** When `lease` was last taken or renewed (our clock): a call renews it a third of a lease after that. */
  renewedAt(lease: string): number {
    return this.#leases.get(lease)!.renewedAt;
  }

  /** Records a renewal of a lease of ours that is still in use. */
  renewed(lease: string, at: number): void {
    this.#leases.get(lease)!.renewedAt = at;
  }

  /** Resolves with a lease once a slot is ours; rejects with the signal's reason on abort. */
  acquire(signal: AbortSignal | undefined): Promise<string> {
    const lease = waitInLine(this.#waiting, signal);
    void this.pump();
    return lease;
  }

  async release(lease: string): Promise<void> {
    // Passed straight to the next waiter of this process for up to holdMs: no round trip to
    // a shared backend. Then it goes back, so other processes get their turn (fairness).
    // No renewal is needed: the last holder renewed it every leaseMs / 3.
    const next = Date.now() - this.#leases.get(lease)!.takenAt < this.#holdMs ? this.#waiting.shift() : undefined;
    if (next) {
      next(lease);
      return;
    }
    this.#leases.delete(lease);
    await this.backend.releaseSlot(this.pool, lease);
    void this.pump();
  }

  /**
   * Another process released a slot: ask soon, after a random pause of up to a quarter of
   * the poll interval, so that not every process asks for the one free slot at once.
   */
  notify(): void {
    if (this.#waiting.length === 0) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.pump();
    }, Math.random() * (this.pollMs / 4));
  }

  /** Hands free slots to waiters, head first, until the backend says none is free. */
  async pump(): Promise<void> {
    if (this.#pumping) {
      this.#again = true;
      return;
    }
    this.#pumping = true;
    try {
      do {
        this.#again = false;
        while (this.#waiting.length > 0) {
          let lease = await this.backend.acquireSlot(this.pool, this.limit, this.leaseMs);
          // All held: wait on the backend, which wakes one waiting process per release
          // (longest waiting first), instead of polling. The timeout bounds how late a
          // slot freed by an expired lease (a killed process) is seen.
          if (lease === undefined && this.waits) {
            lease = await this.backend.waitForSlot(this.pool, this.limit, this.leaseMs, Math.max(this.pollMs, Math.min(1_000, this.leaseMs / 10)));
            if (lease === undefined) continue;
          }
          if (lease === undefined) break;
          const now = Date.now();
          this.#leases.set(lease, { takenAt: now, renewedAt: now });
          const waiter = this.#waiting.shift();
          if (waiter) waiter(lease);
          else await this.release(lease); // the waiter gave up while we asked
        }
      } while (this.#again && this.#waiting.length > 0);
    } finally {
      this.#pumping = false;
    }
    if (this.#waiting.length > 0 && this.#timer === undefined) {
      // Jittered, so processes polling one backend do not fall into step.
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.pump();
      }, this.pollMs * (0.5 + Math.random()));
    }
  }
}
