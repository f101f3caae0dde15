import type { SeededRandom } from '../random.js';

export interface OAuthClientRecord {
  clientId: string;
  clientSecret: string;
}

export interface GrantCodeRecord {
  code: string;
  clientId: string;
  user: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

export interface RefreshTokenRecord {
  token: string;
  clientId: string;
  user: string;
  scopes: string[];
  createdAt: number;
  revoked: boolean;
  /** When each access token was minted from it, for the 10-per-10-minutes limit. */
  mints: number[];
}

export interface AccessTokenRecord {
  token: string;
  refreshToken: string;
  clientId: string;
  user: string;
  scopes: string[];
  expiresAt: number;
  revoked: boolean;
}

// Zoho's documented OAuth limits.
const GRANT_CODE_TTL_MS = 3 * 60_000;
const MINT_WINDOW_MS = 10 * 60_000;
const MINTS_PER_WINDOW = 10;
const REFRESH_TOKENS_PER_USER = 20;

/** Accounts' memory: clients, grant codes, refresh tokens and access tokens. */
export class OAuthState {
  readonly clients = new Map<string, OAuthClientRecord>();
  readonly codes = new Map<string, GrantCodeRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly accessTokens = new Map<string, AccessTokenRecord>();

  constructor(
    private readonly random: SeededRandom,
    private readonly now: () => number,
    private readonly accessTokenTtlMs: number,
  ) {}

  createClient(): OAuthClientRecord {
    const client = { clientId: `1000.${this.random.hex(30).toUpperCase()}`, clientSecret: this.random.hex(42) };
    this.clients.set(client.clientId, client);
    return client;
  }

  createGrantCode(clientId: string, user: string, scopes: string[]): string {
    this.#requireClient(clientId);
    const code = `1000.${this.random.hex(32)}.${this.random.hex(32)}`;
    this.codes.set(code, { code, clientId, user, scopes, expiresAt: this.now() + GRANT_CODE_TTL_MS, used: false });
    return code;
  }

  /** Issues a refresh token; the 21st for a user and client pushes out the oldest, as Zoho does. */
  issueRefreshToken(clientId: string, user: string, scopes: string[]): RefreshTokenRecord {
    this.#requireClient(clientId);
    const live = [...this.refreshTokens.values()].filter((t) => t.clientId === clientId && t.user === user && !t.revoked);
    if (live.length >= REFRESH_TOKENS_PER_USER) this.revokeRefreshToken(live[0]!.token);
    const record: RefreshTokenRecord = {
      token: `1000.${this.random.hex(32)}.${this.random.hex(32)}`,
      clientId,
      user,
      scopes,
      createdAt: this.now(),
      revoked: false,
      mints: [],
    };
    this.refreshTokens.set(record.token, record);
    return record;
  }

  /** Mints an access token, or says why not. */
  mint(refresh: RefreshTokenRecord): AccessTokenRecord | 'throttled' {
    const now = this.now();
    refresh.mints = refresh.mints.filter((at) => at > now - MINT_WINDOW_MS);
    if (refresh.mints.length >= MINTS_PER_WINDOW) return 'throttled';
    refresh.mints.push(now);
    const record: AccessTokenRecord = {
      token: `1000.${this.random.hex(32)}.${this.random.hex(32)}`,
      refreshToken: refresh.token,
      clientId: refresh.clientId,
      user: refresh.user,
      scopes: refresh.scopes,
      expiresAt: now + this.accessTokenTtlMs,
      revoked: false,
    };
    this.accessTokens.set(record.token, record);
    return record;
  }

  /** The live access token record for a bearer value, or undefined. */
  validAccessToken(token: string): AccessTokenRecord | undefined {
    const record = this.accessTokens.get(token);
    return record && !record.revoked && record.expiresAt > this.now() ? record : undefined;
  }

  revokeRefreshToken(token: string): boolean {
    const record = this.refreshTokens.get(token);
    if (!record || record.revoked) return false;
    record.revoked = true;
    for (const access of this.accessTokens.values()) if (access.refreshToken === token) access.revoked = true;
    return true;
  }

  expireAccessTokens(user?: string): number {
    let count = 0;
    for (const access of this.accessTokens.values()) {
      if ((user === undefined || access.user === user) && access.expiresAt > this.now()) {
        access.expiresAt = this.now() - 1;
        count++;
      }
    }
    return count;
  }

  revokeUser(user?: string): number {
    let count = 0;
    for (const refresh of this.refreshTokens.values()) {
      if ((user === undefined || refresh.user === user) && this.revokeRefreshToken(refresh.token)) count++;
    }
    return count;
  }

  #requireClient(clientId: string): void {
    if (!this.clients.has(clientId)) throw new Error(`simulator: unknown client ${clientId}; create it with sim.createClient()`);
  }
}
