import type { BackendSnapshot, BudgetBackend, CreditAnswer } from './budget-backend.js';

/**
 * The default backend: the budget of this process alone. Correct for one process; for
 * several, share a MySQL or Redis backend. Also the fallback's local share when a shared
 * backend is unreachable.
 *
 * @example
 * // The default; give it yourself to drive the credit window with a test's clock.
 * let now = Date.parse('2026-01-01T00:00:00Z');
 * const backend = new MemoryBudgetBackend({ now: () => now });
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, limits: { crm: { edition: 'free' }, backend } });
 */
export class MemoryBudgetBackend implements BudgetBackend {
  readonly #now: () => number;
  readonly #slots = new Map<string, Map<string, number>>();
  readonly #credits = new Map<string, { start: number; used: number; windowMs: number }>();
  readonly #pace = new Map<string, number>();
  readonly #listeners = new Set<() => void>();
  #nextLease = 0;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  async acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined> {
    const leases = this.#live(pool);
    if (leases.size >= limit) return undefined;
    const lease = `m${++this.#nextLease}`;
    leases.set(lease, this.#now() + leaseMs);
    return lease;
  }

  async renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean> {
    const leases = this.#live(pool);
    if (!leases.has(lease)) return false;
    leases.set(lease, this.#now() + leaseMs);
    return true;
  }

  async releaseSlot(pool: string, lease: string): Promise<void> {
    if (this.#slots.get(pool)?.delete(lease)) for (const listener of this.#listeners) listener();
  }

  async takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer> {
    const now = this.#now();
    let window = this.#credits.get(key);
    if (!window || window.start + window.windowMs <= now) {
      window = { start: now, used: 0, windowMs };
      this.#credits.set(key, window);
    }
    const resetAt = window.start + window.windowMs;
    if (window.used + amount > limit) return { ok: false, used: window.used, resetAt };
    window.used += amount;
    return { ok: true, used: window.used, resetAt };
  }

  async reservePace(key: string, intervalMs: number): Promise<number> {
    const now = this.#now();
    const at = Math.max(now, this.#pace.get(key) ?? now);
    this.#pace.set(key, at + intervalMs);
    return at - now;
  }

  async snapshot(): Promise<BackendSnapshot> {
    const slots: BackendSnapshot['slots'] = {};
    for (const pool of this.#slots.keys()) slots[pool] = this.#live(pool).size;
    const credits: BackendSnapshot['credits'] = {};
    const now = this.#now();
    for (const [key, window] of this.#credits) {
      if (window.start + window.windowMs > now) credits[key] = { used: window.used, resetAt: window.start + window.windowMs };
    }
    return { slots, credits };
  }

  onRelease(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Leases of `pool`, with the expired ones dropped. */
  #live(pool: string): Map<string, number> {
    let leases = this.#slots.get(pool);
    if (!leases) {
      leases = new Map();
      this.#slots.set(pool, leases);
    }
    const now = this.#now();
    for (const [lease, expiresAt] of leases) if (expiresAt <= now) leases.delete(lease);
    return leases;
  }
}
