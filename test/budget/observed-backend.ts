import { Until } from './until.js';
import type { BackendSnapshot, BudgetBackend, CreditAnswer } from '../../src/index.js';

/**
 * A budget backend of a user's own, as `limits.backend` accepts any: it passes every call to
 * a real backend and lets a test see and steer what happens there. It counts renewals
 * (a test waits for them instead of for a clock), can be taken down (every call then fails
 * as an unreachable server's would) and can hold slot requests in flight (a slow server).
 */
export class ObservedBackend implements BudgetBackend {
  renewals = 0;
  /** Leases the renewals found already expired. */
  lapsed = 0;
  /** While true, every call fails as an unreachable server's would. */
  down = false;
  readonly #state = new Until();
  #acquireGate: Promise<void> | undefined;
  #openAcquire: (() => void) | undefined;
  /** Slot requests held by holdAcquires(), answered by passAcquires(). */
  acquiresHeld = 0;
  waitForSlot?: (pool: string, limit: number, leaseMs: number, timeoutMs: number) => Promise<string | undefined>;

  constructor(readonly inner: BudgetBackend) {
    const wait = inner.waitForSlot;
    if (wait) {
      this.waitForSlot = async (pool, limit, leaseMs, timeoutMs) => {
        this.#check();
        return wait.call(inner, pool, limit, leaseMs, timeoutMs);
      };
    }
  }

  /** Resolves once `count` renewals (in all) reached the backend. */
  renewed(count: number): Promise<void> {
    return this.#state.until(() => this.renewals >= count);
  }

  /** Resolves once `count` slot requests are held. */
  holdingAcquires(count: number): Promise<void> {
    return this.#state.until(() => this.acquiresHeld >= count);
  }

  /** Holds every later slot request until passAcquires(). */
  holdAcquires(): void {
    this.#acquireGate = new Promise((resolve) => (this.#openAcquire = resolve));
  }

  passAcquires(): void {
    this.#openAcquire?.();
    this.#acquireGate = undefined;
  }

  async acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    this.#check();
    if (this.#acquireGate) {
      this.acquiresHeld++;
      this.#state.changed();
      await this.#acquireGate;
      this.acquiresHeld--;
    }
    return this.inner.acquireSlot(pool, limit, leaseMs);
  }

  async renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean> {
    this.#check();
    const kept = await this.inner.renewSlot(pool, lease, leaseMs);
    this.renewals++;
    if (!kept) this.lapsed++;
    this.#state.changed();
    return kept;
  }

  async releaseSlot(pool: string, lease: string): Promise<void> {
    this.#check();
    return this.inner.releaseSlot(pool, lease);
  }

  async takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer> {
    this.#check();
    return this.inner.takeCredits(key, amount, limit, windowMs);
  }

  async reservePace(key: string, intervalMs: number): Promise<number> {
    this.#check();
    return this.inner.reservePace(key, intervalMs);
  }

  async snapshot(): Promise<BackendSnapshot> {
    this.#check();
    return this.inner.snapshot();
  }

  onRelease(listener: () => void): () => void {
    return this.inner.onRelease?.(listener) ?? (() => undefined);
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }

  #check(): void {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
  }
}
