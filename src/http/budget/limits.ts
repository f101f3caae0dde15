import type { BudgetBackend } from './budget-backend.js';

/** The products the budget keeps limits for (Accounts' OAuth calls are not budgeted). */
export const BUDGET_PRODUCTS = ['crm', 'analytics', 'creator', 'desk'] as const;
export type BudgetProduct = (typeof BUDGET_PRODUCTS)[number];

/** `limit` events per `windowMs`. */
export interface Rate {
  limit: number;
  windowMs: number;
}

/** One product's limits after defaults. Infinity means "no limit". */
export interface ProductLimits {
  /**
   * Always finite: `maxConcurrency` (an integer, 1 to 1000) when nothing else is given, and
   * the config accepts only integers for an explicit one.
   */
  concurrency: number;
  /** Heavy operations in flight (CRM's sub-concurrency). */
  subConcurrency: number;
  /** Calls per window, paced evenly (Creator's and Analytics' per-minute limits). */
  requests: Rate | undefined;
  /** Credits per window (CRM: 24 h); spent means fail fast until the window ends. */
  credits: Rate | undefined;
  /** Record uploads per window, paced evenly. */
  uploads: Rate | undefined;
}

/** The budget's whole configuration, resolved. */
export interface ResolvedLimits {
  products: Record<BudgetProduct, ProductLimits>;
  /** Undefined: an in-process backend of this client's own. */
  backend: BudgetBackend | undefined;
  /** Names the org's budget in a shared backend; every process of one app must agree on it. */
  org: string;
  /** How long a slot is held without renewal: a killed process's slots come back after it. */
  leaseMs: number;
  /** Processes sharing the budget: the unreachable-backend fallback takes limit / this. */
  expectedProcesses: number;
  /** How often a waiter asks a shared backend again when no release was announced. */
  pollMs: number;
}
