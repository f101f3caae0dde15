import * as check from '../../config-checks.js';
import type { BudgetBackend } from './budget-backend.js';
import { BUDGET_PRODUCTS, type BudgetProduct, type ProductLimits, type Rate, type ResolvedLimits } from './limits.js';
import { CRM_CONCURRENCY, CRM_EDITIONS, CRM_SUB_CONCURRENCY, CRM_UPLOADS_PER_MINUTE, crmCredits, DAY_MS, type CrmEdition } from './zoho-limits.js';

/** One product's limits as given: every number optional, explicit numbers beat the tables. */
export interface ProductLimitsConfig {
  /** Calls in flight across every process of the app. */
  concurrency?: number;
  /** Heavy calls in flight (CRM: search, COQL, convert...). */
  subConcurrency?: number;
  /** Calls per window, paced evenly (e.g. `{ limit: 50, windowMs: 60_000 }`). */
  requestsPerWindow?: { limit: number; windowMs?: number };
  /** Credits per 24 h (or per `creditWindowMs`). */
  creditsPer24h?: number;
  creditWindowMs?: number;
  /** Record uploads per minute (or per `uploadWindowMs`); CRM default 60. */
  uploadsPerMinute?: number;
  uploadWindowMs?: number;
}

export interface CrmLimitsConfig extends ProductLimitsConfig {
  /** Your CRM edition: sets concurrency and, with `users`, the credits. */
  edition?: CrmEdition;
  /** User licences bought: each adds credits by edition. */
  users?: number;
  addOnCredits?: number;
}

/** `limits` in createZoho(): Zoho's limits for your org, and where the budget is shared. */
export interface LimitsConfig {
  crm?: CrmLimitsConfig;
  analytics?: ProductLimitsConfig;
  creator?: ProductLimitsConfig;
  desk?: ProductLimitsConfig;
  /** Shares the budget across processes and machines (MySQL, Redis...). Default: this process only. */
  backend?: BudgetBackend;
  /** Names the budget in the backend (default: the client id). */
  org?: string;
  /** Lease of a slot in ms (default 30 000), renewed while the call runs. */
  leaseMs?: number;
  /** How many processes share the budget; sizes the fallback share (default 1). */
  expectedProcesses?: number;
  /** Poll interval of a waiter on a shared backend, in ms (default 20). */
  pollMs?: number;
}

// Checked with config-checks, not zod: createZoho() loads its validation with the package,
// and any flavour of zod 4 costs most of zohokit's cold import (see config-checks.ts).
const count = check.number({ int: true, min: 1 });
const ms = check.number({ min: 1 });
const productShape = {
  concurrency: check.optional(count),
  subConcurrency: check.optional(count),
  requestsPerWindow: check.optional(check.object({ limit: count, windowMs: check.optional(ms) }, { strict: true })),
  creditsPer24h: check.optional(count),
  creditWindowMs: check.optional(ms),
  uploadsPerMinute: check.optional(count),
  uploadWindowMs: check.optional(ms),
};
const BACKEND_METHODS = ['acquireSlot', 'renewSlot', 'releaseSlot', 'takeCredits', 'reservePace', 'snapshot'];
const BackendShape = check.custom<BudgetBackend>(
  (value) => typeof value === 'object' && value !== null && BACKEND_METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
  `must implement BudgetBackend (${BACKEND_METHODS.join(', ')})`,
);
const whole = check.number({ int: true, min: 0 });

/** The check of the optional `limits` key, embedded by config.ts. */
export const LimitsSchema: check.Check<LimitsConfig | undefined> = check.optional(check.object({
  crm: check.optional(check.object({
    ...productShape,
    edition: check.optional(check.oneOf(CRM_EDITIONS, `must be one of ${CRM_EDITIONS.join(', ')}`)),
    users: check.optional(whole),
    addOnCredits: check.optional(whole),
  }, { strict: true })),
  analytics: check.optional(check.object(productShape, { strict: true })),
  creator: check.optional(check.object(productShape, { strict: true })),
  desk: check.optional(check.object(productShape, { strict: true })),
  backend: check.optional(BackendShape),
  org: check.optional(check.string({ min: 1 })),
  leaseMs: check.optional(check.number({ min: 100 })),
  expectedProcesses: check.optional(count),
  pollMs: check.optional(ms),
}, { strict: true })) as check.Check<LimitsConfig | undefined>;

/**
 * Applies defaults: explicit numbers, else Zoho's tables for the CRM edition, else
 * `maxConcurrency` as the one concurrency limit zohokit always had. Credits are only
 * counted when known (an edition, or creditsPer24h): guessing them would refuse calls
 * Zoho allows.
 */
export function resolveLimits(config: LimitsConfig | undefined, defaults: { maxConcurrency: number; org: string }): ResolvedLimits {
  const products = {} as Record<BudgetProduct, ProductLimits>;
  for (const product of BUDGET_PRODUCTS) {
    products[product] = product === 'crm' ? crmLimits(config?.crm ?? {}, defaults.maxConcurrency) : productLimits(config?.[product] ?? {}, defaults.maxConcurrency);
  }
  return {
    products,
    backend: config?.backend,
    org: config?.org ?? defaults.org,
    leaseMs: config?.leaseMs ?? 30_000,
    expectedProcesses: config?.expectedProcesses ?? 1,
    pollMs: config?.pollMs ?? 20,
  };
}

function productLimits(given: ProductLimitsConfig, maxConcurrency: number): ProductLimits {
  return {
    concurrency: given.concurrency ?? maxConcurrency,
    subConcurrency: given.subConcurrency ?? Number.POSITIVE_INFINITY,
    requests: given.requestsPerWindow ? { limit: given.requestsPerWindow.limit, windowMs: given.requestsPerWindow.windowMs ?? 60_000 } : undefined,
    credits: rate(given.creditsPer24h, given.creditWindowMs ?? DAY_MS),
    uploads: rate(given.uploadsPerMinute, given.uploadWindowMs ?? 60_000),
  };
}

function crmLimits(given: CrmLimitsConfig, maxConcurrency: number): ProductLimits {
  const base = productLimits(given, maxConcurrency);
  const edition = given.edition;
  const credits = given.creditsPer24h ?? (edition ? crmCredits(edition, given.users ?? 0, given.addOnCredits ?? 0) : undefined);
  return {
    ...base,
    concurrency: given.concurrency ?? (edition ? CRM_CONCURRENCY[edition] : maxConcurrency),
    subConcurrency: given.subConcurrency ?? CRM_SUB_CONCURRENCY,
    credits: credits === undefined || credits === Number.POSITIVE_INFINITY ? undefined : { limit: credits, windowMs: given.creditWindowMs ?? DAY_MS },
    uploads: { limit: given.uploadsPerMinute ?? CRM_UPLOADS_PER_MINUTE, windowMs: given.uploadWindowMs ?? 60_000 },
  };
}

function rate(limit: number | undefined, windowMs: number): Rate | undefined {
  return limit === undefined ? undefined : { limit, windowMs };
}
