/**
 * The wrapper every shared budget backend runs in: while the server is unreachable each
 * process keeps to its share of the limits (limit ÷ expectedProcesses), and asks the server
 * again once the retry pause is over. Driven with a clock of the test's own, so the pause
 * passes when the test says. (shared-budget.test.ts shows the same through a client and a
 * real Redis that drops out.)
 */
import { describe, expect, it } from 'vitest';
import { FallbackBudgetBackend } from '../../src/http/budget/fallback-backend.js';
import { MemoryBudgetBackend, type BudgetBackend } from '../../src/index.js';
import { ObservedBackend } from './observed-backend.js';

function setUp(options: { expectedProcesses?: number; shared?: BudgetBackend } = {}) {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const shared = new ObservedBackend(options.shared ?? new MemoryBudgetBackend({ now: () => now }));
  const warnings: string[] = [];
  const backend = new FallbackBudgetBackend(shared, {
    expectedProcesses: options.expectedProcesses ?? 2,
    warn: (message) => warnings.push(message),
    now: () => now,
    retryMs: 1_000,
  });
  return { backend, shared, warnings, advance: (ms: number) => (now += ms) };
}

describe('FallbackBudgetBackend', () => {
  it('answers from the shared backend while it is up, and says it is not degraded', async () => {
    const { backend, shared, warnings } = setUp();
    const lease = await backend.acquireSlot('org:crm', 4, 10_000);
    expect(lease).toBeDefined();
    expect((await shared.inner.snapshot()).slots['org:crm']).toBe(1);
    expect(await backend.renewSlot('org:crm', lease!, 10_000)).toBe(true);
    expect(await backend.reservePace('org:crm:requests', 100)).toBe(0);
    expect(await backend.reservePace('org:crm:requests', 100)).toBe(100);
    await backend.releaseSlot('org:crm', lease!);
    expect((await backend.snapshot()).slots['org:crm']).toBe(0);
    expect(backend.degraded).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('waits through acquireSlot when the shared backend cannot wait on its own side', async () => {
    const { backend, shared } = setUp();
    expect(shared.waitForSlot).toBeUndefined(); // the MemoryBudgetBackend has no waitForSlot
    const first = await backend.waitForSlot('org:crm', 1, 10_000, 50);
    expect(first).toBeDefined();
    expect(await backend.waitForSlot('org:crm', 1, 10_000, 50)).toBeUndefined();
  });

  it('runs every call on this process\'s share while the server is down, warning once per outage', async () => {
    const { backend, shared, warnings } = setUp({ expectedProcesses: 3 });
    const kept = await backend.acquireSlot('org:crm', 10, 10_000); // taken on the server
    shared.down = true;
    // 10 slots ÷ 3 processes = 3 here.
    const local = [];
    for (let i = 0; i < 4; i++) local.push(await backend.acquireSlot('org:crm', 10, 10_000));
    expect(local.filter((lease) => lease !== undefined)).toHaveLength(3);
    expect(backend.degraded).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBe("zohokit budget: shared backend unreachable (connect ECONNREFUSED 127.0.0.1:6379); using this process's share (limit ÷ 3) for 1000 ms");
    // The share is full: a wait answers none (after a short pause, so the caller cannot spin).
    expect(await backend.waitForSlot('org:crm', 10, 10_000, 5)).toBeUndefined();
    // A local lease renews and releases locally; then a wait takes the freed one.
    expect(await backend.renewSlot('org:crm', local[0]!, 10_000)).toBe(true);
    await backend.releaseSlot('org:crm', local[0]!);
    expect(await backend.waitForSlot('org:crm', 10, 10_000, 5)).toMatch(/^local:/);
    // The server's lease cannot be renewed or released now: it is kept as held and runs out there.
    expect(await backend.renewSlot('org:crm', kept!, 10_000)).toBe(true);
    await expect(backend.releaseSlot('org:crm', kept!)).resolves.toBeUndefined();
    // Credits and pacing keep to the share too: 100 ÷ 3 = 33 credits, pacing 3 times slower.
    expect((await backend.takeCredits('org:crm:credits', 33, 100, 60_000)).ok).toBe(true);
    expect((await backend.takeCredits('org:crm:credits', 1, 100, 60_000)).ok).toBe(false);
    expect(await backend.reservePace('org:crm:requests', 100)).toBe(0);
    expect(await backend.reservePace('org:crm:requests', 100)).toBe(300);
    expect((await backend.snapshot()).slots['org:crm']).toBe(3); // the local share's view
    expect(warnings).toHaveLength(1); // nothing asked the server during the pause
  });

  it('asks the server again after the retry pause, and warns again if it is still down', async () => {
    const { backend, shared, warnings, advance } = setUp();
    shared.down = true;
    await backend.snapshot();
    expect(backend.degraded).toBe(true);
    advance(1_000);
    expect(backend.degraded).toBe(false);
    await backend.takeCredits('org:crm:credits', 1, 10, 60_000);
    expect(warnings).toHaveLength(2);
    advance(1_000);
    shared.down = false;
    const lease = await backend.acquireSlot('org:crm', 4, 10_000);
    expect(lease).not.toMatch(/^local:/);
    expect((await shared.inner.snapshot()).slots['org:crm']).toBe(1);
    expect(backend.degraded).toBe(false);
    expect(warnings).toHaveLength(2);
  });

  it('names a failure that is not an Error by its text', async () => {
    const failing: BudgetBackend = {
      acquireSlot: () => Promise.reject('socket hang up'),
      renewSlot: () => Promise.reject('socket hang up'),
      releaseSlot: () => Promise.reject('socket hang up'),
      takeCredits: () => Promise.reject('socket hang up'),
      reservePace: () => Promise.reject('socket hang up'),
      snapshot: () => Promise.reject('socket hang up'),
    };
    const warnings: string[] = [];
    const backend = new FallbackBudgetBackend(failing, { expectedProcesses: 1, warn: (message) => warnings.push(message) });
    expect(await backend.acquireSlot('org:crm', 1, 1_000)).toMatch(/^local:/);
    expect(warnings[0]).toMatch(/unreachable \(socket hang up\).*for 5000 ms/);
    await backend.close(); // a backend without close() has nothing to close
  });

  it('tells its listeners of releases on the server and on the local share, until they unsubscribe', async () => {
    const { backend, shared } = setUp();
    let heard = 0;
    const off = backend.onRelease(() => heard++);
    const onServer = await backend.acquireSlot('org:crm', 2, 10_000);
    await backend.releaseSlot('org:crm', onServer!);
    expect(heard).toBe(1);
    shared.down = true;
    const local = await backend.acquireSlot('org:crm', 2, 10_000);
    await backend.releaseSlot('org:crm', local!);
    expect(heard).toBe(2);
    off();
    const again = await backend.acquireSlot('org:crm', 2, 10_000);
    await backend.releaseSlot('org:crm', again!);
    expect(heard).toBe(2);
  });

  it('closes the shared backend it wraps', async () => {
    let closed = 0;
    const inner = new MemoryBudgetBackend();
    const backend = new FallbackBudgetBackend(Object.assign(inner, { close: async () => void closed++ }), { expectedProcesses: 1, warn: () => undefined });
    await backend.close();
    expect(closed).toBe(1);
  });
});

describe('MemoryBudgetBackend, the default and the local share', () => {
  it('reports credits only for windows still running', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const backend = new MemoryBudgetBackend({ now: () => now });
    await backend.takeCredits('org:crm:credits', 3, 10, 60_000);
    expect((await backend.snapshot()).credits).toEqual({ 'org:crm:credits': { used: 3, resetAt: now + 60_000 } });
    now += 60_000; // the window is over: its credits are back
    expect((await backend.snapshot()).credits).toEqual({});
    expect(await backend.takeCredits('org:crm:credits', 10, 10, 60_000)).toEqual({ ok: true, used: 10, resetAt: now + 60_000 });
  });
});
