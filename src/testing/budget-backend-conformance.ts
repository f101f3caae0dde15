/**
 * The BudgetBackend contract as a test suite, for zohokit's backends and for yours. Like the
 * token-store suite it takes the runner's functions (vitest or jest):
 *
 *   import * as vitest from 'vitest';
 *   import { describeBudgetBackendConformance } from 'zohokit/testing';
 *   describeBudgetBackendConformance(vitest, 'MyBackend', () => new MyBackend(freshPrefix()));
 *
 * `makeBackend` is called before every test; the suite calls close() after it. Pool and key
 * names are unique per test, so a backend may keep older state. A few tests wait for a
 * short lease or window to run out (a few hundred ms): they assert what holds after it,
 * never how fast something happened.
 */
import type { BudgetBackend } from '../http/budget/budget-backend.js';

export interface BudgetBackendConformanceOptions {
  /** Per-test timeout in ms (default 10 000). */
  readonly timeoutMs?: number;
}

/** The few matchers the suite uses; vitest's and jest's `expect` both have them. */
export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toHaveLength(length: number): void;
  toBeGreaterThan(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeLessThanOrEqual(expected: number): void;
}

export interface BudgetConformanceRunner {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>, timeout?: number): void;
  beforeEach(fn: () => Promise<void> | void): void;
  afterEach(fn: () => Promise<void> | void): void;
  expect(actual: unknown, message?: string): Matchers;
}

