/**
 * The TokenStore contract as a test suite, for zohokit's stores and for yours. It takes
 * the test runner's functions, so zohokit/testing loads no runner itself (vitest and jest
 * both fit):
 *
 *   import * as vitest from 'vitest';
 *   import { describeTokenStoreConformance } from 'zohokit/testing';
 *   describeTokenStoreConformance(vitest, 'RedisTokenStore', () => new RedisTokenStore(freshPrefix()));
 *
 * `makeStore` is called before every test and must return an empty store; the suite
 * calls its close() after the test. Stores whose storage cannot tell some keys apart
 * (Zoho SDK tables without an environment column) say so in the options, and the suite
 * then checks that those keys share one token instead.
 */
import type { StoredToken, TokenKey, TokenStore } from '../../persistence/token-store.js';
import { ZohoConfigError, ZohoStoreError } from '../errors.js';

export interface TokenStoreConformanceOptions {
  /**
   * Key parts the store keeps apart (default: both). `false` declares that keys differing
   * only in that part address one shared token, and the suite checks exactly that.
   */
  readonly distinguishes?: { readonly clientId?: boolean; readonly environment?: boolean };
  /** Optional StoredToken fields the store persists (default: all of them). */
  readonly persists?: {
    readonly apiDomain?: boolean;
    readonly dataCenter?: boolean;
    readonly scopes?: boolean;
  };
  /** The longest user id the store must hold (default 300). */
  readonly maxUserLength?: number;
  /** Per-test timeout in ms (default 10 000). */
  readonly timeoutMs?: number;
  /**
   * Whether the store offers withLock (default: true). A store that declares it and lacks
   * it fails; `false` leaves the lock tests out.
   */
  readonly withLock?: boolean;
}

/** The few matchers the suite uses; vitest's and jest's `expect` both have them. */
export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toHaveLength(length: number): void;
  resolves: AsyncMatchers;
  rejects: AsyncMatchers;
}

export interface AsyncMatchers {
  toBe(expected: unknown): Promise<void>;
  toBeUndefined(): Promise<void>;
}

/** The runner functions the suite needs: pass `vitest` (or jest's globals). */
export interface ConformanceRunner {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>, timeout?: number): void;
  beforeEach(fn: () => Promise<void> | void): void;
  afterEach(fn: () => Promise<void> | void): void;
  /** The message argument is vitest's; runners without it ignore it. */
  expect(actual: unknown, message?: string): Matchers;
}

/** Makes the store under test: a fresh one (or a fresh view of a shared one) per test. */
export type MakeStore = () => Promise<TokenStore> | TokenStore;

