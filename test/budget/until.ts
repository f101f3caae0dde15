/**
 * Waiting for a state instead of a time: `until(condition)` resolves once the condition
 * holds, checked now and after every `changed()`. What the budget tests' doubles (the gate,
 * the observed backend) use so that no test races a wall clock.
 */
export class Until {
  readonly #watchers = new Set<() => void>();

  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (!condition()) return;
        this.#watchers.delete(check);
        resolve();
      };
      this.#watchers.add(check);
      check();
    });
  }

  changed(): void {
    for (const watcher of [...this.#watchers]) watcher();
  }
}
