/**
 * Zoho's published limits, as data. Sources:
 * - CRM credits and concurrency: https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
 *   (same table in v2/v4: https://www.zoho.com/crm/developer/docs/api/v4/api-limits.html)
 * - Sub-concurrency and the rolling 24 h window explained: Zoho's "Kaizen #93: Credit
 *   Calculation and Concurrency in Zoho CRM APIs",
 *   https://help.zoho.com/portal/en/community/topic/credit-calculation-and-concurrency-in-zoho-crm-apis
 */

export const CRM_EDITIONS = ['free', 'standard', 'professional', 'enterprise', 'ultimate'] as const;
export type CrmEdition = (typeof CRM_EDITIONS)[number];

/** Calls in flight per org and app; past it CRM answers 429 TOO_MANY_REQUESTS. */
export const CRM_CONCURRENCY: Readonly<Record<CrmEdition, number>> = {
  free: 5,
  standard: 10,
  professional: 15,
  enterprise: 20,
  ultimate: 25,
};

/** Heavy APIs (search, COQL, convert, cvid/sort_by reads, writes of > 10 records) share 10, every edition. */
export const CRM_SUB_CONCURRENCY = 10;

/**
 * Credits per rolling 24 h: 50,000 + users x per-user + add-ons, capped by edition
 * (Free: 5,000 flat; Ultimate: no cap). The cap is the v8 page's figure.
 */
export const CRM_CREDITS: Readonly<Record<CrmEdition, { base: number; perUser: number; max: number }>> = {
  free: { base: 5_000, perUser: 0, max: 5_000 },
  standard: { base: 50_000, perUser: 250, max: 100_000 },
  professional: { base: 50_000, perUser: 500, max: 3_000_000 },
  enterprise: { base: 50_000, perUser: 1_000, max: 5_000_000 },
  ultimate: { base: 50_000, perUser: 2_000, max: Number.POSITIVE_INFINITY },
};

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Record uploads (attachments, photos, files) have been limited to 60 a minute per org, with
 * a 5-minute block past it: pacing under it is far cheaper than being blocked.
 */
export const CRM_UPLOADS_PER_MINUTE = 60;

/**
 * Computes the CRM credits an org has per 24 h for an edition and a number of user
 * licences (plus bought add-on credits), capped as Zoho's table caps them.
 *
 * @example
 * crmCredits('enterprise', 40); // 90,000: 50,000 + 40 × 1,000
 * crmCredits('free', 3); // 5,000 whatever the users
 * @see https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
 */
export function crmCredits(edition: CrmEdition, users: number, addOnCredits = 0): number {
  const row = CRM_CREDITS[edition];
  return Math.min(row.max, row.base + users * row.perUser + addOnCredits);
}