let unique = 0;
const run = Math.random().toString(36).slice(2, 8);
const name = (what: string): string => `conformance-${run}-${++unique}:${what}`;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function describeBudgetBackendConformance(
  runner: BudgetConformanceRunner,
  title: string,
  makeBackend: () => Promise<BudgetBackend> | BudgetBackend,
  options: BudgetBackendConformanceOptions = {},
): void {
  const { describe, beforeEach, afterEach, expect } = runner;
  const it = (text: string, fn: () => Promise<void>): void => runner.it(text, fn, options.timeoutMs ?? 10_000);

  describe(`BudgetBackend conformance: ${title}`, () => {
    let backend: BudgetBackend;
    beforeEach(async () => {
      backend = await makeBackend();
    });
    afterEach(async () => {
      await backend.close?.();
    });

    it('grants at most `limit` slots, and a released slot can be taken again', async () => {
      const pool = name('slots');
      const leases = [];
      for (let i = 0; i < 3; i++) leases.push(await backend.acquireSlot(pool, 3, 10_000));
      expect(leases.every((lease) => typeof lease === 'string')).toBe(true);
      expect(new Set(leases).size).toBe(3);
      expect(await backend.acquireSlot(pool, 3, 10_000)).toBeUndefined();
      await backend.releaseSlot(pool, leases[0]!);
      expect(await backend.acquireSlot(pool, 3, 10_000)).toBeDefined();
    });

    it('grants exactly `limit` of 40 simultaneous requests for slots', async () => {
      const pool = name('race');
      const leases = await Promise.all(Array.from({ length: 40 }, () => backend.acquireSlot(pool, 7, 10_000)));
      expect(leases.filter((lease) => lease !== undefined)).toHaveLength(7);
    });

    it('gives a slot back when its lease runs out unrenewed (a killed process)', async () => {
      const pool = name('lease');
      const lease = await backend.acquireSlot(pool, 1, 200);
      expect(lease).toBeDefined();
      expect(await backend.acquireSlot(pool, 1, 200)).toBeUndefined();
      await pause(400);
      expect(await backend.renewSlot(pool, lease!, 200)).toBe(false);
      expect(await backend.acquireSlot(pool, 1, 10_000)).toBeDefined();
    });

    it('keeps a renewed lease past its first expiry', async () => {
      const pool = name('renew');
      const lease = await backend.acquireSlot(pool, 1, 300);
      for (let i = 0; i < 4; i++) {
        await pause(100);
        expect(await backend.renewSlot(pool, lease!, 300)).toBe(true);
      }
      expect(await backend.acquireSlot(pool, 1, 300)).toBeUndefined();
    });

    it('keeps pools apart, and ignores the release of an unknown lease', async () => {
      const a = name('a');
      const b = name('b');
      expect(await backend.acquireSlot(a, 1, 10_000)).toBeDefined();
      expect(await backend.acquireSlot(b, 1, 10_000)).toBeDefined();
      await backend.releaseSlot(a, 'not-a-lease');
      expect(await backend.acquireSlot(a, 1, 10_000)).toBeUndefined();
    });

    it('waitForSlot (when offered) takes a slot released while it waits, and answers none when nothing is released', async () => {
      if (!backend.waitForSlot) return;
      const pool = name('wait');
      const held = await backend.acquireSlot(pool, 1, 10_000);
      expect(await backend.waitForSlot(pool, 1, 10_000, 50)).toBeUndefined();
      const waiting = backend.waitForSlot(pool, 1, 10_000, 5_000);
      await backend.releaseSlot(pool, held!);
      expect(await waiting).toBeDefined();
      expect(await backend.acquireSlot(pool, 1, 10_000)).toBeUndefined();
    });

    it('counts credits up to the limit and refuses past it, counting nothing, with the reset time', async () => {
      const key = name('credits');
      const before = Date.now();
      const first = await backend.takeCredits(key, 5, 12, 60_000);
      expect(first.ok).toBe(true);
      expect(first.used).toBe(5);
      const second = await backend.takeCredits(key, 5, 12, 60_000);
      expect(second.ok).toBe(true);
      expect(second.used).toBe(10);
      const refused = await backend.takeCredits(key, 5, 12, 60_000);
      expect(refused.ok).toBe(false);
      expect(refused.used).toBe(10);
      expect(refused.resetAt).toBeGreaterThanOrEqual(before + 59_000);
      expect(refused.resetAt).toBeLessThanOrEqual(Date.now() + 61_000);
      expect((await backend.takeCredits(key, 2, 12, 60_000)).ok).toBe(true);
    });

    it('never counts past the limit under 60 simultaneous takes', async () => {
      const key = name('credit-race');
      const answers = await Promise.all(Array.from({ length: 60 }, () => backend.takeCredits(key, 1, 25, 60_000)));
      expect(answers.filter((a) => a.ok)).toHaveLength(25);
    });

    it('starts a new credit window once the old one ends', async () => {
      const key = name('window');
      expect((await backend.takeCredits(key, 3, 3, 200)).ok).toBe(true);
      expect((await backend.takeCredits(key, 1, 3, 200)).ok).toBe(false);
      await pause(350);
      const fresh = await backend.takeCredits(key, 1, 3, 200);
      expect(fresh.ok).toBe(true);
      expect(fresh.used).toBe(1);
    });

    it('books paced sends one interval apart, whoever asks', async () => {
      const key = name('pace');
      const started = Date.now();
      const waits = await Promise.all(Array.from({ length: 10 }, () => backend.reservePace(key, 50)));
      const elapsed = Date.now() - started;
      waits.sort((x, y) => x - y);
      expect(waits[0]).toBeLessThanOrEqual(elapsed + 1);
      // Ten bookings span nine intervals, less the time that passed while booking.
      expect(waits[9]!).toBeGreaterThanOrEqual(9 * 50 - elapsed - 1);
    });

    it('reports live leases and current credits in its snapshot', async () => {
      const pool = name('snap');
      const key = name('snap-credits');
      await backend.acquireSlot(pool, 5, 10_000);
      await backend.acquireSlot(pool, 5, 10_000);
      await backend.takeCredits(key, 7, 100, 60_000);
      const seen = await backend.snapshot();
      expect(seen.slots[pool]).toBe(2);
      expect(seen.credits[key]?.used).toBe(7);
    });
  });
}
