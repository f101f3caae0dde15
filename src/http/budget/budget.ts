import { ZohoRateLimitError } from '../../errors.js';
import { sleep } from '../sleep.js';
import type { BudgetBackend } from './budget-backend.js';
import { FallbackBudgetBackend } from './fallback-backend.js';
import { BUDGET_PRODUCTS, type BudgetProduct, type ResolvedLimits } from './limits.js';
import { MemoryBudgetBackend } from './memory-budget-backend.js';
import { LocalSlots } from './local-slots.js';
import type { OperationCost } from './operation-cost.js';
import { SlotQueue } from './slot-queue.js';

/** What `zoho.budget()` answers: the org's usage as the backend sees it, plus local waiters. */
export interface BudgetSnapshot {
  org: string;
  /** True when the budget lives in a shared backend. */
  shared: boolean;
  /** True while a shared backend is unreachable and this process runs on its local share. */
  degraded: boolean;
  products: Record<BudgetProduct, ProductUsage>;
}

export interface ProductUsage {
  /** Calls in flight across every process sharing the budget. */
  inFlight: number;
  concurrency: number;
  heavyInFlight: number;
  subConcurrency: number;
  /** Calls of this process waiting for a slot. */
  waiting: number;
  credits: { used: number; limit: number; resetAt: number } | undefined;
}

/** The slots a call holds while it runs; give them back with `release()`. */
export interface BudgetTicket {
  release(): void | Promise<void>;
}

/** A slot held: of a shared pool (with its lease) or of this process's own. */
type Held = { queue: SlotQueue; lease: string } | { local: LocalSlots };

/**
 * One org's request budget: concurrency slots, heavy-API sub-concurrency, credits and paced
 * windows, kept in a backend that every process of the app may share.
 */
export class Budget {
  readonly #limits: ResolvedLimits;
  readonly #backend: BudgetBackend;
  readonly #fallback: FallbackBudgetBackend | undefined;
  readonly #queues = new Map<string, SlotQueue>();
  /** Without a shared backend, slots are plain counters (see local-slots.ts). */
  readonly #locals: Map<string, LocalSlots> | undefined;
  /** The same for each product's main pool, found without building its name per call. */
  readonly #mainLocal: Partial<Record<BudgetProduct, LocalSlots>> = {};
  readonly #warn: (message: string) => void;

