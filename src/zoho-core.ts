import type { Client } from 'openapi-fetch';
import type { paths as AccountsPaths } from '../generated/accounts.js';
import { shapes as accountsShapes } from '../generated/accounts.shapes.js';
import { MemoryTokenStore } from '../persistence/memory-token-store.js';
import { ANY_CLIENT, type TokenStore } from '../persistence/token-store.js';
import { hostsFor, type DataCenter, type Environment } from './auth/data-centers.js';
import { OAuthClient } from './auth/oauth.js';
import { TokenManager } from './auth/token-manager.js';
import { UserContext } from './auth/user-context.js';
import { resolveConfig, type ZohoConfig } from './config.js';
import { ZohoConfigError } from './errors.js';
import { RedactingLogger } from './http/logger.js';
import { Redactor } from './http/redact.js';
import { createAccountsTransport, createApiTransport } from './http/transport.js';
import { Budget, type BudgetSnapshot } from './http/budget/budget.js';
import { resolveLimits } from './http/budget/limits-config.js';
import { createProductClient } from './product-client.js';
import { attachWiring, wiringOf, type ProductWiring, type ZohoCoreView } from './product-wiring.js';
import { ViewCache } from './view-cache.js';

export type { ZohoCoreView } from './product-wiring.js';

/** Views kept for `as(user)`: enough for the users active at once in a busy server. */
const VIEW_CACHE_SIZE = 1_000;

/** What zoho.authorize() reports: who was stored where. Never a secret. */
export interface AuthorizedUser {
  user: string;
  clientId: string;
  environment: Environment;
  dataCenter: string;
  apiDomain: string | undefined;
  scopes: readonly string[] | undefined;
}

/** How zoho.authorize() gets the refresh token: a grant code, or the token itself. */
export type AuthorizeOptions =
  | { code: string; refreshToken?: undefined; user?: string }
  | { refreshToken: string; code?: undefined; user?: string };

/**
 * What every client has besides its products: users, tokens, the budget. `View` is what
 * `as(user)` returns: a bare view from createZohoCore(), one with the four products from
 * createZoho().
 */
export interface ZohoClientBase<View extends ZohoCoreView> {
  /**
   * Returns a view whose every request runs as `user`. Cheap; the last 1,000 users' views are reused.
   *
   * @example
   * const ana = zoho.as('ana@example.com');
   * const leads = await ana.crm.module('Leads').records.list({ fields: ['Last_Name'] });
   */
  as(user: string): View;
  /**
   * Runs `fn` with `user` bound for every request it makes, however deep: code that cannot
   * be handed an `as(user)` view (a framework hook, a shared helper) still calls as that user.
   *
   * @example
   * await zoho.runAs('ana@example.com', async () => {
   *   await zoho.crm.module('Leads').records.create([{ Last_Name: 'Lovelace' }]);
   * });
   */
  runAs<T>(user: string, fn: () => Promise<T> | T): Promise<T>;
  /**
   * Stores a user's refresh token: either exchanges a grant `code` for one, or takes a
   * `refreshToken` you already hold (checked by one refresh before it is stored).
   *
   * @example
   * // A grant code from the API console (self client) or your OAuth redirect: minutes to live, one use.
   * await zoho.authorize({ code: grantCode, user: 'ana@example.com' });
   * // Or a refresh token another SDK already stored:
   * await zoho.authorize({ refreshToken: process.env.ZOHO_REFRESH_TOKEN!, user: 'ben@example.com' });
   * @see https://www.zoho.com/crm/developer/docs/api/v8/authentication.html
   */
  authorize(options: AuthorizeOptions): Promise<AuthorizedUser>;
  /**
   * Revokes the user's refresh token at Zoho, deletes it from the store and forgets the user's view.
   *
   * @example
   * // The user disconnected Zoho in your app: end the grant at Zoho, not only here.
   * await zoho.revoke('ana@example.com');
   * @see https://www.zoho.com/crm/developer/docs/api/v8/authentication.html
   */
  revoke(user: string): Promise<void>;
  /**
   * Lists the users with a stored token for this client and environment.
   *
   * @example
   * const users = await zoho.users();
   * if (!users.includes('ana@example.com')) console.log('ana must authorize first');
   */
  users(): Promise<string[]>;
  /**
   * Reports the org's request budget now: calls in flight, waiting, credits used (see `limits`).
   *
   * @example
   * const usage = await zoho.budget();
   * console.log(usage.products.crm.inFlight, usage.products.crm.credits?.used);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
   */
  budget(): Promise<BudgetSnapshot>;
  /** Typed Accounts endpoints (unauthenticated; OAuth calls carry the client secret). */
  readonly accounts: { readonly api: Client<AccountsPaths> };
  readonly store: TokenStore;
  readonly dataCenter: DataCenter;
  readonly environment: Environment;
}

/** A client without products (see createZohoCore); its `as(user)` views are bare too. */
export interface ZohoCore extends ZohoCoreView, ZohoClientBase<ZohoCoreView> {}

