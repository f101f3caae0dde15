/**
 * Where an org's budget is kept: in this process (the default), or in a server that every
 * process and machine of an app shares (MySQL/MariaDB, Redis; see `zohokit/persistence`).
 *
 * Every method is one atomic step on the backend's own clock, so machines whose clocks
 * disagree still agree on windows and lease expiry. The budget layer builds waiting, fair
 * order and degraded operation on top; a backend never waits. Any custom backend can prove
 * itself with `describeBudgetBackendConformance` from `zohokit/testing`.
 */
export interface BudgetBackend {
  /**
   * Takes one of `limit` slots of `pool` for `leaseMs`, or answers undefined when all are
   * held. Slots whose lease ran out count as free: that is how a killed process gives back.
   */
  acquireSlot(pool: string, limit: number, leaseMs: number): Promise<string | undefined>;
  /**
   * Optional, asked after acquireSlot answered none: waits on the backend (up to about
   * `timeoutMs`) for a slot to be released, then tries once to take one. A backend that can wake
   * exactly one waiting process per release, the longest waiting first, hands slots between
   * processes with no idle gap and in turn; without it the layer polls every pollMs.
   */
  waitForSlot?(pool: string, limit: number, leaseMs: number, timeoutMs: number): Promise<string | undefined>;
  /** Extends a held lease; false when it had already expired (and may be someone else's). */
  renewSlot(pool: string, lease: string, leaseMs: number): Promise<boolean>;
  releaseSlot(pool: string, lease: string): Promise<void>;
  /**
   * Counts `amount` against `limit` for a window of `windowMs` that starts with the first
   * count. Refused (and nothing counted) when it would pass the limit.
   */
  takeCredits(key: string, amount: number, limit: number, windowMs: number): Promise<CreditAnswer>;
  /**
   * Books the next send time on an evenly paced schedule of one call per `intervalMs`
   * (a GCRA without burst) and answers how long the caller must wait for it.
   */
  reservePace(key: string, intervalMs: number): Promise<number>;
  /** What is in use now, for dashboards and tests. */
  snapshot(): Promise<BackendSnapshot>;
  /** Tells `listener` when a slot of any pool was released (optional: the layer also polls). */
  onRelease?(listener: () => void): () => void;
  /** Closes connections the backend opened itself. */
  close?(): Promise<void>;
}

export interface CreditAnswer {
  ok: boolean;
  /** Credits counted in the current window, this call included when ok. */
  used: number;
  /** When the current window ends (ms since the epoch, backend clock). */
  resetAt: number;
}

export interface BackendSnapshot {
  /** Live leases per pool. */
  slots: Record<string, number>;
  /** Credits used per key in the current window. */
  credits: Record<string, { used: number; resetAt: number }>;
}
