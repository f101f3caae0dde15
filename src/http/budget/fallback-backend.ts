import type { BackendSnapshot, BudgetBackend, CreditAnswer } from './budget-backend.js';
import { MemoryBudgetBackend } from './memory-budget-backend.js';

const LOCAL = 'local:';

/**
 * A shared backend that degrades instead of failing. When the shared server cannot be
 * reached, each process falls back to its own share: limit ÷ expectedProcesses (at least 1)
 * for slots and credits, and pacing that many times slower. It warns through the logger,
 * tries the server again after `retryMs`, and never crashes a call or goes unlimited.
 *
 * So none of its methods rejects: the slot queue and the lease renewals rely on that, and
 * have no error path of their own.
 */
export class FallbackBudgetBackend implements BudgetBackend {
  readonly #shared: BudgetBackend;
  readonly #local: MemoryBudgetBackend;
  readonly #share: number;
  readonly #warn: (message: string) => void;
  readonly #now: () => number;
  readonly #retryMs: number;
  #downUntil = 0;

  constructor(shared: BudgetBackend, options: { expectedProcesses: number; warn: (message: string) => void; now?: () => number; retryMs?: number }) {
    this.#shared = shared;
    this.#now = options.now ?? Date.now;
    this.#local = new MemoryBudgetBackend({ now: this.#now });
    this.#share = Math.max(1, options.expectedProcesses);
    this.#warn = options.warn;
    this.#retryMs = options.retryMs ?? 5_000;
  }

  /** True while calls run on the local share. */
  get degraded(): boolean {
    return this.#now() < this.#downUntil;
  }

  acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    return this.#either(
      () => this.#shared.acquireSlot(pool, limit, leaseMs),
      async () => {
        const lease = await this.#local.acquireSlot(pool, this.#part(limit), leaseMs);
        return lease === undefined ? undefined : LOCAL + lease;
      },
    );
  }

  waitForSlot(pool: string, limit: number, leaseMs: number, timeoutMs: number): Promise<string | undefined> {
    const shared = this.#shared;
    return this.#either(
      () => (shared.waitForSlot ? shared.waitForSlot(pool, limit, leaseMs, timeoutMs) : shared.acquireSlot(pool, limit, leaseMs)),
      async () => {
        const lease = await this.#local.acquireSlot(pool, this.#part(limit), leaseMs);
        if (lease !== undefined) return LOCAL + lease;
        // Waited, as promised: the caller asks again at once, so an immediate "none" would spin.
        await new Promise((resolve) => setTimeout(resolve, Math.min(timeoutMs, 20)));
        return undefined;
      },
    );
  }

  async renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean> {
    if (lease.startsWith(LOCAL)) return this.#local.renewSlot(pool, lease.slice(LOCAL.length), leaseMs);
    return this.#either(() => this.#shared.renewSlot(pool, lease, leaseMs), async () => true);
  }

  async releaseSlot(pool: string, lease: string): Promise<void> {
    if (lease.startsWith(LOCAL)) return this.#local.releaseSlot(pool, lease.slice(LOCAL.length));
    // Unreachable now: the lease runs out on the server by itself.
    return this.#either(() => this.#shared.releaseSlot(pool, lease), async () => undefined);
  }

  takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer> {
    return this.#either(
      () => this.#shared.takeCredits(key, amount, limit, windowMs),
      () => this.#local.takeCredits(key, amount, this.#part(limit), windowMs),
    );
  }

  reservePace(key: string, intervalMs: number): Promise<number> {
    return this.#either(
      () => this.#shared.reservePace(key, intervalMs),
      () => this.#local.reservePace(key, intervalMs * this.#share),
    );
  }

  snapshot(): Promise<BackendSnapshot> {
    return this.#either(() => this.#shared.snapshot(), () => this.#local.snapshot());
  }

  onRelease(listener: () => void): () => void {
    const offShared = this.#shared.onRelease?.(listener);
    const offLocal = this.#local.onRelease(listener);
    return () => {
      offShared?.();
      offLocal();
    };
  }

  async close(): Promise<void> {
    await this.#shared.close?.();
  }

  #part(limit: number): number {
    return Math.max(1, Math.floor(limit / this.#share));
  }

  async #either<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (this.degraded) return local();
    try {
      return await shared();
    } catch (error) {
      // Recorded, not swallowed: the warning names the cause, and the local share keeps
      // the limits bounded until the server answers again.
      this.#downUntil = this.#now() + this.#retryMs;
      this.#warn(`zohokit budget: shared backend unreachable (${error instanceof Error ? error.message : String(error)}); using this process's share (limit ÷ ${this.#share}) for ${this.#retryMs} ms`);
      return local();
    }
  }
}