  constructor(limits: ResolvedLimits, warn: (message: string) => void) {
    this.#limits = limits;
    this.#warn = warn;
    if (limits.backend) {
      this.#fallback = new FallbackBudgetBackend(limits.backend, { expectedProcesses: limits.expectedProcesses, warn });
      this.#backend = this.#fallback;
    } else {
      this.#backend = new MemoryBudgetBackend();
      this.#locals = new Map();
    }
    this.#backend.onRelease?.(() => {
      for (const queue of this.#queues.values()) queue.notify();
    });
  }

  /** Whether calls of `product` are charged credits: only then does a write's record count matter. */
  countsCredits(product: BudgetProduct): boolean {
    return this.#limits.products[product].credits !== undefined;
  }

  /**
   * Waits for the call's turn: credits first (fail fast when spent), then a heavy slot, then
   * a slot, then its paced turn. A backoff wait happens outside, holding nothing.
   *
   * Answers the ticket itself, not a promise, when the budget is this process's own, nothing
   * is charged or paced and a slot is free: the usual call then pays for no promise, lease
   * or timer here.
   */
  enter(product: BudgetProduct, cost: OperationCost, signal: AbortSignal | undefined): BudgetTicket | Promise<BudgetTicket> {
    const limits = this.#limits.products[product];
    if (this.#locals && !limits.credits && !limits.requests && !(cost.upload && limits.uploads) && !(cost.heavy && Number.isFinite(limits.subConcurrency))) {
      const slots = (this.#mainLocal[product] ??= this.#local(`${this.#limits.org}:${product}`, limits.concurrency));
      if (slots.tryTake()) return slots.ticket;
    }
    return this.#enter(product, cost, signal);
  }

  async #enter(product: BudgetProduct, cost: OperationCost, signal: AbortSignal | undefined): Promise<BudgetTicket> {
    const limits = this.#limits.products[product];
    const org = this.#limits.org;
    if (limits.credits) {
      const answer = await this.#backend.takeCredits(`${org}:${product}:credits`, cost.credits, limits.credits.limit, limits.credits.windowMs);
      if (!answer.ok) {
        throw new ZohoRateLimitError(
          `${product} credits for this window are spent (${answer.used} of ${limits.credits.limit}); they reset at ${new Date(answer.resetAt).toISOString()}`,
          { product, code: 'CREDITS_EXHAUSTED', recoverable: false, resetAt: new Date(answer.resetAt) },
        );
      }
    }
    const held: Held[] = [];
    try {
      if (cost.heavy && Number.isFinite(limits.subConcurrency)) held.push(await this.#take(`${org}:${product}:heavy`, limits.subConcurrency, signal));
      // Every product has a finite concurrency (see ProductLimits), so every call holds a slot.
      held.push(await this.#take(`${org}:${product}`, limits.concurrency, signal));
      // Paced after the slots, so the paced time is the send time: paced first, a call could
      // wait for a slot past its turn and then go together with the calls after it.
      if (limits.requests) await this.#pace(`${org}:${product}:requests`, limits.requests.limit, limits.requests.windowMs, signal);
      if (cost.upload && limits.uploads) await this.#pace(`${org}:${product}:uploads`, limits.uploads.limit, limits.uploads.windowMs, signal);
    } catch (error) {
      await Promise.all(held.map((slot) => giveBack(slot)));
      throw error;
    }
    return this.#ticket(held);
  }

  /** One slot of `pool`: a counter of this process's own, or a lease from the shared backend. */
  async #take(pool: string, limit: number, signal: AbortSignal | undefined): Promise<Held> {
    if (this.#locals) {
      const local = this.#local(pool, limit);
      const taken = local.take(signal);
      if (taken !== true) await taken;
      return { local };
    }
    const queue = this.#queue(pool, limit);
    return { queue, lease: await queue.acquire(signal) };
  }

  async snapshot(): Promise<BudgetSnapshot> {
    const seen = await this.#backend.snapshot();
    const org = this.#limits.org;
    const products = {} as Record<BudgetProduct, ProductUsage>;
    for (const product of BUDGET_PRODUCTS) {
      const limits = this.#limits.products[product];
      const credits = seen.credits[`${org}:${product}:credits`];
      const slots = (pool: string): number => (this.#locals ? this.#locals.get(pool)?.inFlight : seen.slots[pool]) ?? 0;
      const waiting = (pool: string): number => (this.#locals ? this.#locals.get(pool)?.waiting : this.#queues.get(pool)?.waiting) ?? 0;
      products[product] = {
        inFlight: slots(`${org}:${product}`),
        concurrency: limits.concurrency,
        heavyInFlight: slots(`${org}:${product}:heavy`),
        subConcurrency: limits.subConcurrency,
        waiting: waiting(`${org}:${product}`) + waiting(`${org}:${product}:heavy`),
        credits: limits.credits ? { used: credits?.used ?? 0, limit: limits.credits.limit, resetAt: credits?.resetAt ?? 0 } : undefined,
      };
    }
    return { org, shared: this.#fallback !== undefined, degraded: this.#fallback?.degraded ?? false, products };
  }

  /**
   * Even pacing at 90% of the limit (at least one call less per window): the headroom keeps
   * arrivals bunched by the network under the limit in any sliding window, which is how Zoho
   * counts. A timer that fires late (a busy event loop) would send its call together with
   * the next ones, so a call that wakes more than half an interval past its turn books a
   * new turn instead of going at once.
   */
  async #pace(key: string, limit: number, windowMs: number, signal: AbortSignal | undefined): Promise<void> {
    const paced = Math.max(1, limit - Math.max(1, Math.ceil(limit / 10)));
    const interval = windowMs / paced;
    for (let booking = 1; ; booking++) {
      const wait = await this.#backend.reservePace(key, interval);
      const due = Date.now() + wait;
      await sleep(wait, signal);
      if (Date.now() - due <= interval / 2 || booking >= 5) return;
    }
  }

  #local(pool: string, limit: number): LocalSlots {
    let slots = this.#locals!.get(pool);
    if (!slots) {
      slots = new LocalSlots(limit);
      this.#locals!.set(pool, slots);
    }
    return slots;
  }

  #queue(pool: string, limit: number): SlotQueue {
    let queue = this.#queues.get(pool);
    if (!queue) {
      // Waiting on the backend only where the shared backend itself can (the fallback
      // wrapper always has the method; it answers for the backend it wraps).
      const waits = this.#limits.backend?.waitForSlot !== undefined;
      queue = new SlotQueue(this.#fallback!, pool, limit, this.#limits.leaseMs, this.#limits.pollMs, waits);
      this.#queues.set(pool, queue);
    }
    return queue;
  }

  /**
   * Renews the shared leases while the call runs, so only a dead process loses its slots.
   * The first renewal is due a third of a lease after the lease's last one, not after this
   * call began: a slot passed on between this process's calls (slot-queue.ts) may already be
   * that old, and a slow call on a busy machine must not outlive it.
   */
  #ticket(held: Held[]): BudgetTicket {
    const leases = held.filter((slot): slot is { queue: SlotQueue; lease: string } => 'lease' in slot);
    const leaseMs = this.#limits.leaseMs;
    const renew = (): void => {
      const at = Date.now();
      for (const { queue, lease } of leases) {
        queue.renewed(lease, at); // as sent: the backend counts the new lease from its own later now
        // The fallback never rejects: an unreachable server keeps the lease as held.
        void this.#fallback!.renewSlot(queue.pool, lease, leaseMs).then((kept) => {
          if (!kept) this.#warn(`zohokit budget: the lease on a ${queue.pool} slot ran out during a call (was the process paused?)`);
        });
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      const due = Math.min(...leases.map(({ queue, lease }) => queue.renewedAt(lease))) + leaseMs / 3;
      timer = setTimeout(() => {
        renew();
        schedule();
      }, Math.max(0, due - Date.now()));
      (timer as { unref?: () => void }).unref?.();
    };
    if (leases.length > 0) schedule();
    // Released once: the budget layer gives a ticket back exactly once, when its answer is in.
    return {
      release: async () => {
        clearTimeout(timer);
        // Main slot first (last taken), so a heavy waiter's main slot is free when it wakes.
        for (const slot of held.reverse()) await giveBack(slot);
      },
    };
  }
}

function giveBack(slot: Held): void | Promise<void> {
  return 'local' in slot ? slot.local.release() : slot.queue.release(slot.lease);
}
