import { json } from '../products.js';
import type { Route } from '../router.js';
import type { SimulatorCore } from '../core.js';

/**
 * Zoho Accounts' token endpoint. Like the real one it answers most refusals with HTTP 200
 * and `{error}`, and throttles with "Access Denied" past 10 new tokens per refresh token
 * per 10 minutes. Parameters may come as a form body or as query parameters.
 */
export function accountsRoutes(core: SimulatorCore): Route[] {
  const { oauth } = core;
  return [
    {
      method: 'POST',
      path: '/oauth/v2/token',
      auth: false,
      handle: async ({ request, url }) => {
        const params = new URLSearchParams(url.search);
        const type = request.headers.get('content-type') ?? '';
        if (type.includes('application/x-www-form-urlencoded')) {
          for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value);
        } else if (type.includes('multipart/form-data')) {
          // The official SDKs post the grant as multipart form data; Accounts takes it too.
          for (const [key, value] of await request.formData()) if (typeof value === 'string') params.set(key, value);
        }
        const client = oauth.clients.get(params.get('client_id') ?? '');
        if (!client) return json({ error: 'invalid_client' });
        if (client.clientSecret !== params.get('client_secret')) return json({ error: 'invalid_client_secret' });
        const apiDomain = url.origin;

        switch (params.get('grant_type')) {
          case 'authorization_code': {
            const code = oauth.codes.get(params.get('code') ?? '');
            if (!code || code.used || code.clientId !== client.clientId || code.expiresAt <= core.now()) return json({ error: 'invalid_code' });
            code.used = true;
            const refresh = oauth.issueRefreshToken(client.clientId, code.user, code.scopes);
            const access = oauth.mint(refresh);
            if (access === 'throttled') return throttled();
            core.stats.grants++;
            return json({
              access_token: access.token,
              refresh_token: refresh.token,
              scope: code.scopes.join(' '),
              api_domain: apiDomain,
              token_type: 'Bearer',
              expires_in: Math.round((access.expiresAt - core.now()) / 1000),
            });
          }
          case 'refresh_token': {
            const refresh = oauth.refreshTokens.get(params.get('refresh_token') ?? '');
            if (!refresh || refresh.revoked || refresh.clientId !== client.clientId) return json({ error: 'invalid_code' });
            const access = oauth.mint(refresh);
            if (access === 'throttled') return throttled();
            core.stats.countRefresh(refresh.user, refresh.clientId);
            return json({
              access_token: access.token,
              scope: refresh.scopes.join(' '),
              api_domain: apiDomain,
              token_type: 'Bearer',
              expires_in: Math.round((access.expiresAt - core.now()) / 1000),
            });
          }
          default:
            return json({ error: 'unsupported_grant_type' });
        }
      },
    },
    {
      method: 'POST',
      path: '/oauth/v2/token/revoke',
      auth: false,
      handle: ({ url }) => {
        const token = url.searchParams.get('token') ?? '';
        // Zoho says success for a token it already forgot; only a missing one is an error.
        if (!token) return json({ error: 'invalid_request' }, 400);
        oauth.revokeRefreshToken(token);
        return json({ status: 'success' });
      },
    },
  ];
}

function throttled(): Response {
  return json(
    { error: 'Access Denied', error_description: 'You have made too many requests continuously. Please try again after some time.' },
    400,
  );
}
