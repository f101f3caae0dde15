/**
 * `zohokit/persistence/mysql`: tokens in a MySQL or MariaDB table, shared by any number
 * of processes and hosts, through a mysql2 pool.
 *
 *   const store = new MySQLTokenStore({ uri: process.env.DATABASE_URL });
 *   const store = new MySQLTokenStore({ pool, layout: 'node-sdk' }); // Zoho SDK's table
 *
 * SQL is parameterised throughout; the only identifier spliced in is the table name,
 * which must match /^[A-Za-z0-9_]+$/. The table is created on first use if it is
 * missing; an existing one is used as it is. See the layout modules for how each layout
 * maps tokens onto columns.
 *
 * withLock() takes a server-wide GET_LOCK, so processes on different hosts refresh a
 * token once between them. It holds one pool connection while `fn` runs, and set()
 * inside `fn` needs another: give a pool of your own at least two connections.
 */
import { createPool, type Pool, type PoolConnection, type PoolOptions } from 'mysql2/promise';
import { ZohoConfigError } from '../src/errors.js';
import type { MySQLLayout, MySQLLayoutContext } from './mysql-layout.js';
import { nodeSdkLayout } from './mysql-layout-node-sdk.js';
import { pythonSdkLayout } from './mysql-layout-python-sdk.js';
import { zohokitLayout } from './mysql-layout-zohokit.js';
import { namedLockName, withNamedLock } from './mysql-named-lock.js';
import { mysqlStoreError } from './mysql-store-error.js';
import { ANY_CLIENT, assertCompleteToken, type StoredToken, type TokenKey, type TokenStore } from './token-store.js';

export type MySQLTokenStoreLayout = 'zohokit' | 'node-sdk' | 'python-sdk';

export interface MySQLTokenStoreOptions {
  /** A pool you own: close() leaves it open. Give it at least two connections. */
  readonly pool?: Pool | undefined;
  /** `mysql://user:password@host:3306/database`, used when no pool is given. */
  readonly uri?: string | undefined;
  /** mysql2 pool options, used when no pool is given (merged with `uri`). */
  readonly config?: PoolOptions | undefined;
  /**
   * Defaults: `zohokit_tokens`; `oauthtoken` for the `node-sdk` layout (the table of the
   * Node SDK and of Zoho's other current SDKs); `oauthtokens` for `python-sdk` (the
   * legacy Python SDK, zcrmsdk 2.x).
   */
  readonly table?: string | undefined;
  readonly layout?: MySQLTokenStoreLayout | undefined;
  /** How long withLock() waits for another holder before failing. Default 10. */
  readonly lockTimeoutSeconds?: number | undefined;
  /**
   * SDK layouts only, whose tables lack the column: the clientId list() reports. Default
   * `ANY_CLIENT` (''), which `zoho.users()` counts as every client's.
   */
  readonly clientId?: string | undefined;
  /** SDK layouts only, whose tables lack the column: the environment list() reports. Default `production`. */
  readonly environment?: string | undefined;
}

const LAYOUTS: Record<MySQLTokenStoreLayout, MySQLLayout> = {
  zohokit: zohokitLayout,
  'node-sdk': nodeSdkLayout,
  'python-sdk': pythonSdkLayout,
};

/**
 * Keeps tokens in a MySQL or MariaDB table, shared by every process and host, and locks
 * refreshes across them (GET_LOCK); see the module comment.
 *
 * @example
 * import { MySQLTokenStore } from 'zohokit/persistence/mysql';
 *
 * // The table the official Zoho SDKs already fill: no user has to authorize again.
 * const store = new MySQLTokenStore({ uri: 'mysql://app:pw@db.internal:3306/app', layout: 'node-sdk' });
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, store });
 */
export class MySQLTokenStore implements TokenStore {
  /** The table name, unquoted. */
  readonly table: string;
  readonly layout: MySQLTokenStoreLayout;
  readonly #pool: Pool;
  readonly #ownsPool: boolean;
  readonly #lockTimeoutSeconds: number;
  readonly #context: MySQLLayoutContext;
  #tableReady: Promise<void> | undefined;
  #closed = false;

  constructor(options: MySQLTokenStoreOptions) {
    this.layout = options.layout ?? 'zohokit';
    const layout = LAYOUTS[this.layout];
    if (!layout) throw new ZohoConfigError('store.layout', `unknown layout "${String(this.layout)}"`);
    this.table = options.table ?? layout.defaultTable;
    if (!/^[A-Za-z0-9_]+$/.test(this.table)) {
      throw new ZohoConfigError('store.table', 'a MySQL table name may only use letters, digits and _');
    }
    this.#lockTimeoutSeconds = options.lockTimeoutSeconds ?? 10;
    this.#ownsPool = options.pool === undefined;
    this.#pool = options.pool ?? createOwnPool(options);
    this.#context = {
      pool: this.#pool,
      table: `\`${this.table}\``,
      lockRow: (identity, fn) => this.#lock('write', identity, fn),
      assumed: { clientId: options.clientId ?? ANY_CLIENT, environment: options.environment ?? 'production' },
    };
  }

  get(key: TokenKey): Promise<StoredToken | undefined> {
    return this.#run('read a token', (layout) => layout.get(this.#context, key));
  }

  async set(token: StoredToken): Promise<void> {
    assertCompleteToken(token);
    return this.#run('save a token', (layout) => layout.set(this.#context, token));
  }

  delete(key: TokenKey): Promise<void> {
    return this.#run('delete a token', (layout) => layout.delete(this.#context, key));
  }

  list(): Promise<StoredToken[]> {
    return this.#run('list tokens', (layout) => layout.list(this.#context));
  }

  /** Runs `fn` while no other process holds the lock for `key` (GET_LOCK). */
  async withLock<T>(key: TokenKey, fn: () => Promise<T>): Promise<T> {
    return this.#lock('refresh', LAYOUTS[this.layout].identity(key), () => fn());
  }

  /** Ends the pool if this store created it. */
  async close(): Promise<void> {
    if (!this.#ownsPool || this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  #lock<T>(purpose: string, identity: string, fn: (connection: PoolConnection) => Promise<T>): Promise<T> {
    // The table is part of the name: the same user in two tables is two locks.
    return withNamedLock(this.#pool, namedLockName(purpose, this.table, identity), this.#lockTimeoutSeconds, fn);
  }

  async #run<T>(action: string, operation: (layout: MySQLLayout) => Promise<T>): Promise<T> {
    try {
      await this.#ensureTable();
      return await operation(LAYOUTS[this.layout]);
    } catch (error) {
      throw mysqlStoreError(`${action} (table ${this.table})`, error);
    }
  }

  // Once per instance; a failure (server down) is not remembered, the next call retries.
  #ensureTable(): Promise<void> {
    this.#tableReady ??= this.#pool.query(LAYOUTS[this.layout].createTable(this.#context.table)).then(
      () => undefined,
      (error: unknown) => {
        this.#tableReady = undefined;
        throw mysqlStoreError(`create table ${this.table}`, error);
      },
    );
    return this.#tableReady;
  }
}

function createOwnPool(options: MySQLTokenStoreOptions): Pool {
  if (options.uri === undefined && options.config === undefined) {
    throw new ZohoConfigError('store', 'MySQLTokenStore needs a pool, a uri or a config');
  }
  return createPool({ ...options.config, ...(options.uri !== undefined && { uri: options.uri }) });
}
