import { ZohoAuthError } from '../errors.js';
import { resendable, type Layer } from './handler.js';
import { setHeader, withUrl } from './zoho-request.js';

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
  return (next) => (request, context) => {
    const user = context.user;
    if (user === undefined) {
      return Promise.reject(
        new ZohoAuthError(`${context.product}: no user for this request; use zoho.as(user), zoho.runAs(user, fn) or set defaultUser`, {
          product: context.product,
          reason: 'no-token',
        }),
      );
    }
    const replay = resendable(request);
    const send = (first: Token): Promise<Response> => {
      let answer: Promise<Response>;
      try {
        answer = next(sign(request, first, options.apiOrigin), context);
      } catch (error) {
        answer = Promise.reject(error);
      }
      return answer.catch(async (error: unknown) => {
        if (!(error instanceof ZohoAuthError) || error.reason !== 'token-rejected') throw error;
        tokens.rejected(user, first.accessToken);
        const second = await tokens.accessToken(user);
        return await next(sign(replay, second, options.apiOrigin), context);
      });
    };
    // The usual call has its token at hand: no await, no async function of ours.
    const cached = tokens.cachedAccessToken?.(user);
    return cached ? send(cached) : tokens.accessToken(user).then(send);
  };
}

type Token = { accessToken: string; apiDomain: string | undefined };

/**
 * The header value per token object. The TokenManager hands out one object per token, so the
 * usual call finds its header here: built per call, the string is a new concatenation that
 * fetch must flatten and check again (about 900 instructions, a fifth of this layer).
 */
const authorizations = new WeakMap<Token, { accessToken: string; header: string }>();

function authorization(token: Token): string {
  const known = authorizations.get(token);
  // Compared in case a custom token source changes its object in place.
  if (known !== undefined && known.accessToken === token.accessToken) return known.header;
  const header = `Zoho-oauthtoken ${token.accessToken}`;
  authorizations.set(token, { accessToken: token.accessToken, header });
  return header;
}

function sign(request: Request, token: Token, apiOrigin: string): Request {
  let signed = request;
  if (token.apiDomain && token.apiDomain !== apiOrigin && request.url.startsWith(apiOrigin)) {
    signed = withUrl(request, token.apiDomain.replace(/\/+$/, '') + request.url.slice(apiOrigin.length));
  }
  setHeader(signed, 'authorization', authorization(token));
  return signed;
}
