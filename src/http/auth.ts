import { ZohoAuthError } from '../errors.js';
import { resendable, type Layer } from './handler.js';
import { withUrl } from './zoho-request.js';

/** Where the auth layer gets tokens: the TokenManager, or anything shaped like it. */
export interface AccessTokenSource {
  accessToken(user: string): Promise<{ accessToken: string; apiDomain: string | undefined }>;
  /** The token when it is at hand without any wait; lets the usual call skip an await. */
  cachedAccessToken?(user: string): { accessToken: string; apiDomain: string | undefined } | undefined;
  rejected(user: string, accessToken: string): void;
}

export interface AuthLayerOptions {
  /**
   * The configured API origin (`https://www.zohoapis.com`). Requests to it are re-pointed at
   * the token's `api_domain`, which is where Zoho says the user's org lives.
   */
  apiOrigin: string;
}

/**
 * Signs each request with the user's token. When the product refuses the token (expired
 * early, revoked, rotated by another process) it refreshes once and replays once; a second
 * refusal surfaces as ZohoAuthError instead of looping.
 */
export function authLayer(tokens: AccessTokenSource, options: AuthLayerOptions): Layer {
  return (next) => async (request, context) => {
    const user = context.user;
    if (user === undefined) {
      throw new ZohoAuthError(`${context.product}: no user for this request; use zoho.as(user), zoho.runAs(user, fn) or set defaultUser`, {
        product: context.product,
        reason: 'no-token',
      });
    }
    const replay = resendable(request);
    const first = tokens.cachedAccessToken?.(user) ?? (await tokens.accessToken(user));
    try {
      return await next(sign(request, first, options.apiOrigin), context);
    } catch (error) {
      if (!(error instanceof ZohoAuthError) || error.reason !== 'token-rejected') throw error;
      tokens.rejected(user, first.accessToken);
      const second = await tokens.accessToken(user);
      return await next(sign(replay, second, options.apiOrigin), context);
    }
  };
}

function sign(request: Request, token: { accessToken: string; apiDomain: string | undefined }, apiOrigin: string): Request {
  let signed = request;
  if (token.apiDomain && token.apiDomain !== apiOrigin && request.url.startsWith(apiOrigin)) {
    signed = withUrl(request, token.apiDomain.replace(/\/+$/, '') + request.url.slice(apiOrigin.length));
  }
  signed.headers.set('Authorization', `Zoho-oauthtoken ${token.accessToken}`);
  return signed;
}