export function describeTokenStoreConformance(
  runner: ConformanceRunner,
  name: string,
  makeStore: MakeStore,
  options: TokenStoreConformanceOptions = {},
): void {
  const distinguishesClientId = options.distinguishes?.clientId ?? true;
  const distinguishesEnvironment = options.distinguishes?.environment ?? true;
  const maxUserLength = options.maxUserLength ?? 300;
  const timeout = options.timeoutMs ?? 10_000;
  const { describe, beforeEach, afterEach, expect } = runner;
  const it = (title: string, fn: () => Promise<void>): void => runner.it(title, fn, timeout);

  /** What a store that persists only some fields gives back for `token`. */
  const expected = (token: StoredToken): StoredToken => {
    const { apiDomain, dataCenter, scopes, ...rest } = token;
    return {
      ...rest,
      ...(options.persists?.apiDomain !== false && apiDomain !== undefined && { apiDomain }),
      ...(options.persists?.dataCenter !== false && dataCenter !== undefined && { dataCenter }),
      ...(options.persists?.scopes !== false && scopes !== undefined && { scopes }),
    };
  };
  /** The parts of a key the store keeps: how list() entries are matched. */
  const identity = (tokenKey: TokenKey): string =>
    JSON.stringify([
      tokenKey.user,
      distinguishesClientId ? tokenKey.clientId : '*',
      distinguishesEnvironment ? tokenKey.environment : '*',
    ]);

  describe(`TokenStore conformance: ${name}`, () => {
    let store: TokenStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close?.();
    });

    it('returns undefined for a key it has never seen', async () => {
      expect(await store.get(key('nobody@example.com'))).toBeUndefined();
    });

    it('gives back every field it was given', async () => {
      const token = fullToken('alice@example.com');
      await store.set(token);
      expect(await store.get(key('alice@example.com'))).toEqual(expected(token));
    });

    it('keeps optional fields absent (not null, not empty) when they were not given', async () => {
      await store.set({ ...key('bob@example.com'), refreshToken: '1000.bob-refresh' });
      const got = await store.get(key('bob@example.com'));
      expect(got).toEqual({ ...key('bob@example.com'), refreshToken: '1000.bob-refresh' });
      for (const field of ['accessToken', 'expiresAt', 'apiDomain', 'dataCenter', 'scopes'] as const) {
        expect(got?.[field], field).toBeUndefined();
      }
    });

    it('answers get() with the key it was asked for', async () => {
      await store.set(fullToken('carol@example.com'));
      const got = await store.get(key('carol@example.com'));
      expect([got?.user, got?.clientId, got?.environment]).toEqual(['carol@example.com', CLIENT, 'production']);
    });

    it(
      distinguishesClientId
        ? 'keeps keys that differ only in clientId apart'
        : 'shares one token between keys that differ only in clientId, as declared',
      async () => {
        await checkKeyPart({ clientId: '1000.OTHERCLIENT' }, distinguishesClientId);
      },
    );

    it(
      distinguishesEnvironment
        ? 'keeps keys that differ only in environment apart'
        : 'shares one token between keys that differ only in environment, as declared',
      async () => {
        await checkKeyPart({ environment: 'sandbox' }, distinguishesEnvironment);
      },
    );

    async function checkKeyPart(change: Partial<TokenKey>, distinct: boolean): Promise<void> {
      const first = { ...key('dave@example.com'), refreshToken: '1000.first' };
      const second = { ...first, ...change, refreshToken: '1000.second' };
      await store.set(first);
      if (distinct) expect(await store.get(second)).toBeUndefined();
      await store.set(second);
      expect((await store.get(first))?.refreshToken).toBe(distinct ? '1000.first' : '1000.second');
      expect((await store.get(second))?.refreshToken).toBe('1000.second');
      await store.delete(second);
      expect((await store.get(first))?.refreshToken).toBe(distinct ? '1000.first' : undefined);
    }

    it('overwrites the token of an existing key, dropping fields the new one lacks', async () => {
      await store.set(fullToken('erin@example.com'));
      await store.set({ ...key('erin@example.com'), refreshToken: '1000.erin-new' });
      expect(await store.get(key('erin@example.com'))).toEqual({
        ...key('erin@example.com'),
        refreshToken: '1000.erin-new',
      });
      expect((await store.list()).filter((token) => token.user === 'erin@example.com')).toHaveLength(1);
    });

    it('deletes one key and leaves the others', async () => {
      await store.set(fullToken('frank@example.com'));
      await store.set(fullToken('grace@example.com'));
      await store.delete(key('frank@example.com'));
      expect(await store.get(key('frank@example.com'))).toBeUndefined();
      expect(await store.get(key('grace@example.com'))).toEqual(expected(fullToken('grace@example.com')));
    });

    it('deletes a key it does not hold without complaint', async () => {
      await expect(store.delete(key('nobody@example.com'))).resolves.toBeUndefined();
    });

    it('lists every token it holds', async () => {
      expect(await store.list()).toEqual([]);
      const tokens = ['heidi', 'ivan', 'judy'].map((user) => fullToken(`${user}@example.com`));
      for (const token of tokens) await store.set(token);
      const listed = await store.list();
      expect(listed).toHaveLength(tokens.length);
      for (const token of tokens) {
        const found = listed.find((other) => identity(other) === identity(token));
        expect(found, token.user).toBeDefined();
        expect(found?.refreshToken).toBe(token.refreshToken);
        expect(found?.accessToken).toBe(token.accessToken);
        expect(found?.expiresAt).toBe(token.expiresAt);
      }
    });

    it('stores hostile user ids literally', async () => {
      const users = hostileUsers(maxUserLength);
      for (const [index, user] of users.entries()) {
        await store.set({ ...key(user), refreshToken: `1000.hostile-${index}` });
      }
      for (const [index, user] of users.entries()) {
        const got = await store.get(key(user));
        expect(got?.refreshToken, JSON.stringify(user)).toBe(`1000.hostile-${index}`);
        expect(got?.user).toBe(user);
      }
      expect((await store.list()).map((token) => token.user).sort()).toEqual([...users].sort());
    });

    it('keeps user ids that differ only in case, accents or trailing spaces apart', async () => {
      const users = ['zoe@example.com', 'Zoe@example.com', 'zoë@example.com', 'zoe@example.com '];
      for (const [index, user] of users.entries()) {
        await store.set({ ...key(user), refreshToken: `1000.zoe-${index}` });
      }
      for (const [index, user] of users.entries()) {
        expect((await store.get(key(user)))?.refreshToken, JSON.stringify(user)).toBe(`1000.zoe-${index}`);
      }
    });

    it('lands every one of 50 concurrent set() calls for different keys', async () => {
      const tokens = Array.from({ length: 50 }, (_, index) => fullToken(`user${index}@example.com`));
      await Promise.all(tokens.map((token) => store.set(token)));
      const listed = await store.list();
      expect(listed).toHaveLength(50);
      for (const token of tokens) expect((await store.get(token))?.refreshToken).toBe(token.refreshToken);
    });

    it('refuses a token missing its user, client id, environment or refresh token, naming the field and not the secret', async () => {
      const complete = fullToken('kim@example.com');
      const broken: [string, StoredToken][] = [
        ['user', { ...complete, user: '' }],
        ['user', { ...complete, user: undefined as unknown as string }],
        ['clientId', { ...complete, clientId: undefined as unknown as string }],
        ['environment', { ...complete, environment: undefined as unknown as string }],
        ['refreshToken', { ...complete, refreshToken: '' }],
      ];
      for (const [field, token] of broken) {
        const error: unknown = await store.set(token).then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        const message = error instanceof Error ? error.message : String(error);
        expect(error instanceof ZohoStoreError || error instanceof ZohoConfigError, `${field}: ${message}`).toBe(true);
        expect(message.includes(`"${field}"`), message).toBe(true);
        expect([complete.refreshToken, complete.accessToken].some((secret) => secret !== undefined && message.includes(secret)), message).toBe(false);
      }
      expect(await store.list()).toEqual([]);
    });

    if (options.withLock !== false) describe('withLock', () => {
      const lockOf = (current: TokenStore) => {
        if (!current.withLock) throw new Error(`${name} has no withLock(); pass { withLock: false } if that is intended`);
        return current.withLock.bind(current);
      };

      it('returns what fn returns', async () => {
        const withLock = lockOf(store);
        expect(await withLock(key('kim@example.com'), async () => 42)).toBe(42);
      });

      it('runs two critical sections for the same key one after the other', async () => {
        const withLock = lockOf(store);
        const events: string[] = [];
        const section = (name: string) =>
          withLock(key('kim@example.com'), async () => {
            events.push(`${name} in`);
            await delay(100);
            events.push(`${name} out`);
          });
        await Promise.all([section('a'), section('b')]);
        expect([events.slice(0, 2), events.slice(2)]).toEqual(
          events[0] === 'a in'
            ? [['a in', 'a out'], ['b in', 'b out']]
            : [['b in', 'b out'], ['a in', 'a out']],
        );
      });

      it('lets a different key proceed while one key is held', async () => {
        const withLock = lockOf(store);
        let releaseFirst!: () => void;
        const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
        let entered!: () => void;
        const firstEntered = new Promise<void>((resolve) => (entered = resolve));
        const first = withLock(key('kim@example.com'), async () => {
          entered();
          await firstHeld;
        });
        await firstEntered;
        const second = withLock(key('lee@example.com'), async () => 'done');
        const outcome = await Promise.race([second, delay(3_000).then(() => 'blocked')]);
        releaseFirst();
        await first;
        expect(outcome).toBe('done');
      });

      it('releases the lock when fn throws, and passes the error on', async () => {
        const withLock = lockOf(store);
        const failure = new Error('refresh failed');
        await expect(
          withLock(key('kim@example.com'), async () => {
            throw failure;
          }),
        ).rejects.toBe(failure);
        const again = withLock(key('kim@example.com'), async () => 'again');
        expect(await Promise.race([again, delay(3_000).then(() => 'still locked')])).toBe('again');
      });

      it('allows get() and set() of the same key inside fn', async () => {
        const withLock = lockOf(store);
        const token = fullToken('kim@example.com');
        const got = await withLock(token, async () => {
          await store.set(token);
          return store.get(token);
        });
        expect(got?.refreshToken).toBe(token.refreshToken);
      });
    });
  });
}

const CLIENT = '1000.CONFORMANCECLIENT';

function key(user: string): TokenKey {
  return { user, clientId: CLIENT, environment: 'production' };
}

function fullToken(user: string): StoredToken {
  const tag = user.replace(/[^a-z0-9]/gi, '');
  return {
    ...key(user),
    refreshToken: `1000.${tag}.refresh`,
    accessToken: `1000.${tag}.access`,
    expiresAt: 1_900_000_000_123,
    apiDomain: 'https://www.zohoapis.eu',
    dataCenter: 'eu',
    scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ'],
  };
}

/** User ids that break stores which build SQL, paths or keys by string concatenation. */
function hostileUsers(maxLength: number): string[] {
  return [
    "o'brien@example.com",
    '"double" "quotes"',
    "'; DROP TABLE zohokit_tokens; --",
    "' OR '1'='1",
    'back\\slash\\\\ and \\n not a newline',
    'percent % and _ underscore',
    '`backtick`',
    '../../etc/passwd',
    'line\nbreak\ttab',
    'Zoë Ñandú 用户 😀',
    '["json","array"]',
    'x'.repeat(maxLength),
  ];
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
