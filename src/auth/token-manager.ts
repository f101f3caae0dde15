import type { StoredToken, TokenKey, TokenStore } from '../../persistence/token-store.js';
import { ZohoAuthError, ZohoError, ZohoStoreError } from '../errors.js';
import type { RedactingLogger } from '../http/logger.js';
import type { Redactor } from '../http/redact.js';
import type { OAuthClient, TokenGrant } from './oauth.js';

/** An access token ready to sign requests. */
export interface AccessToken {
  readonly accessToken: string;
  readonly expiresAt: number;
  /** Where Zoho says this user's org lives; wins over the configured API host. */
  readonly apiDomain: string | undefined;
}

export interface TokenManagerOptions {
  store: TokenStore;
  oauth: OAuthClient;
  clientId: string;
  environment: string;
  dataCenter: string;
  /** Refresh this long before expiry, so a token never dies mid-request. */
  refreshSkewMs: number;
  now: () => number;
  logger: RedactingLogger;
  redactor: Redactor;
}

/**
 * Hands out access tokens per user. Tokens are cached in memory and in the store; refresh
 * is single-flight per user in this process, and across processes when the store can lock
 * (the second process finds the first one's fresh token in the store and uses it).
 * Zoho mints at most 10 access tokens per refresh token per 10 minutes, so every avoided
 * refresh matters.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  readonly #cache = new Map<string, AccessToken>();
  readonly #inflight = new Map<string, Promise<AccessToken>>();
  /** The last token a product refused, per user: never hand it out again. */
  readonly #rejected = new Map<string, string>();
  /** Until when Accounts throttles this user's refreshes; asking earlier prolongs it. */
  readonly #throttledUntil = new Map<string, number>();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
  }

  key(user: string): TokenKey {
    return { user, clientId: this.#options.clientId, environment: this.#options.environment };
  }

  /** The cached access token of `user` when it is still usable; never refreshes. */
  cachedAccessToken(user: string): AccessToken | undefined {
    const cached = this.#cache.get(user);
    return cached && this.#usable(user, cached) ? cached : undefined;
  }

  /** A valid access token for `user`, refreshing it (once, for all callers) when needed. */
  async accessToken(user: string): Promise<AccessToken> {
    const cached = this.cachedAccessToken(user);
    if (cached) return cached;
    let pending = this.#inflight.get(user);
    if (!pending) {
      pending = this.#refresh(user).finally(() => this.#inflight.delete(user));
      this.#inflight.set(user, pending);
    }
    return pending;
  }

  /** A product refused `accessToken`: forget it so the next call refreshes. */
  rejected(user: string, accessToken: string): void {
    this.#rejected.set(user, accessToken);
    if (this.#cache.get(user)?.accessToken === accessToken) this.#cache.delete(user);
  }

  /** Stores a newly authorised user's grant. */
  async authorize(code: string, user: string): Promise<StoredToken> {
    const grant = await this.#options.oauth.exchangeCode(code, user);
    return this.#save(user, grant);
  }

  /**
   * Stores a refresh token obtained elsewhere (another SDK, the API console, an env var),
   * after checking it with one refresh: a token Accounts refuses is never stored, and the
   * refresh answer supplies the access token, its expiry, the api_domain and the scopes.
   */
  async adopt(refreshToken: string, user: string): Promise<StoredToken> {
    this.#options.redactor.add(refreshToken);
    const grant = await this.#options.oauth.refresh(refreshToken, user);
    return this.#save(user, { ...grant, refreshToken });
  }

  async #save(user: string, grant: TokenGrant & { refreshToken: string }): Promise<StoredToken> {
    const token: StoredToken & Usable = {
      ...this.key(user),
      refreshToken: grant.refreshToken,
      accessToken: grant.accessToken,
      expiresAt: grant.expiresAt,
      apiDomain: grant.apiDomain,
      dataCenter: this.#options.dataCenter,
      scopes: grant.scopes,
    };
    this.#remember(user, token);
    try {
      await this.#options.store.set(token);
    } catch (error) {
      // The code is spent: without this token the user must consent again. Hand it back.
      throw withUnsaved(this.#storeError(`could not save the new grant for user "${user}"`, error), token);
    }
    this.#rejected.delete(user);
    this.#throttledUntil.delete(user);
    return token;
  }

  /** Revokes the user's refresh token at Zoho and deletes it from the store. */
  async revoke(user: string): Promise<void> {
    const key = this.key(user);
    const stored = await this.#read(key);
    // Nothing about a revoked user stays in memory: a server with many users must stay flat.
    this.#cache.delete(user);
    this.#rejected.delete(user);
    this.#throttledUntil.delete(user);
    if (!stored) return;
    try {
      await this.#options.oauth.revoke(stored.refreshToken, user);
    } catch (error) {
      // Accounts refusing a token it no longer knows is the outcome we wanted anyway.
      if (!(error instanceof ZohoAuthError && error.reason === 'grant-failed')) throw error;
    }
    try {
      await this.#options.store.delete(key);
    } catch (error) {
      throw this.#storeError(`revoked at Zoho but could not delete the token of user "${user}"`, error);
    }
  }

  #usable<T extends Pick<StoredToken, 'accessToken' | 'expiresAt'>>(user: string, token: T): token is T & Usable {
    return (
      token.accessToken !== undefined &&
      token.expiresAt !== undefined &&
      token.expiresAt - this.#options.refreshSkewMs > this.#options.now() &&
      token.accessToken !== this.#rejected.get(user)
    );
  }

  async #refresh(user: string): Promise<AccessToken> {
    const key = this.key(user);
    const { store } = this.#options;
    const run = () => this.#refreshLocked(user, key);
    if (!store.withLock) return run();
    try {
      return await store.withLock(key, run);
    } catch (error) {
      throw error instanceof ZohoError ? error : this.#storeError(`could not lock the token of user "${user}"`, error);
    }
  }

  async #refreshLocked(user: string, key: TokenKey): Promise<AccessToken> {
    const stored = await this.#read(key);
    if (!stored) {
      throw new ZohoAuthError(`no token stored for user "${user}" (client ${key.clientId}, ${key.environment}); call zoho.authorize() first`, {
        reason: 'no-token',
        user,
      });
    }
    // Another process (or an earlier run) may have refreshed while we waited for the lock.
    if (this.#usable(user, stored)) return this.#remember(user, stored);

    const blockedUntil = this.#throttledUntil.get(user) ?? 0;
    if (blockedUntil > this.#options.now()) {
      throw new ZohoAuthError(`accounts: refreshes for user "${user}" are throttled by Zoho; retry in ${Math.ceil((blockedUntil - this.#options.now()) / 1000)} s`, {
        product: 'accounts',
        reason: 'throttled',
        recoverable: true,
        retryAfterMs: blockedUntil - this.#options.now(),
        user,
      });
    }

    let grant;
    try {
      grant = await this.#options.oauth.refresh(stored.refreshToken, user);
    } catch (error) {
      if (error instanceof ZohoAuthError && error.reason === 'throttled') {
        this.#throttledUntil.set(user, this.#options.now() + (error.retryAfterMs ?? 60_000));
      }
      throw error;
    }
    this.#options.logger.log('info', `refreshed the access token of user "${user}"`, { user });
    const updated: StoredToken & Usable = {
      ...stored,
      accessToken: grant.accessToken,
      expiresAt: grant.expiresAt,
      apiDomain: grant.apiDomain ?? stored.apiDomain,
      scopes: grant.scopes ?? stored.scopes,
    };
    const token = this.#remember(user, updated);
    try {
      await this.#options.store.set(updated);
    } catch (error) {
      // The refresh token is unchanged, so nothing is lost: this process keeps the access
      // token in memory. Say so loudly; other processes will refresh on their own.
      this.#options.logger.log('error', this.#storeError(`could not save the refreshed token of user "${user}"`, error).message, { user });
    }
    return token;
  }

  #remember(user: string, stored: StoredToken & Usable): AccessToken {
    const { redactor } = this.#options;
    redactor.add(stored.refreshToken);
    redactor.add(stored.accessToken);
    const token: AccessToken = {
      accessToken: stored.accessToken,
      expiresAt: stored.expiresAt,
      apiDomain: stored.apiDomain,
    };
    this.#cache.set(user, token);
    return token;
  }

  async #read(key: TokenKey): Promise<StoredToken | undefined> {
    try {
      const stored = await this.#options.store.get(key);
      if (stored) {
        this.#options.redactor.add(stored.refreshToken);
        this.#options.redactor.add(stored.accessToken);
      }
      return stored;
    } catch (error) {
      throw this.#storeError(`could not read the token of user "${key.user}"`, error);
    }
  }

  #storeError(message: string, cause: unknown): ZohoStoreError {
    if (cause instanceof ZohoStoreError) return cause;
    const detail = cause instanceof Error ? this.#options.redactor.redact(cause.message) : String(cause);
    return new ZohoStoreError(`token store: ${message}: ${detail}`, { cause });
  }
}

/** A stored token that carries an access token and its expiry (one just granted, refreshed or found usable). */
type Usable = { accessToken: string; expiresAt: number };

/** Attaches the grant that could not be saved, hidden from enumeration so it is not logged. */
function withUnsaved(error: ZohoStoreError, token: StoredToken): ZohoStoreError {
  Object.defineProperty(error, 'unsavedToken', { value: token, enumerable: false });
  return error;
}
