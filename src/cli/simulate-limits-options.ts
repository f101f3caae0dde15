import { InvalidArgumentError, Option } from 'commander';
import { CRM_EDITIONS, type CrmEdition } from '../http/budget/zoho-limits.js';
import type { SimLimitsOptions } from '../testing/limits/sim-limits.js';

/** The `zohokit simulate` flags that switch on Zoho's org limits. */
export interface SimulateLimitFlags {
  crmEdition?: CrmEdition;
  crmConcurrency?: number;
  crmSubConcurrency?: number;
  crmCredits?: number;
  creditWindowMs?: number;
  crmUploadsPerMinute?: number;
  creatorPerMinute?: number;
  analyticsPerMinute?: number;
}

const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
};

export function simulateLimitOptions(): Option[] {
  return [
    new Option('--crm-edition <edition>', "enforce CRM's concurrency for this edition").choices(CRM_EDITIONS as unknown as string[]),
    new Option('--crm-concurrency <n>', 'CRM calls in flight per org (429 TOO_MANY_REQUESTS past it)').argParser(count),
    new Option('--crm-sub-concurrency <n>', 'heavy CRM calls in flight (search, COQL, convert...; default 10)').argParser(count),
    new Option('--crm-credits <n>', 'CRM credits per rolling window, with per-call costs').argParser(count),
    new Option('--credit-window-ms <ms>', 'length of the credit window (default 24 h)').argParser(count),
    new Option('--crm-uploads-per-minute <n>', 'record uploads per minute (then blocked 5 minutes)').argParser(count),
    new Option('--creator-per-minute <n>', "Creator's calls per minute (code 2955 past it)").argParser(count),
    new Option('--analytics-per-minute <n>', "Analytics' calls per minute (code 6045 past it)").argParser(count),
  ];
}

export function simLimitsFromFlags(flags: SimulateLimitFlags): SimLimitsOptions {
  const crm: NonNullable<SimLimitsOptions['crm']> = {};
  if (flags.crmEdition) crm.edition = flags.crmEdition;
  if (flags.crmConcurrency) crm.concurrency = flags.crmConcurrency;
  if (flags.crmSubConcurrency) crm.subConcurrency = flags.crmSubConcurrency;
  if (flags.crmCredits) crm.credits = { limit: flags.crmCredits, ...(flags.creditWindowMs ? { windowMs: flags.creditWindowMs } : {}) };
  if (flags.crmUploadsPerMinute) crm.uploads = { limit: flags.crmUploadsPerMinute };
  return {
    ...(Object.keys(crm).length > 0 ? { crm } : {}),
    ...(flags.creatorPerMinute ? { creator: { limit: flags.creatorPerMinute } } : {}),
    ...(flags.analyticsPerMinute ? { analytics: { limit: flags.analyticsPerMinute } } : {}),
  };
}
