/**
 * How MySQLTokenStore maps tokens onto a table. zohokit has its own layout; the others
 * read and write the tables of Zoho's official SDKs so an app can migrate to zohokit
 * (or run beside an SDK-based app) without asking its users to authorise again.
 */
import type { Pool, PoolConnection } from 'mysql2/promise';
import type { StoredToken, TokenKey } from './token-store.js';

export interface MySQLLayoutContext {
  readonly pool: Pool;
  /** The table name, already validated and backtick-quoted. */
  readonly table: string;
  /**
   * Runs `fn` while holding a server-wide lock on `identity` (see MySQLLayout.identity).
   * `fn` gets the connection that holds the lock and should query on it, so that each
   * writer needs one pool connection, not two.
   */
  readonly lockRow: <T>(identity: string, fn: (connection: PoolConnection) => Promise<T>) => Promise<T>;
  /** What list() reports for key parts the table does not store. */
  readonly assumed: { readonly clientId: string; readonly environment: string };
}

export interface MySQLLayout {
  readonly defaultTable: string;
  /** `CREATE TABLE IF NOT EXISTS`: a table that exists already is used as it is. */
  createTable(table: string): string;
  /**
   * The parts of the key this layout stores, as one string. Keys with the same identity
   * share one token: the SDK tables have no environment column, and the Python SDK's has
   * no client id either.
   */
  identity(key: TokenKey): string;
  get(context: MySQLLayoutContext, key: TokenKey): Promise<StoredToken | undefined>;
  set(context: MySQLLayoutContext, token: StoredToken): Promise<void>;
  delete(context: MySQLLayoutContext, key: TokenKey): Promise<void>;
  list(context: MySQLLayoutContext): Promise<StoredToken[]>;
}

/**
 * A WHERE condition matching `column` to a `?` byte for byte. A plain `=` follows the
 * column's collation, which usually ignores case, accents and trailing spaces, so
 * `Alice` would get `alice`'s token. The SDK tables may be latin1, hence the CONVERT.
 */
export function matchesExactly(column: string): string {
  return `CAST(CONVERT(${column} USING utf8mb4) AS BINARY) = CAST(? AS BINARY)`;
}

/** A row value as a string; undefined for NULL. */
export function nullableString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

/** A row value as a number (BIGINT may arrive as a string); undefined for NULL. */
export function nullableNumber(value: unknown): number | undefined {
  const text = nullableString(value);
  return text === undefined ? undefined : Number(text);
}

/**
 * For the SDK tables, where '' and 0 also mean "none" (the Python SDK's columns are
 * NOT NULL, so zohokit writes '' and 0 there): a string, or undefined.
 */
export function sdkString(value: unknown): string | undefined {
  const text = nullableString(value);
  return text === '' ? undefined : text;
}

/** Epoch milliseconds from an SDK table's BIGINT or VARCHAR; undefined for none or junk. */
export function sdkEpochMs(value: unknown): number | undefined {
  const ms = Number(sdkString(value));
  return Number.isFinite(ms) && ms !== 0 ? ms : undefined;
}
