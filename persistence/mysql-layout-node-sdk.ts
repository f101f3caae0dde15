/**
 * The `oauthtoken` table of Zoho's official SDKs: the TypeScript/Node SDK, and also the
 * current Python, Java, PHP... SDKs, whose DBStore documents the same DDL.
 *
 * Mapping: user ↔ user_name, clientId ↔ client_id, refreshToken ↔ refresh_token,
 * accessToken ↔ access_token, expiresAt ↔ expiry_time (epoch ms as text),
 * apiDomain ↔ api_domain. There is no environment column: a row answers for every
 * environment, and list() reports the store's `environment` option. dataCenter and
 * scopes are not stored. Rows without a refresh token (an SDK grant code not yet
 * exchanged) are invisible. Columns zohokit does not own (client_secret, grant_token,
 * redirect_url) are never changed on update.
 */
import { randomInt } from 'node:crypto';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { matchesExactly, sdkEpochMs, sdkString, type MySQLLayout } from './mysql-layout.js';
import type { StoredToken, TokenKey } from './token-store.js';

const SAME_KEY = `${matchesExactly('user_name')} AND ${matchesExactly('client_id')}`;
const HAS_REFRESH_TOKEN = `refresh_token IS NOT NULL AND refresh_token <> ''`;
const READ = 'user_name, client_id, refresh_token, access_token, expiry_time, api_domain';

export const nodeSdkLayout: MySQLLayout = {
  defaultTable: 'oauthtoken',

  // The SDK's documented DDL; utf8mb4 added so that any user id fits.
  createTable: (table) => `CREATE TABLE IF NOT EXISTS ${table} (
    id varchar(10) NOT NULL,
    user_name varchar(255),
    client_id varchar(255),
    client_secret varchar(255),
    refresh_token varchar(255),
    access_token varchar(255),
    grant_token varchar(255),
    expiry_time varchar(20),
    redirect_url varchar(255),
    api_domain varchar(255),
    primary key (id)
  ) DEFAULT CHARSET=utf8mb4`,

  identity: (key) => JSON.stringify([key.user, key.clientId]),

  async get({ pool, table }, key) {
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT ${READ} FROM ${table} WHERE ${SAME_KEY} AND ${HAS_REFRESH_TOKEN} ORDER BY id LIMIT 1`,
      [key.user, key.clientId],
    );
    return rows[0] && fromRow(rows[0], key);
  },

  async set(context, token) {
    const { table } = context;
    const values = [token.refreshToken, token.accessToken ?? null, expiryTime(token), token.apiDomain ?? null];
    // The table has no unique key on (user_name, client_id): without the lock, two
    // processes saving a new user at once would both insert.
    await context.lockRow(nodeSdkLayout.identity(token), async (connection) => {
      const [rows] = await connection.execute<RowDataPacket[]>(`SELECT id FROM ${table} WHERE ${SAME_KEY}`, [
        token.user,
        token.clientId,
      ]);
      if (rows.length > 0) {
        await connection.execute(
          `UPDATE ${table} SET refresh_token = ?, access_token = ?, expiry_time = ?, api_domain = ? WHERE ${SAME_KEY}`,
          [...values, token.user, token.clientId],
        );
      } else {
        await insertWithFreshId(connection, table, [token.user, token.clientId, ...values]);
      }
    });
  },

  async delete(context, key) {
    await context.lockRow(nodeSdkLayout.identity(key), async (connection) => {
      await connection.execute(`DELETE FROM ${context.table} WHERE ${SAME_KEY}`, [key.user, key.clientId]);
    });
  },

  async list({ pool, table, assumed }) {
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT ${READ} FROM ${table} WHERE user_name IS NOT NULL AND ${HAS_REFRESH_TOKEN} ORDER BY id`,
    );
    return rows.map((row) =>
      fromRow(row, {
        user: String(row['user_name']),
        clientId: sdkString(row['client_id']) ?? assumed.clientId,
        environment: assumed.environment,
      }),
    );
  },
};

// The SDK's ids are 10 characters. A clash is unlikely (62^10) but the primary key
// would reject it, so draw again a few times rather than fail the save.
async function insertWithFreshId(connection: PoolConnection, table: string, values: (string | null)[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await connection.execute(
        `INSERT INTO ${table} (id, user_name, client_id, refresh_token, access_token, expiry_time, api_domain)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [randomId(), ...values],
      );
      return;
    } catch (error) {
      const duplicate = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ER_DUP_ENTRY';
      if (!duplicate || attempt >= 3) throw error;
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(): string {
  return Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

function expiryTime(token: StoredToken): string | null {
  return token.expiresAt === undefined ? null : String(Math.trunc(token.expiresAt));
}

function fromRow(row: RowDataPacket, key: TokenKey): StoredToken {
  const accessToken = sdkString(row['access_token']);
  const expiresAt = sdkEpochMs(row['expiry_time']);
  const apiDomain = sdkString(row['api_domain']);
  return {
    user: key.user,
    clientId: key.clientId,
    environment: key.environment,
    refreshToken: String(row['refresh_token']),
    ...(accessToken !== undefined && { accessToken }),
    ...(expiresAt !== undefined && { expiresAt }),
    ...(apiDomain !== undefined && { apiDomain }),
  };
}
