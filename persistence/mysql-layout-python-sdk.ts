/**
 * The `oauthtokens` table of Zoho's legacy Python SDK (`zcrmsdk` 2.x, its
 * ZohoOAuthPersistenceHandler): useridentifier, accesstoken, refreshtoken, expirytime
 * (epoch ms). Current Python SDKs use the `oauthtoken` table instead: pick the
 * `node-sdk` layout for those.
 *
 * There is neither a client id nor an environment column: the row for a user answers for
 * every client id and environment, and list() reports the store's `clientId` and
 * `environment` options. The SDK made every column NOT NULL, so a missing access token
 * is written as '' and a missing expiry as 0 (which the SDK reads as "expired").
 * apiDomain, dataCenter and scopes are not stored.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { matchesExactly, sdkEpochMs, sdkString, type MySQLLayout } from './mysql-layout.js';
import type { StoredToken, TokenKey } from './token-store.js';

const SAME_USER = matchesExactly('useridentifier');
const HAS_REFRESH_TOKEN = `refreshtoken IS NOT NULL AND refreshtoken <> ''`;
const READ = 'useridentifier, accesstoken, refreshtoken, expirytime';

export const pythonSdkLayout: MySQLLayout = {
  defaultTable: 'oauthtokens',

  // The SDK's DDL; utf8mb4 added so that any user id fits.
  createTable: (table) => `CREATE TABLE IF NOT EXISTS ${table} (
    useridentifier varchar(100) NOT NULL,
    accesstoken varchar(100) NOT NULL,
    refreshtoken varchar(100) NOT NULL,
    expirytime bigint NOT NULL
  ) DEFAULT CHARSET=utf8mb4`,

  identity: (key) => key.user,

  async get({ pool, table }, key) {
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT ${READ} FROM ${table} WHERE ${SAME_USER} AND ${HAS_REFRESH_TOKEN} LIMIT 1`,
      [key.user],
    );
    return rows[0] && fromRow(rows[0], key);
  },

  async set({ table, lockRow }, token) {
    const values = [token.accessToken ?? '', token.refreshToken, Math.trunc(token.expiresAt ?? 0)];
    // No unique key on useridentifier (the SDK deletes, then inserts): without the lock,
    // two processes saving a new user at once would both insert.
    await lockRow(token.user, async (connection) => {
      const [rows] = await connection.execute<RowDataPacket[]>(`SELECT 1 FROM ${table} WHERE ${SAME_USER} LIMIT 1`, [
        token.user,
      ]);
      if (rows.length > 0) {
        await connection.execute(
          `UPDATE ${table} SET accesstoken = ?, refreshtoken = ?, expirytime = ? WHERE ${SAME_USER}`,
          [...values, token.user],
        );
      } else {
        await connection.execute(
          `INSERT INTO ${table} (useridentifier, accesstoken, refreshtoken, expirytime) VALUES (?, ?, ?, ?)`,
          [token.user, ...values],
        );
      }
    });
  },

  async delete({ table, lockRow }, key) {
    await lockRow(key.user, async (connection) => {
      await connection.execute(`DELETE FROM ${table} WHERE ${SAME_USER}`, [key.user]);
    });
  },

  async list({ pool, table, assumed }) {
    const [rows] = await pool.execute<RowDataPacket[]>(`SELECT ${READ} FROM ${table} WHERE ${HAS_REFRESH_TOKEN}`);
    return rows.map((row) => fromRow(row, { user: String(row['useridentifier']), ...assumed }));
  },
};

function fromRow(row: RowDataPacket, key: TokenKey): StoredToken {
  const accessToken = sdkString(row['accesstoken']);
  const expiresAt = sdkEpochMs(row['expirytime']);
  return {
    user: key.user,
    clientId: key.clientId,
    environment: key.environment,
    refreshToken: String(row['refreshtoken']),
    ...(accessToken !== undefined && { accessToken }),
    ...(expiresAt !== undefined && { expiresAt }),
  };
}
