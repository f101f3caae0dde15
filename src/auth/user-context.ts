/**
 * `zoho.runAs(user, fn)`: binds a user for everything `fn` starts, like the old SDKs'
 * per-thread user but without global state. Built on AsyncLocalStorage, loaded lazily so
 * that importing zohokit pulls in no Node-only module: runtimes without it still get
 * `zoho.as(user)`, which needs no context at all.
 */
import { nodeBuiltin } from '../node-builtin.js';

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
  // Workers with the `nodejs_als` flag, and some other runtimes, offer it as a global.
  const fromGlobal = (globalThis as { AsyncLocalStorage?: new () => Storage }).AsyncLocalStorage;
  if (fromGlobal) return new fromGlobal();
  const { AsyncLocalStorage } = await nodeBuiltin(
    'async_hooks',
    'runAs',
    'use zoho.as(user), which needs no context, or turn on the runtime\'s AsyncLocalStorage (on Cloudflare Workers the nodejs_als or nodejs_compat compatibility flag)',
  );
  return new AsyncLocalStorage<string>();
}
