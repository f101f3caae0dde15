import createClient from 'openapi-fetch';
import { ZohoRequest } from '../http/zoho-request.js';
import { z } from 'zod';
import type { paths } from '../../generated/accounts.js';
import { ZohoAuthError, ZohoResponseError } from '../errors.js';
import type { Handler } from '../http/handler.js';

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
const TokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  api_domain: z.string().url().optional(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});

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
    const parsed = TokenResponse.safeParse(data);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
      throw new ZohoResponseError(`accounts: the token answer is malformed (bad or missing: ${fields})`, { product: 'accounts', user });
    }
    const token = parsed.data;
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
      fetch: (request: Request) => handler(request, { product: 'accounts', user, attempt: 1, idempotent }),
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
