/**
 * zohokit's own table: one row per (user, client id, environment), every StoredToken
 * field in its own column.
 *
 * The primary key is a SHA-256 of the key rather than the three columns: a composite
 * key of three utf8mb4 VARCHAR(255)s would exceed older InnoDB index limits (767 bytes),
 * and collations would make `Alice` and `alice ` the same key. The hash compares bytes.
 */
import { createHash } from 'node:crypto';
import type { RowDataPacket } from 'mysql2/promise';
import { nullableNumber, nullableString, type MySQLLayout, type MySQLLayoutContext } from './mysql-layout.js';
import { tokenKeyId, type StoredToken, type TokenKey } from './token-store.js';

const COLUMNS = [
  'user_name',
  'client_id',
  'environment',
  'refresh_token',
  'access_token',
  'expires_at',
  'api_domain',
  'data_center',
  'scopes',
] as const;

export const zohokitLayout: MySQLLayout = {
  defaultTable: 'zohokit_tokens',

  createTable: (table) => `CREATE TABLE IF NOT EXISTS ${table} (
    key_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    user_name VARCHAR(1024) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    environment VARCHAR(64) NOT NULL,
    refresh_token TEXT NOT NULL,
    access_token TEXT NULL,
    expires_at BIGINT NULL,
    api_domain VARCHAR(255) NULL,
    data_center VARCHAR(64) NULL,
    scopes TEXT NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (key_hash)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,

  identity: tokenKeyId,

  async get({ pool, table }, key) {
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT ${COLUMNS.join(', ')} FROM ${table} WHERE key_hash = ?`,
      [keyHash(key)],
    );
    return rows[0] && fromRow(rows[0]);
  },

  async set({ pool, table }, token) {
    const values = [
      token.user,
      token.clientId,
      token.environment,
      token.refreshToken,
      token.accessToken ?? null,
      token.expiresAt ?? null,
      token.apiDomain ?? null,
      token.dataCenter ?? null,
      token.scopes === undefined ? null : JSON.stringify(token.scopes),
    ];
    // The values are bound twice: the `VALUES(col)` function is deprecated in MySQL 8 and
    // the `AS new` row alias that replaces it does not exist in MariaDB.
    await pool.execute(
      `INSERT INTO ${table} (key_hash, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})
       ON DUPLICATE KEY UPDATE ${COLUMNS.map((column) => `${column} = ?`).join(', ')}`,
      [keyHash(token), ...values, ...values],
    );
  },

  async delete({ pool, table }, key) {
    await pool.execute(`DELETE FROM ${table} WHERE key_hash = ?`, [keyHash(key)]);
  },

  async list({ pool, table }: MySQLLayoutContext) {
    const [rows] = await pool.execute<RowDataPacket[]>(`SELECT ${COLUMNS.join(', ')} FROM ${table}`);
    return rows.map(fromRow);
  },
};

function keyHash(key: TokenKey): string {
  return createHash('sha256').update(tokenKeyId(key)).digest('hex');
}

function fromRow(row: RowDataPacket): StoredToken {
  const accessToken = nullableString(row['access_token']);
  const expiresAt = nullableNumber(row['expires_at']);
  const apiDomain = nullableString(row['api_domain']);
  const dataCenter = nullableString(row['data_center']);
  const scopes = nullableString(row['scopes']);
  return {
    user: String(row['user_name']),
    clientId: String(row['client_id']),
    environment: String(row['environment']),
    refreshToken: String(row['refresh_token']),
    ...(accessToken !== undefined && { accessToken }),
    ...(expiresAt !== undefined && { expiresAt }),
    ...(apiDomain !== undefined && { apiDomain }),
    ...(dataCenter !== undefined && { dataCenter }),
    ...(scopes !== undefined && { scopes: parseScopes(scopes) }),
  };
}

function parseScopes(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: someone wrote the column by hand, most likely Zoho's comma-separated form.
  }
  return text.split(',').map((scope) => scope.trim()).filter(Boolean);
}
