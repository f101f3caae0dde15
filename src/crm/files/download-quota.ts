import { sleep } from '../../http/sleep.js';

/**
 * A sliding-window quota: at most `limit` starts per `windowMs`. Zoho allows 10 bulk-read
 * result downloads a minute and answers the 11th with HTTP 429, so waiting here is cheaper
 * than being refused there (and a refusal near the end of a long export wastes the job).
 */
export class DownloadQuota {
  readonly #starts: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } = { now: Date.now, sleep },
  ) {}

  /** Resolves when one more download may start, and counts it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.#starts.length > 0 && this.#starts[0]! <= now - this.windowMs) this.#starts.shift();
      if (this.#starts.length < this.limit) {
        this.#starts.push(now);
        return;
      }
      await this.clock.sleep(this.#starts[0]! + this.windowMs - now, signal);
    }
  }
}

// Zoho: "Only 10 requests for download are allowed for one-minute interval" (bulk read).
const BULK_READ_DOWNLOADS_PER_MINUTE = 10;
const quotas = new WeakMap<object, DownloadQuota>();

/**
 * The bulk-read download quota of one client view. Views are per user (`zoho.as(user)` is
 * cached), so two users' exports do not slow each other down.
 */
export function bulkReadDownloadQuota(owner: object): DownloadQuota {
  let quota = quotas.get(owner);
  if (!quota) {
    quota = new DownloadQuota(BULK_READ_DOWNLOADS_PER_MINUTE, 60_000);
    quotas.set(owner, quota);
  }
  return quota;
}