/**
 * Creates a zohokit client without its products: build the ones you use with `crm(zoho)`,
 * `desk(zoho.as(user))`, ... so that a bundle carries only those (a CRM-only worker
 * carries no Analytics, Creator or Desk code). Nothing is fetched until the first call.
 *
 * @throws ZohoConfigError naming the bad field.
 * @example
 * import { createZohoCore, crm } from 'zohokit';
 *
 * const zoho = createZohoCore({ credentials: { clientId: 'id', clientSecret: 'secret' }, dataCenter: 'eu' });
 * const leads = await crm(zoho.as('ana@example.com')).module('Leads').records.list({ fields: ['Last_Name'] });
 */
export function createZohoCore(config: ZohoConfig): ZohoCore {
  const resolved = resolveConfig(config);
  const hosts = hostsFor(resolved.dataCenter, resolved.environment);
  const redactor = new Redactor();
  redactor.add(resolved.credentials.clientSecret);
  const logger = new RedactingLogger(resolved.logger, redactor);
  const budget = new Budget(resolveLimits(resolved.limits, { maxConcurrency: resolved.maxConcurrency, org: resolved.credentials.clientId }), (message) => logger.log('warn', message));
  const transportOptions = {
    fetch: resolved.fetch,
    retry: resolved.retry,
    budget,
    timeoutMs: resolved.timeoutMs,
    logger,
    redactor,
  };
  const store = resolved.store ?? new MemoryTokenStore();
  const accountsHandler = createAccountsTransport(transportOptions);
  const oauth = new OAuthClient({
    accountsUrl: hosts.accounts,
    clientId: resolved.credentials.clientId,
    clientSecret: resolved.credentials.clientSecret,
    redirectUri: resolved.credentials.redirectUri,
    handler: accountsHandler,
    now: resolved.now,
  });
  const tokens = new TokenManager({
    store,
    oauth,
    clientId: resolved.credentials.clientId,
    environment: resolved.environment,
    dataCenter: resolved.dataCenter.name,
    refreshSkewMs: resolved.refreshSkewMs,
    now: resolved.now,
    logger,
    redactor,
  });
  const handler = createApiTransport(transportOptions, tokens, hosts.api);
  const context = new UserContext();

  const views = new ViewCache<ZohoCoreView>(VIEW_CACHE_SIZE);
  const as = (user: string): ZohoCoreView => {
    requireUser(user, 'as');
    return views.get(user, () => attachWiring({ user }, wiring(() => user, user)));
  };
  // What the product factories (crm(view), ...) build from; see product-wiring.ts.
  const wiring = (resolveUser: () => string | undefined, user: string | undefined): ProductWiring => ({
    handler,
    hosts,
    user,
    resolveUser,
    as: (other) => wiringOf(as(other), 'as'),
    analyticsOrgId: resolved.analyticsOrgId,
    deskOrgId: resolved.deskOrgId,
  });
  // A table with no client id column (the Python SDK's) lists '' as the client id: its
  // tokens answer for any client, as its get() does.
  const forThisClient = (clientId: string): boolean => clientId === resolved.credentials.clientId || clientId === ANY_CLIENT;
  const rootUser = (): string | undefined => context.current() ?? resolved.defaultUser;

  const core: ZohoCore = {
    user: undefined,
    accounts: {
      api: createProductClient<AccountsPaths>({ product: 'accounts', baseUrl: hosts.accounts, handler: accountsHandler, resolveUser: rootUser, shapes: accountsShapes }),
    },
    store,
    dataCenter: hosts,
    environment: resolved.environment,
    as,
    runAs(user, fn) {
      requireUser(user, 'runAs');
      return context.run(user, fn);
    },
    async authorize(options) {
      const { code, refreshToken, user } = options;
      const name = user ?? resolved.defaultUser ?? 'default';
      requireUser(name, 'authorize');
      if ((code === undefined) === (refreshToken === undefined)) {
        throw new ZohoConfigError('authorize()', 'give exactly one of `code` (a grant code) and `refreshToken`');
      }
      if (refreshToken !== undefined) requireSecret(refreshToken, 'authorize(refreshToken)');
      if (code !== undefined) requireSecret(code, 'authorize(code)');
      const token = refreshToken !== undefined ? await tokens.adopt(refreshToken, name) : await tokens.authorize(code!, name);
      return {
        user: name,
        clientId: token.clientId,
        environment: resolved.environment,
        dataCenter: resolved.dataCenter.name,
        apiDomain: token.apiDomain,
        scopes: token.scopes,
      };
    },
    async revoke(user) {
      views.delete(user);
      await tokens.revoke(user);
    },
    budget: () => budget.snapshot(),
    async users() {
      const all = await store.list();
      return all
        .filter((token) => forThisClient(token.clientId) && token.environment === resolved.environment)
        .map((token) => token.user);
    },
  };
  return attachWiring(core, wiring(rootUser, undefined));
}

// Names the argument, never its value: it is a secret.
function requireSecret(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new ZohoConfigError(path, 'must be a non-empty string');
}

function requireUser(user: unknown, method: string): asserts user is string {
  if (typeof user !== 'string' || user.length === 0) throw new ZohoConfigError(`${method}(user)`, 'must be a non-empty string');
}
