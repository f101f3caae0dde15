/**
 * The contract every token store fulfils. zohokit keeps one refresh token per
 * (user, clientId, environment); the access token and its expiry are cached
 * alongside it so a restarted process does not have to refresh at once.
 */
import { ZohoStoreError } from '../src/errors.js';

/** Identifies one stored grant. */
export interface TokenKey {
  /** Your name for the Zoho user: an email, an id, anything stable. */
  readonly user: string;
  /** The OAuth client the refresh token was issued to. */
  readonly clientId: string;
  /** `production`, `sandbox` or `developer`: a token belongs to one environment. */
  readonly environment: string;
}

/** A stored grant: the refresh token and the last access token minted from it. */
export interface StoredToken extends TokenKey {
  readonly refreshToken: string;
  readonly accessToken?: string | undefined;
  /** Epoch milliseconds at which `accessToken` stops working. */
  readonly expiresAt?: number | undefined;
  /** The `api_domain` Zoho returned with the token; it wins over the configured host. */
  readonly apiDomain?: string | undefined;
  /** Data-centre id (`us`, `eu`, ...) or a custom DC's name. */
  readonly dataCenter?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
}

/**
 * Any object with these methods can hold zohokit's tokens.
 * `withLock` is optional: stores that can lock across processes (MySQL) offer it,
 * so that several processes sharing a refresh token refresh it once.
 */
export interface TokenStore {
  get(key: TokenKey): Promise<StoredToken | undefined>;
  set(token: StoredToken): Promise<void>;
  delete(key: TokenKey): Promise<void>;
  list(): Promise<StoredToken[]>;
  withLock?<T>(key: TokenKey, fn: () => Promise<T>): Promise<T>;
  /** Release pools, file handles... Optional. */
  close?(): Promise<void>;
}

/**
 * The client id list() reports for a token whose storage has no client id column (the
 * Python SDK's `oauthtokens` table): such a token answers for every client.
 */
export const ANY_CLIENT = '';

/**
 * Turns a key into one stable string, for stores that index by one string (a key-value
 * service, a Map). JSON keeps the parts apart, so no user name can pass for another key.
 *
 * @example
 * const byKey = new Map<string, StoredToken>();
 * byKey.set(tokenKeyId(token), token);
 * const ana = byKey.get(tokenKeyId({ user: 'ana@example.com', clientId: '1000.XXXX', environment: 'production' }));
 */
export function tokenKeyId(key: TokenKey): string {
  return JSON.stringify([key.user, key.clientId, key.environment]);
}

/**
 * Tells whether two keys name the same grant (user, client id and environment).
 *
 * @example
 * const key = { user: 'ana@example.com', clientId: '1000.XXXX', environment: 'production' };
 * const ana = (await store.list()).find((token) => sameTokenKey(token, key));
 */
export function sameTokenKey(a: TokenKey, b: TokenKey): boolean {
  return a.user === b.user && a.clientId === b.clientId && a.environment === b.environment;
}

/** The fields without which a stored token cannot be found again or refreshed. */
const REQUIRED = ['user', 'clientId', 'environment', 'refreshToken'] as const;

/**
 * Refuses a token that lacks a key part or its refresh token, before any store writes it.
 * Such a token would be saved and then never found ("no token stored" on every call), so
 * it is an error at set() time. The message names the field, never a value: the token is a
 * secret. Every zohokit store calls this; custom stores may too.
 *
 * @throws ZohoStoreError with code `INCOMPLETE_TOKEN`.
 * @example
 * // In your own TokenStore's set(), before anything is written:
 * assertCompleteToken(token);
 * await kv.put(`zohokit:${tokenKeyId(token)}`, JSON.stringify(token));
 */
export function assertCompleteToken(token: StoredToken): void {
  const candidate: Partial<Record<(typeof REQUIRED)[number], unknown>> = typeof token === 'object' && token !== null ? token : {};
  for (const field of REQUIRED) {
    const value = candidate[field];
    if (typeof value !== 'string' || value.trim() === '') {
      const problem = value === undefined ? 'is missing' : typeof value === 'string' ? 'is empty' : 'is not a string';
      throw new ZohoStoreError(`token store: cannot save a token whose "${field}" ${problem}`, { code: 'INCOMPLETE_TOKEN' });
    }
  }
}
