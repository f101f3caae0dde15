import * as vitest from 'vitest';
/**
 * MySQLTokenStore against a real server: a throwaway MariaDB started by
 * scripts/mariadb.ts, or ZOHOKIT_MYSQL_URL's. Skipped with a loud warning when neither is
 * available, and failed instead when ZOHOKIT_REQUIRE_MYSQL=1.
 */
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MySQLTokenStore, type MySQLTokenStoreOptions } from '../../persistence/mysql-token-store.js';
import { mariaDbAvailable, startMariaDb, type MariaDbServer } from '../../scripts/mariadb.js';
import { ZohoConfigError, ZohoStoreError } from '../../src/errors.js';
import { createZoho } from '../../src/index.js';
import { ANY_CLIENT } from '../../persistence/index.js';
import { describeTokenStoreConformance } from '../../src/testing/token-store-conformance.js';

const available = mariaDbAvailable();

describe.skipIf(!available)('MySQLTokenStore', () => {
  let server: MariaDbServer;
  let pool: Pool;
  let tables = 0;
  const freshTable = () => `t${++tables}_${Date.now().toString(36)}`;
  const store = (options: Omit<MySQLTokenStoreOptions, 'pool'> = {}) =>
    new MySQLTokenStore({ pool, table: freshTable(), ...options });
  const rows = async (sql: string, values: unknown[] = []) => (await pool.query<RowDataPacket[]>(sql, values))[0];

  beforeAll(async () => {
    const started = await startMariaDb();
    if (!started) throw new Error('mariaDbAvailable() said yes, startMariaDb() said no');
    server = started;
    pool = createPool({ uri: server.uri, connectionLimit: 20 });
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  describeTokenStoreConformance(vitest, 'MySQLTokenStore, zohokit layout', () => store());
  describeTokenStoreConformance(vitest, 'MySQLTokenStore, node-sdk layout', () => store({ layout: 'node-sdk' }), {
    distinguishes: { environment: false },
    persists: { dataCenter: false, scopes: false },
    maxUserLength: 255,
  });
  describeTokenStoreConformance(vitest, 'MySQLTokenStore, python-sdk layout', () => store({ layout: 'python-sdk' }), {
    distinguishes: { clientId: false, environment: false },
    persists: { apiDomain: false, dataCenter: false, scopes: false },
    maxUserLength: 100,
  });

  const key = { user: 'alice@example.com', clientId: '1000.CLIENT', environment: 'production' };

  it('stores an SQL-injection user id literally, and the table survives', async () => {
    const tokens = new MySQLTokenStore({ pool }); // the default table, zohokit_tokens
    const users = ["'; DROP TABLE zohokit_tokens; --", "a\\'; DROP TABLE zohokit_tokens; --", '" OR ""="', '\\'];
    for (const user of users) await tokens.set({ ...key, user, refreshToken: `1000.${users.indexOf(user)}` });
    for (const user of users) {
      expect((await tokens.get({ ...key, user }))?.refreshToken).toBe(`1000.${users.indexOf(user)}`);
    }
    expect(await rows(`SHOW TABLES LIKE 'zohokit_tokens'`)).toHaveLength(1);
    const stored = (await rows('SELECT user_name FROM zohokit_tokens')).map((row) => row['user_name']);
    expect(stored.sort()).toEqual([...users].sort());
  });

  it('reads a row the Node SDK wrote, and updates it without touching the columns it does not own', async () => {
    const table = freshTable();
    // The SDK's DDL as its README gives it, so the server default charset (latin1 here).
    await pool.query(`CREATE TABLE ${table} (id varchar(10) NOT NULL, user_name varchar(255),
      client_id varchar(255), client_secret varchar(255), refresh_token varchar(255), access_token varchar(255),
      grant_token varchar(255), expiry_time varchar(20), redirect_url varchar(255), api_domain varchar(255),
      primary key (id))`);
    await pool.query(`INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      'aB3dE5gH7j', 'zoë@example.com', '1000.SDKCLIENT', 'sdk-client-secret', '1000.sdk.refresh',
      '1000.sdk.access', '1000.sdk.grant', '1900000000000', 'https://example.com/callback', 'https://www.zohoapis.com',
    ]);
    const sdk = new MySQLTokenStore({ pool, table, layout: 'node-sdk', environment: 'sandbox' });
    const sdkKey = { user: 'zoë@example.com', clientId: '1000.SDKCLIENT', environment: 'sandbox' };

    expect(await sdk.get(sdkKey)).toEqual({
      ...sdkKey,
      refreshToken: '1000.sdk.refresh',
      accessToken: '1000.sdk.access',
      expiresAt: 1_900_000_000_000,
      apiDomain: 'https://www.zohoapis.com',
    });
    expect(await sdk.get({ ...sdkKey, user: 'zoe@example.com' })).toBeUndefined();
    expect(await sdk.list()).toEqual([await sdk.get(sdkKey)]);

    await sdk.set({ ...sdkKey, refreshToken: '1000.sdk.refresh', accessToken: '1000.new.access', expiresAt: 1_900_000_360_000, apiDomain: 'https://www.zohoapis.com' });
    await sdk.set({ ...key, refreshToken: '1000.new.user' });
    const all = await rows(`SELECT * FROM ${table} ORDER BY user_name`);
    expect(all).toHaveLength(2);
    expect(all.find((row) => row['id'] === 'aB3dE5gH7j')).toEqual({
      id: 'aB3dE5gH7j',
      user_name: 'zoë@example.com',
      client_id: '1000.SDKCLIENT',
      client_secret: 'sdk-client-secret',
      refresh_token: '1000.sdk.refresh',
      access_token: '1000.new.access',
      grant_token: '1000.sdk.grant',
      expiry_time: '1900000360000',
      redirect_url: 'https://example.com/callback',
      api_domain: 'https://www.zohoapis.com',
    });
    const added = all.find((row) => row['user_name'] === key.user);
    expect(added?.['id']).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(added?.['refresh_token']).toBe('1000.new.user');
  });

  it('reads a row the legacy Python SDK wrote, and updates it in place', async () => {
    const table = freshTable();
    await pool.query(`CREATE TABLE ${table} (useridentifier varchar(100) NOT NULL,
      accesstoken varchar(100) NOT NULL, refreshtoken varchar(100) NOT NULL, expirytime bigint NOT NULL)`);
    await pool.query(`INSERT INTO ${table} VALUES (?, ?, ?, ?)`, [
      'py.user@example.com', '1000.py.access', '1000.py.refresh', 1_900_000_000_000,
    ]);
    const python = new MySQLTokenStore({ pool, table, layout: 'python-sdk', clientId: '1000.PY' });
    const pyKey = { user: 'py.user@example.com', clientId: 'any client', environment: 'production' };

    expect(await python.get(pyKey)).toEqual({
      ...pyKey,
      refreshToken: '1000.py.refresh',
      accessToken: '1000.py.access',
      expiresAt: 1_900_000_000_000,
    });
    expect(await python.list()).toEqual([{ ...(await python.get(pyKey)), clientId: '1000.PY' }]);

    await python.set({ ...pyKey, refreshToken: '1000.py.refresh', accessToken: '1000.py.next', expiresAt: 1_900_000_360_000 });
    await python.set({ ...key, refreshToken: '1000.py.new-user' }); // no access token yet
    expect(await rows(`SELECT * FROM ${table} ORDER BY useridentifier`)).toEqual([
      { useridentifier: key.user, accesstoken: '', refreshtoken: '1000.py.new-user', expirytime: 0 },
      { useridentifier: pyKey.user, accesstoken: '1000.py.next', refreshtoken: '1000.py.refresh', expirytime: 1_900_000_360_000 },
    ]);
    expect(await python.get(key)).toEqual({ ...key, refreshToken: '1000.py.new-user' });
  });

  it('lists a migrated Python SDK table\'s users in zoho.users() with no clientId option, and refuses an empty user id', async () => {
    const table = freshTable();
    await pool.query(`CREATE TABLE ${table} (useridentifier varchar(100) NOT NULL,
      accesstoken varchar(100) NOT NULL, refreshtoken varchar(100) NOT NULL, expirytime bigint NOT NULL)`);
    await pool.query(`INSERT INTO ${table} VALUES (?, ?, ?, ?)`, ['py.user@example.com', '', '1000.py.refresh', 0]);
    const python = new MySQLTokenStore({ pool, table, layout: 'python-sdk' });
    expect((await python.list()).map((token) => token.clientId)).toEqual([ANY_CLIENT]);
    const zoho = createZoho({ credentials: { clientId: '1000.MYCLIENT', clientSecret: 'x' }, dataCenter: 'eu', store: python });
    expect(await zoho.users()).toEqual(['py.user@example.com']);

    const error = await python.set({ user: '', clientId: '1000.MYCLIENT', environment: 'production', refreshToken: '1000.secret' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toContain('"user" is empty');
    expect((error as Error).message).not.toContain('1000.secret');
    expect(await rows(`SELECT useridentifier FROM ${table}`)).toEqual([{ useridentifier: 'py.user@example.com' }]);
  });

  it('creates an SDK table with the SDK columns when it is missing', async () => {
    const table = freshTable();
    await new MySQLTokenStore({ pool, table, layout: 'node-sdk' }).list();
    const columns = (await rows(`SHOW COLUMNS FROM ${table}`)).map((row) => row['Field']);
    expect(columns).toEqual([
      'id', 'user_name', 'client_id', 'client_secret', 'refresh_token', 'access_token',
      'grant_token', 'expiry_time', 'redirect_url', 'api_domain',
    ]);
  });

  it('serialises withLock() across two stores with separate pools, as two processes would', async () => {
    const table = freshTable();
    const [a, b] = [0, 1].map(() => new MySQLTokenStore({ uri: server.uri, table }));
    const events: string[] = [];
    const section = (store: MySQLTokenStore, name: string) =>
      store.withLock(key, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 150));
        events.push(`${name} out`);
      });
    try {
      await Promise.all([section(a!, 'a'), section(b!, 'b')]);
      expect([events[0]?.slice(0, 1), events[1]?.slice(0, 1), events[2]?.slice(0, 1)]).toEqual(
        events[0] === 'a in' ? ['a', 'a', 'b'] : ['b', 'b', 'a'],
      );
      expect(events[1]).toMatch(/out$/);
    } finally {
      await a!.close();
      await b!.close();
    }
  });

  it('gives up on a held lock after lockTimeoutSeconds with a ZohoStoreError', async () => {
    const table = freshTable();
    const holder = new MySQLTokenStore({ uri: server.uri, table });
    const waiter = new MySQLTokenStore({ uri: server.uri, table, lockTimeoutSeconds: 0.3 });
    let release!: () => void;
    let entered!: () => void;
    const held = new Promise<void>((resolve) => (entered = resolve));
    const holding = holder.withLock(key, () => {
      entered();
      return new Promise<void>((resolve) => (release = resolve));
    });
    try {
      await held;
      await expect(waiter.withLock(key, async () => 'never')).rejects.toBeInstanceOf(ZohoStoreError);
    } finally {
      release();
      await holding;
      await holder.close();
      await waiter.close();
    }
  });

  it('creates its table once per instance', async () => {
    const created = async () =>
      Number((await rows(`SHOW GLOBAL STATUS LIKE 'Com_create_table'`))[0]?.['Value']);
    const before = await created();
    const tokens = store();
    await tokens.set({ ...key, refreshToken: '1000.r' });
    await tokens.get(key);
    await tokens.list();
    await tokens.delete(key);
    expect((await created()) - before).toBe(1);
  });

  it('reports failures as ZohoStoreError without quoting the token', async () => {
    const sdk = store({ layout: 'node-sdk' }); // user_name is varchar(255)
    const error: unknown = await sdk
      .set({ ...key, user: 'x'.repeat(300), refreshToken: '1000.SECRET-REFRESH' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZohoStoreError);
    expect((error as Error).message).toMatch(/Data too long/);
    expect(`${(error as Error).message} ${JSON.stringify(error)} ${JSON.stringify((error as Error).cause)}`).not.toContain(
      'SECRET',
    );
  });

  it('rejects a table name that is not a plain identifier', () => {
    expect(() => new MySQLTokenStore({ pool, table: 'tokens; DROP TABLE x' })).toThrow(ZohoConfigError);
    expect(() => new MySQLTokenStore({ pool, table: 'a`b' })).toThrow(ZohoConfigError);
  });

  it('ends the pool it created on close(), and leaves a pool it was given open', async () => {
    const own = new MySQLTokenStore({ uri: server.uri, table: freshTable() });
    await own.list();
    await own.close();
    await expect(own.list()).rejects.toBeInstanceOf(ZohoStoreError);
    const shared = store();
    await shared.close();
    await expect(shared.list()).resolves.toEqual([]);
  });
});
