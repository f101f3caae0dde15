import type { Client } from 'openapi-fetch';
import type { paths as AccountsPaths } from '../generated/accounts.js';
import type { paths as AnalyticsPaths } from '../generated/analytics.js';
import type { paths as CreatorPaths } from '../generated/creator.js';
import type { paths as CrmPaths } from '../generated/crm.js';
import type { paths as DeskPaths } from '../generated/desk.js';
import { Analytics } from './analytics/analytics.js';
import { Creator } from './creator/creator.js';
import { Crm } from './crm/crm.js';
import { Desk } from './desk/desk.js';
import { MemoryTokenStore } from '../persistence/memory-token-store.js';
import { ANY_CLIENT, type TokenStore } from '../persistence/token-store.js';
import { hostsFor, type DataCenter, type Environment } from './auth/data-centers.js';
import { OAuthClient } from './auth/oauth.js';
import { TokenManager } from './auth/token-manager.js';
import { UserContext } from './auth/user-context.js';
import { resolveConfig, type ZohoConfig } from './config.js';
import { ZohoConfigError, type ZohoProduct } from './errors.js';
import type { ProductContext } from './product-context.js';
import type { Handler } from './http/handler.js';
import { RedactingLogger } from './http/logger.js';
import { Redactor } from './http/redact.js';
import { createAccountsTransport, createApiTransport } from './http/transport.js';
import { Budget, type BudgetSnapshot } from './http/budget/budget.js';
import { resolveLimits } from './http/budget/limits-config.js';
import { createProductClient } from './product-client.js';
import { ViewCache } from './view-cache.js';

/** Views kept for `as(user)`: enough for the users active at once in a busy server. */
const VIEW_CACHE_SIZE = 1_000;

/** The product clients, as seen by one user (or by whoever the call context names). */
export interface ZohoView {
  /** The bound user, or undefined for the root client (which reads runAs/defaultUser). */
  readonly user: string | undefined;
  readonly crm: Crm;
  readonly analytics: Analytics;
  readonly creator: Creator;
  readonly desk: Desk;
}

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

export interface Zoho extends ZohoView {
  /** A view whose every request runs as `user`. Cheap; the last 1,000 users' views are reused. */
  as(user: string): ZohoView;
  /** Runs `fn` with `user` bound for every request it makes, however deep. */
  runAs<T>(user: string, fn: () => Promise<T> | T): Promise<T>;
  /**
   * Stores a user's refresh token: either exchanges a grant `code` for one, or takes a
   * `refreshToken` you already hold (checked by one refresh before it is stored).
   */
  authorize(options: AuthorizeOptions): Promise<AuthorizedUser>;
  /** Revokes the user's refresh token at Zoho, deletes it from the store and forgets the user's view. */
  revoke(user: string): Promise<void>;
  /** The users with a stored token for this client and environment. */
  users(): Promise<string[]>;
  /** The org's request budget now: calls in flight, waiting, credits used (see `limits`). */
  budget(): Promise<BudgetSnapshot>;
  /** Typed Accounts endpoints (unauthenticated; OAuth calls carry the client secret). */
  readonly accounts: { readonly api: Client<AccountsPaths> };
  readonly store: TokenStore;
  readonly dataCenter: DataCenter;
  readonly environment: Environment;
}

/**
 * Creates a zohokit client. Nothing is fetched until the first call.
 *
 * @throws ZohoConfigError naming the bad field.
 */
export function createZoho(config: ZohoConfig): Zoho {
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

  const views = new ViewCache<ZohoView>(VIEW_CACHE_SIZE);
  const as = (user: string): ZohoView => {
    requireUser(user, 'as');
    return views.get(user, () => makeView(() => user, user));
  };
  const makeView = (resolveUser: () => string | undefined, user: string | undefined): ZohoView =>
    createView({ handler, hosts, resolveUser, user, as, analyticsOrgId: resolved.analyticsOrgId, deskOrgId: resolved.deskOrgId });
  // A table with no client id column (the Python SDK's) lists '' as the client id: its
  // tokens answer for any client, as its get() does.
  const forThisClient = (clientId: string): boolean => clientId === resolved.credentials.clientId || clientId === ANY_CLIENT;
  const root = makeView(() => context.current() ?? resolved.defaultUser, undefined);

  return {
    ...root,
    accounts: {
      api: createProductClient<AccountsPaths>({ product: 'accounts', baseUrl: hosts.accounts, handler: accountsHandler, resolveUser: () => context.current() ?? resolved.defaultUser }),
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
}

// Names the argument, never its value: it is a secret.
function requireSecret(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new ZohoConfigError(path, 'must be a non-empty string');
}

function requireUser(user: unknown, method: string): asserts user is string {
  if (typeof user !== 'string' || user.length === 0) throw new ZohoConfigError(`${method}(user)`, 'must be a non-empty string');
}

function createView(options: {
  handler: Handler;
  hosts: DataCenter;
  resolveUser: () => string | undefined;
  user: string | undefined;
  as: (user: string) => ZohoView;
  analyticsOrgId: string | undefined;
  deskOrgId: string | undefined;
}): ZohoView {
  const { handler, hosts, resolveUser, user, as } = options;
  const contextFor = (product: ZohoProduct): ProductContext<ZohoView> => ({
    hosts,
    user,
    as,
    fetch: (input, init) => handler(input instanceof Request && init === undefined ? input : new Request(input, init), { product, user: resolveUser(), attempt: 1 }),
  });
  return {
    user,
    crm: new Crm(createProductClient<CrmPaths>({ product: 'crm', baseUrl: hosts.api, handler, resolveUser }), contextFor('crm')),
    creator: new Creator(createProductClient<CreatorPaths>({ product: 'creator', baseUrl: hosts.api, handler, resolveUser }), contextFor('creator')),
    analytics: new Analytics(
      createProductClient<AnalyticsPaths>({
        product: 'analytics',
        baseUrl: hosts.analytics,
        handler,
        resolveUser,
        ...(options.analyticsOrgId ? { headers: { 'ZANALYTICS-ORGID': options.analyticsOrgId } } : {}),
      }),
      contextFor('analytics'),
      options.analyticsOrgId ? { orgId: options.analyticsOrgId } : {},
    ),
    desk: new Desk(
      createProductClient<DeskPaths>({
        product: 'desk',
        baseUrl: hosts.desk,
        handler,
        resolveUser,
        ...(options.deskOrgId ? { headers: { orgId: options.deskOrgId } } : {}),
      }),
      contextFor('desk'),
    ),
  };
}
