import { CRM_CONCURRENCY, CRM_SUB_CONCURRENCY, DAY_MS, type CrmEdition } from '../../http/budget/zoho-limits.js';

/** `limit` calls per `windowMs`, counted over a sliding window. */
export interface SimRate {
  limit: number;
  windowMs?: number;
}

/**
 * Zoho's org limits, enforced by the simulator (all off unless given). The simulator is one
 * org, so "per org" means across every client and user that calls it.
 */
export interface SimLimitsOptions {
  crm?: {
    /** Sets the concurrency from Zoho's table (Free 5 ... Ultimate 25). */
    edition?: CrmEdition;
    concurrency?: number;
    /** Heavy APIs in flight (default 10 once any CRM limit is set). */
    subConcurrency?: number;
    /** Credits per rolling window (default window 24 h), with Zoho's per-call costs. */
    credits?: SimRate;
    /** Record uploads per window (default window 60 s); past it, uploads are blocked for `uploadBlockMs`. */
    uploads?: SimRate;
    /** How long uploads stay refused after the limit is passed (Zoho: 5 minutes). */
    uploadBlockMs?: number;
  };
  /** Creator's per-minute limit (answered with code 2955). */
  creator?: SimRate & { concurrency?: number };
  /** Analytics' per-minute limit (answered with code 6045). */
  analytics?: SimRate & { concurrency?: number };
  desk?: SimRate & { concurrency?: number };
}

/** The limits after defaults; Infinity and undefined mean "not enforced". */
export interface ResolvedSimLimits {
  concurrency: Record<'crm' | 'creator' | 'analytics' | 'desk', number>;
  subConcurrency: number;
  credits: Required<SimRate> | undefined;
  uploads: Required<SimRate> | undefined;
  uploadBlockMs: number;
  perWindow: Partial<Record<'creator' | 'analytics' | 'desk', Required<SimRate>>>;
}

export function resolveSimLimits(options: SimLimitsOptions = {}): ResolvedSimLimits {
  const crm = options.crm ?? {};
  const anyCrm = Object.keys(crm).length > 0;
  const perWindow: ResolvedSimLimits['perWindow'] = {};
  for (const product of ['creator', 'analytics', 'desk'] as const) {
    const given = options[product];
    if (given && Number.isFinite(given.limit)) perWindow[product] = { limit: given.limit, windowMs: given.windowMs ?? 60_000 };
  }
  return {
    concurrency: {
      crm: crm.concurrency ?? (crm.edition ? CRM_CONCURRENCY[crm.edition] : Number.POSITIVE_INFINITY),
      creator: options.creator?.concurrency ?? Number.POSITIVE_INFINITY,
      analytics: options.analytics?.concurrency ?? Number.POSITIVE_INFINITY,
      desk: options.desk?.concurrency ?? Number.POSITIVE_INFINITY,
    },
    subConcurrency: crm.subConcurrency ?? (anyCrm ? CRM_SUB_CONCURRENCY : Number.POSITIVE_INFINITY),
    credits: crm.credits ? { limit: crm.credits.limit, windowMs: crm.credits.windowMs ?? DAY_MS } : undefined,
    uploads: crm.uploads ? { limit: crm.uploads.limit, windowMs: crm.uploads.windowMs ?? 60_000 } : undefined,
    uploadBlockMs: crm.uploadBlockMs ?? 5 * 60_000,
    perWindow,
  };
}
