/**
 * `zoho.runAs(user, fn)`: binds a user for everything `fn` starts, like the old SDKs'
 * per-thread user but without global state. Built on AsyncLocalStorage, loaded lazily so
 * that importing zohokit pulls in no Node-only module: runtimes without it still get
 * `zoho.as(user)`, which needs no context at all.
 */

interface Storage {
  getStore(): string | undefined;
  run<R>(store: string, fn: () => R): R;
}

export class UserContext {
  #storage: Storage | undefined;
  // One load for all callers: concurrent first runs must share one storage instance.
  #loading: Promise<Storage> | undefined;

  /** The user bound by the innermost `run`, if any. */
  current(): string | undefined {
    return this.#storage?.getStore();
  }

  async run<T>(user: string, fn: () => Promise<T> | T): Promise<T> {
    if (!this.#storage) {
      this.#loading ??= loadStorage();
      this.#storage = await this.#loading;
    }
    return this.#storage.run(user, fn);
  }
}

async function loadStorage(): Promise<Storage> {
  const fromGlobal = (globalThis as { AsyncLocalStorage?: new () => Storage }).AsyncLocalStorage;
  if (fromGlobal) return new fromGlobal();
  const module = await import('node:async_hooks');
  return new module.AsyncLocalStorage<string>();
}
