// This file is generated from spec/accounts.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/oauth/v2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a grant code for tokens, or refresh an access token
         * @description With `grant_type=authorization_code` the grant code is exchanged (once) for an
         *     access token and a refresh token. With `grant_type=refresh_token` a new access
         *     token is issued; no new refresh token is returned.
         *
         *     Zoho's documentation also shows these parameters sent as query parameters; the
         *     form body is preferred because it keeps the client secret and the codes out of
         *     URLs and access logs.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/v2/token/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token
         * @description Revokes the refresh token and every access token made from it. The token is
         *     specific to one organisation; other organisations of the app are unaffected.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Exchange a grant code (from the consent redirect or a self client) for tokens. */
        AuthorizationCodeGrant: {
            /** @description The client ID from the Zoho API console. */
            client_id: string;
            /** @description The client secret from the Zoho API console. */
            client_secret: string;
            /**
             * @description The grant code. Single use; valid 3 minutes by default (a self client can
             *     choose up to 10 minutes).
             */
            code: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grant_type: "authorization_code";
            /**
             * Format: uri
             * @description The redirect URI registered for the client. Required for web clients; a self
             *     client has none and may omit it.
             */
            redirect_uri?: string;
        };
        /** @description Make a new access token from a refresh token. */
        RefreshTokenGrant: {
            /** @description The client ID from the Zoho API console. */
            client_id: string;
            /** @description The client secret from the Zoho API console. */
            client_secret: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grant_type: "refresh_token";
            /**
             * @description A refresh token from a code grant. At most 10 access tokens can be made from
             *     one refresh token per 10 minutes.
             */
            refresh_token: string;
        };
        RevokeResponse: {
            /** @constant */
            status: "success";
        };
        /**
         * @description An error from Zoho Accounts. `error` is free text rather than a fixed enum,
         *     because besides the OAuth-style codes Zoho sends messages like "Access Denied".
         *     Values seen:
         *     - `invalid_code`: the grant code is wrong, expired or already used.
         *     - `invalid_client`: unknown client ID, or a client of another data centre.
         *     - `invalid_client_secret`: wrong client secret.
         *     - `invalid_redirect_uri`: redirect_uri does not match the registered one.
         *     - `unsupported_grant_type`: grant_type is missing or unknown.
         *     - `invalid_request`: a required parameter is missing.
         *     - `Access Denied` with error_description "You have made too many requests
         *       continuously. Please try again after some time.": a token limit was hit
         *       (e.g. more than 10 access tokens from one refresh token in 10 minutes).
         */
        TokenError: {
            error: string;
            error_description?: string;
        };
        /** @description Tokens issued by Zoho Accounts. */
        TokenResponse: {
            /** @description Sent to APIs as `Authorization: Zoho-oauthtoken <access_token>`. */
            access_token: string;
            /**
             * Format: uri
             * @description The API domain of the user's data centre, e.g. `https://www.zohoapis.eu`.
             *     Product API calls must go to this domain (or its sandbox/developer variant).
             */
            api_domain: string;
            /** @description Lifetime of the access token in seconds; 3600 (1 hour). */
            expires_in: number;
            /** @description An OpenID Connect ID token, present when an openid scope was granted. */
            id_token?: string;
            /** @description Only in the answer to an authorization_code grant; never on refresh. */
            refresh_token?: string;
            /** @description The granted scopes, separated by spaces. */
            scope?: string;
            /** @constant */
            token_type: "Bearer";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AuthorizationCodeGrant"] | components["schemas"]["RefreshTokenGrant"];
            };
        };
        responses: {
            /**
             * @description Either the tokens, or an error. Zoho reports most failures (an invalid or
             *     expired code, a wrong client secret, throttling) with HTTP 200 and a body of
             *     the form `{"error": ...}`, so the body must be inspected.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"] | components["schemas"]["TokenError"];
                };
            };
            /**
             * @description A malformed request, or throttling. Zoho sends the same error object as with
             *     HTTP 200.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenError"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query: {
                /** @description The refresh token to revoke. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token was revoked, or an error reported with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeResponse"] | components["schemas"]["TokenError"];
                };
            };
            /** @description The token is unknown or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenError"];
                };
            };
        };
    };
}

/** The operations of this spec as the simulator checks requests: method, path, query parameters, body shape. */
export const specRoutes: readonly {
  method: string;
  path: string;
  operationId: string;
  query: readonly { name: string; required: boolean; type?: string; enum?: readonly (string | number | boolean)[] }[];
  body?: { required: boolean; type: "object" | "array" | "other"; requiredProperties: readonly string[]; arrays: readonly string[]; closed?: readonly string[]; itemRequired?: Readonly<Record<string, readonly string[]>> };
  listKeys: readonly string[];
}[] = [
  {"method":"POST","path":"/oauth/v2/token","operationId":"createToken","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/oauth/v2/token/revoke","operationId":"revokeToken","query":[{"name":"token","required":true,"type":"string"}],"listKeys":[]},
];
