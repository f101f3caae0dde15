import createClient from 'openapi-fetch';
import { ZohoRequest } from '../http/zoho-request.js';
import type { paths } from '../../generated/accounts.js';
import { ZohoAuthError, ZohoResponseError } from '../errors.js';
import { requestContext, type Handler } from '../http/handler.js';

/** What Accounts hands back from either grant, in our units (epoch ms, scope list). */
export interface TokenGrant {
  accessToken: string;
  /** Only the authorization-code grant returns one. */
  refreshToken: string | undefined;
  expiresAt: number;
  apiDomain: string | undefined;
  scopes: string[] | undefined;
}

export interface OAuthClientOptions {
  accountsUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string | undefined;
  /** The accounts pipeline (errors normalised, logged, timed out); see transport.ts. */
  handler: Handler;
  now: () => number;
}

// Accounts answers successes with this shape; anything else is a malformed answer, not a crash.
interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  api_domain?: string;
  expires_in: number;
  scope?: string;
}

// Checked by hand, not with zod: five fields do not justify loading a schema library on the
// refresh path (zod's import alone costs more than the rest of zohokit's, see bench:import).
const TOKEN_FIELDS: Record<keyof TokenResponse, { required: boolean; valid: (value: unknown) => boolean }> = {
  access_token: { required: true, valid: (value) => typeof value === 'string' && value.length > 0 },
  refresh_token: { required: false, valid: (value) => typeof value === 'string' && value.length > 0 },
  api_domain: { required: false, valid: (value) => typeof value === 'string' && URL.canParse(value) },
  expires_in: { required: true, valid: (value) => typeof value === 'number' && value > 0 },
  scope: { required: false, valid: (value) => typeof value === 'string' },
};

/** The fields that are missing or of the wrong kind; empty when the answer is a token. */
function badTokenFields(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['(root)'];
  const record = data as Record<string, unknown>;
  return Object.entries(TOKEN_FIELDS)
    .filter(([key, rule]) => (record[key] === undefined ? rule.required : !rule.valid(record[key])))
    .map(([key]) => key);
}

// Plain words for Accounts' terse codes: users meet these during set-up, once.
const HINTS: Record<string, string> = {
  invalid_code: 'the grant code is invalid, already used or expired (a code lives 3 minutes and works once); generate a new one',
  invalid_client: 'the client id is unknown here; check the data centre matches the one where the client was registered',
  invalid_client_secret: 'the client secret does not match the client id',
  invalid_redirect_uri: 'the redirect URI differs from the one registered for the client',
  unsupported_grant_type: 'Accounts does not accept this grant type',
};

/** Zoho Accounts' OAuth endpoints, typed from spec/accounts.yaml. */
export class OAuthClient {
  readonly #options: OAuthClientOptions;

  constructor(options: OAuthClientOptions) {
    this.#options = options;
  }

  /** Exchanges a grant code (self client or redirect flow) for a refresh token. */
  async exchangeCode(code: string, user: string): Promise<TokenGrant & { refreshToken: string }> {
    const { clientId, clientSecret, redirectUri } = this.#options;
    const body = {
      grant_type: 'authorization_code' as const,
      client_id: clientId,
      client_secret: clientSecret,
      code,
      ...(redirectUri ? { redirect_uri: redirectUri } : {}),
    };
    const grant = await this.#token(body, user, false, 'grant-failed');
    if (!grant.refreshToken) {
      throw new ZohoResponseError('accounts: the code grant answered without a refresh_token; was the code made with access_type=offline?', { product: 'accounts', user });
    }
    return { ...grant, refreshToken: grant.refreshToken };
  }

  /** Mints a new access token. Idempotent in effect, so the transport may retry it. */
  async refresh(refreshToken: string, user: string): Promise<TokenGrant> {
    const { clientId, clientSecret } = this.#options;
    const body = { grant_type: 'refresh_token' as const, client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken };
    return this.#token(body, user, true, 'refresh-failed');
  }

  /** Revokes a refresh token (and every access token minted from it). */
  async revoke(refreshToken: string, user: string): Promise<void> {
    await this.#client(user, true).POST('/oauth/v2/token/revoke', { params: { query: { token: refreshToken } } });
  }

  async #token(
    body: NonNullable<paths['/oauth/v2/token']['post']['requestBody']>['content']['application/x-www-form-urlencoded'],
    user: string,
    idempotent: boolean,
    reason: 'grant-failed' | 'refresh-failed',
  ): Promise<TokenGrant> {
    let data: unknown;
    try {
      ({ data } = await this.#client(user, idempotent).POST('/oauth/v2/token', {
        body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }));
    } catch (error) {
      throw explain(error, reason);
    }
    const bad = badTokenFields(data);
    if (bad.length > 0) {
      throw new ZohoResponseError(`accounts: the token answer is malformed (bad or missing: ${bad.join(', ')})`, { product: 'accounts', user });
    }
    const token = data as TokenResponse;
    return {
      accessToken: token.access_token,
      refreshToken: token.refresh_token,
      expiresAt: this.#options.now() + token.expires_in * 1000,
      apiDomain: token.api_domain,
      scopes: token.scope?.split(/[ ,]+/).filter(Boolean),
    };
  }

  #client(user: string, idempotent: boolean) {
    const { handler, accountsUrl } = this.#options;
    return createClient<paths>({
      baseUrl: accountsUrl,
      Request: ZohoRequest,
      fetch: (request: Request) => handler(request, requestContext('accounts', user, idempotent)),
    });
  }
}

/** Re-labels Accounts' refusals (grant vs refresh) and adds the plain-words hint. */
function explain(error: unknown, reason: 'grant-failed' | 'refresh-failed'): unknown {
  if (!(error instanceof ZohoAuthError) || error.reason !== 'grant-failed') return error;
  const hint = typeof error.code === 'string' ? HINTS[error.code] : undefined;
  return new ZohoAuthError(hint ? `${error.message} (${hint})` : error.message, {
    product: 'accounts',
    reason,
    status: error.status,
    code: error.code,
    attempts: error.attempts,
    user: error.user,
    headers: error.headers,
    bodyExcerpt: error.bodyExcerpt,
  });
}
