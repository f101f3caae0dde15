/**
 * Keeps every token in one JSON file (mode 0600), for CLIs, cron jobs and single-host apps.
 *
 * Several processes may share the file. Every change is a read-modify-write done while
 * holding `<file>.lock`, and the new content replaces the file atomically (temp file,
 * fsync, rename), so readers need no lock and a crash never leaves half a file.
 * `withLock` uses one lock file per key (`<file>.<hash>.lock`): the token manager can
 * call set() inside it, and refreshes for different users do not wait on each other.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ZohoStoreError } from '../src/errors.js';
import { removeAbandonedTempFiles, writeFileAtomic } from './atomic-file.js';
import { withFileLock } from './file-lock.js';
import { parseTokenFile, pickStoredToken, serializeTokenFile } from './token-file-format.js';
import { assertCompleteToken, sameTokenKey, tokenKeyId, type StoredToken, type TokenKey, type TokenStore } from './token-store.js';

export interface FileTokenStoreOptions {
  /** The JSON file. Created on the first write, with its directory (mode 0700) if missing. */
  readonly path: string;
  /**
   * How long set(), delete() and withLock() wait for another process's lock before
   * failing with a ZohoStoreError. Default 10 000 ms.
   */
  readonly lockTimeoutMs?: number | undefined;
}

/**
 * Keeps every token in one JSON file (mode 0600) that several processes on one host may
 * share; see the module comment for how writes stay atomic.
 *
 * @example
 * import { FileTokenStore } from 'zohokit/persistence/file';
 *
 * const store = new FileTokenStore({ path: './tokens.json', lockTimeoutMs: 5_000 });
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, store });
 */
export class FileTokenStore implements TokenStore {
  /** Absolute path of the token file. */
  readonly path: string;
  readonly #lockTimeoutMs: number | undefined;
  #directoryReady: Promise<void> | undefined;
  #swept = false;

  constructor(options: FileTokenStoreOptions | string) {
    const { path, lockTimeoutMs } = typeof options === 'string' ? { path: options, lockTimeoutMs: undefined } : options;
    this.path = resolve(path);
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  async get(key: TokenKey): Promise<StoredToken | undefined> {
    return (await this.#read()).find((token) => sameTokenKey(token, key));
  }

  async set(token: StoredToken): Promise<void> {
    assertCompleteToken(token);
    const stored = pickStoredToken(token);
    await this.#update((tokens) => [...tokens.filter((other) => !sameTokenKey(other, token)), stored]);
  }

  async delete(key: TokenKey): Promise<void> {
    await this.#update((tokens) => {
      const kept = tokens.filter((token) => !sameTokenKey(token, key));
      return kept.length === tokens.length ? undefined : kept;
    });
  }

  async list(): Promise<StoredToken[]> {
    return this.#read();
  }

  /** Runs `fn` while no other process (or store on this file) holds the lock for `key`. */
  async withLock<T>(key: TokenKey, fn: () => Promise<T>): Promise<T> {
    await this.#ensureDirectory();
    const hash = createHash('sha256').update(tokenKeyId(key)).digest('hex').slice(0, 16);
    return withFileLock(`${this.path}.${hash}.lock`, fn, { timeoutMs: this.#lockTimeoutMs });
  }

  // Readers take no lock: the file is only ever replaced whole, by rename.
  async #read(): Promise<StoredToken[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return [];
      throw new ZohoStoreError(`Could not read the token file ${this.path}`, { cause: error });
    }
    return parseTokenFile(text, this.path);
  }

  /** `change` returns the new list, or undefined to leave the file as it is. */
  async #update(change: (tokens: StoredToken[]) => StoredToken[] | undefined): Promise<void> {
    await this.#ensureDirectory();
    await withFileLock(
      `${this.path}.lock`,
      async () => {
        const next = change(await this.#read());
        if (next === undefined) return;
        if (!this.#swept) {
          this.#swept = true; // once per store: leftovers only come from crashes
          await removeAbandonedTempFiles(this.path);
        }
        try {
          await writeFileAtomic(this.path, serializeTokenFile(next));
        } catch (error) {
          throw new ZohoStoreError(`Could not write the token file ${this.path}`, { cause: error });
        }
      },
      { timeoutMs: this.#lockTimeoutMs },
    );
  }

  #ensureDirectory(): Promise<void> {
    this.#directoryReady ??= mkdir(dirname(this.path), { recursive: true, mode: 0o700 }).then(
      () => undefined,
      (error: unknown) => {
        this.#directoryReady = undefined; // let the next call try again
        throw new ZohoStoreError(`Could not create the directory of ${this.path}`, { cause: error });
      },
    );
    return this.#directoryReady;
  }
}
