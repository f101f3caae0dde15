/**
 * In-process turn taking per name: callers for the same name run one at a time, in
 * arrival order. The cross-process locks queue here first, so that within one process
 * they neither poll a lock file against themselves nor tie up a pool connection each
 * while waiting on the server.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export class TurnQueue {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Waits for the turn on `name` until `deadline` (epoch ms). Resolves to the function
   * that ends the turn, or to undefined if the deadline passed first.
   */
  async take(name: string, deadline: number): Promise<(() => void) | undefined> {
    const before = this.#tails.get(name);
    let end!: () => void;
    const mine = new Promise<void>((resolve) => (end = resolve));
    // The next caller waits for everyone before us *and* us: if we give up early, the
    // one behind still cannot overtake a holder that is running.
    const tail = (before ?? Promise.resolve()).then(() => mine);
    this.#tails.set(name, tail);
    const endTurn = () => {
      end();
      if (this.#tails.get(name) === tail) this.#tails.delete(name);
    };
    if (before === undefined) return endTurn;
    const timer = new AbortController();
    const outcome = await Promise.race([
      before.then(() => 'turn' as const),
      // Rejects with AbortError once our turn has come and the timer is cancelled.
      sleep(Math.max(0, deadline - Date.now()), 'timeout' as const, { signal: timer.signal }).catch(
        () => 'cancelled' as const,
      ),
    ]);
    timer.abort();
    if (outcome === 'turn') return endTurn;
    endTurn();
    return undefined;
  }
}
