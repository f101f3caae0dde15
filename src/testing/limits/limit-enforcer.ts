import type { ZohoProduct } from '../../errors.js';
import { operationCost, recordsInBody } from '../../http/budget/operation-cost.js';
import { productError } from '../products.js';
import { resolveSimLimits, type ResolvedSimLimits, type SimLimitsOptions } from './sim-limits.js';
import { SlidingLog } from './sliding-log.js';

export type Limited = 'crm' | 'creator' | 'analytics' | 'desk';
const LIMITED = new Set<string>(['crm', 'creator', 'analytics', 'desk']);

/** What the limits saw: the most calls in flight, credits spent and each kind of refusal. */
export interface SimLimitStats {
  maxInFlight: Record<Limited, number>;
  maxHeavyInFlight: number;
  creditsUsed: number;
  uploads: number;
  refused: { concurrency: number; subConcurrency: number; credits: number; uploads: number; perWindow: number };
}

export type Admission = { refusal: Response } | { refusal?: undefined; release(): void };

/**
 * Zoho's org limits in the simulator, answered as Zoho answers them: 429 with the product's
 * own rate-limit envelope (CRM `TOO_MANY_REQUESTS`, Creator 2955, Analytics 6045).
 */
export class LimitEnforcer {
  limits: ResolvedSimLimits;
  readonly #now: () => number;
  readonly #inFlight: Record<Limited, number> = { crm: 0, creator: 0, analytics: 0, desk: 0 };
  #heavyInFlight = 0;
  #credits: SlidingLog | undefined;
  #uploads: SlidingLog | undefined;
  #uploadsBlockedUntil = 0;
  readonly #windows = new Map<Limited, SlidingLog>();
  #stats: SimLimitStats = emptyStats();

  constructor(options: SimLimitsOptions | undefined, now: () => number) {
    this.#now = now;
    this.limits = resolveSimLimits(options);
    this.configure(options);
  }

  /** Replaces the limits (counters of calls in flight carry on). */
  configure(options: SimLimitsOptions | undefined): void {
    this.limits = resolveSimLimits(options);
    this.#credits = this.limits.credits ? new SlidingLog(this.limits.credits.windowMs) : undefined;
    this.#uploads = this.limits.uploads ? new SlidingLog(this.limits.uploads.windowMs) : undefined;
    this.#windows.clear();
    for (const [product, rate] of Object.entries(this.limits.perWindow)) this.#windows.set(product as Limited, new SlidingLog(rate.windowMs));
  }

  /** Lets a call in (call release() when it is answered) or refuses it. */
  async admit(request: Request, url: URL, product: ZohoProduct): Promise<Admission> {
    if (!LIMITED.has(product)) return { release: () => undefined };
    const limited = product as Limited;
    const now = this.#now();
    const inFlight = ++this.#inFlight[limited];
    this.#stats.maxInFlight[limited] = Math.max(this.#stats.maxInFlight[limited], inFlight);
    let heavy = false;
    const release = (): void => {
      this.#inFlight[limited]--;
      if (heavy) this.#heavyInFlight--;
    };
    const refuse = (reason: keyof SimLimitStats['refused'], retryAfterMs: number, message?: string): Admission => {
      release();
      this.#stats.refused[reason]++;
      return { refusal: rateLimited(product, retryAfterMs, message) };
    };
    if (inFlight > this.limits.concurrency[limited]) return refuse('concurrency', 1_000);
    const window = this.#windows.get(limited);
    const rate = this.limits.perWindow[limited as 'creator'];
    if (window && rate) {
      if (window.total(now) >= rate.limit) return refuse('perWindow', window.freesInMs(now));
      window.add(now, 1);
    }
    if (limited !== 'crm') return { release };
    const writes = request.method === 'POST' || request.method === 'PUT';
    const records = writes && this.#credits ? recordsInBody(await request.clone().text()) : undefined;
    const cost = operationCost('crm', request.method, url, records);
    if (cost.heavy) {
      heavy = true;
      const heavyNow = ++this.#heavyInFlight;
      this.#stats.maxHeavyInFlight = Math.max(this.#stats.maxHeavyInFlight, heavyNow);
      if (heavyNow > this.limits.subConcurrency) return refuse('subConcurrency', 1_000);
    }
    if (cost.upload && this.#uploads && this.limits.uploads) {
      if (now < this.#uploadsBlockedUntil) return refuse('uploads', this.#uploadsBlockedUntil - now, 'record uploads are blocked after passing the per-minute limit');
      if (this.#uploads.total(now) >= this.limits.uploads.limit) {
        // Zoho blocks record uploads for 5 minutes once the per-minute limit is passed.
        this.#uploadsBlockedUntil = now + this.limits.uploadBlockMs;
        return refuse('uploads', this.limits.uploadBlockMs, 'record upload limit per minute exceeded; uploads are blocked for a while');
      }
      this.#uploads.add(now, 1);
      this.#stats.uploads++;
    }
    if (this.#credits && this.limits.credits) {
      if (this.#credits.total(now) + cost.credits > this.limits.credits.limit) {
        return refuse('credits', this.#credits.freesInMs(now), 'API credits for the last 24 hours are exhausted');
      }
      this.#credits.add(now, cost.credits);
      this.#stats.creditsUsed += cost.credits;
    }
    return { release };
  }

  stats(): SimLimitStats {
    return structuredClone(this.#stats);
  }

  resetStats(): void {
    this.#stats = emptyStats();
  }
}

function rateLimited(product: ZohoProduct, retryAfterMs: number, message: string | undefined): Response {
  const answer = productError(product, 'rate-limit', { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) });
  if (message === undefined) return answer;
  // Same envelope and code, with the reason Zoho gives for spent credits.
  return new Response(JSON.stringify({ code: 'TOO_MANY_REQUESTS', details: {}, message, status: 'error' }), { status: 429, headers: answer.headers });
}

function emptyStats(): SimLimitStats {
  return {
    maxInFlight: { crm: 0, creator: 0, analytics: 0, desk: 0 },
    maxHeavyInFlight: 0,
    creditsUsed: 0,
    uploads: 0,
    refused: { concurrency: 0, subConcurrency: 0, credits: 0, uploads: 0, perWindow: 0 },
  };
}
