import type { TokenStore } from '../persistence/token-store.js';
import * as check from './config-checks.js';
import { DATA_CENTERS, ENVIRONMENTS, type DataCenter, type DataCenterId, type Environment } from './auth/data-centers.js';
import type { FetchFn } from './http/handler.js';
import type { Logger } from './http/logger.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy.js';
import { LimitsSchema, type LimitsConfig } from './http/budget/limits-config.js';

/** Everything createZoho() accepts. Only `credentials` is required. */
export interface ZohoConfig {
  credentials: {
    clientId: string;
    clientSecret: string;
    /** Needed for the redirect flow; self-client grant codes need none. */
    redirectUri?: string;
  };
  /** `us` (default), `eu`, `in`, `au`, `jp`, `ca`, `cn`, `sa`, or a custom DC (the simulator). */
  dataCenter?: DataCenterId | DataCenter;
  environment?: Environment;
  /** Where refresh tokens live. Defaults to a MemoryTokenStore. */
  store?: TokenStore;
  /** The user for calls made outside as()/runAs(). Unset means such calls fail clearly. */
  defaultUser?: string;
  /** Replaces global fetch: a proxy, undici with an agent, or the simulator's `sim.fetch`. */
  fetch?: FetchFn;
  /** Retry policy overrides, or `false` to never retry. */
  retry?: Partial<RetryPolicy> | false;
  /** Requests in flight at once across all users (default 10), per product unless `limits` says otherwise. */
  maxConcurrency?: number;
  /** Zoho's limits for your org (edition, users or explicit numbers) and the backend that shares them. */
  limits?: LimitsConfig;
  /**
   * Per-attempt timeout in ms (default 60 000); 0 disables it. It covers sending, the answer
   * and reading its body; a download handed on unread is read at the caller's pace.
   */
  timeoutMs?: number;
  logger?: Logger;
  /** Refresh tokens this long before they expire (default 60 000 ms). */
  refreshSkewMs?: number;
  analytics?: { orgId?: string };
  desk?: { orgId?: string };
  /** A clock, for tests. */
  now?: () => number;
}

const fn = check.func<(...args: never[]) => unknown>();

const DataCenterObject = check.object({
  name: check.string({ min: 1 }),
  accounts: check.origin,
  api: check.origin,
  content: check.origin,
  analytics: check.origin,
  desk: check.origin,
});

const StoreShape = check.custom<TokenStore>(
  (value) =>
    typeof value === 'object' && value !== null &&
    ['get', 'set', 'delete', 'list'].every((method) => typeof (value as Record<string, unknown>)[method] === 'function'),
  'must implement get, set, delete and list (see TokenStore)',
);

const RetryShape = check.object(check.partial({
  maxRetries: check.number({ int: true, min: 0, max: 20 }),
  baseDelayMs: check.number({ min: 0 }),
  maxDelayMs: check.number({ min: 0 }),
  maxRetryAfterMs: check.number({ min: 0 }),
  idempotentStatuses: check.array(check.number({ int: true })),
  unprocessedCodes: check.array(check.union<string | number>([check.string(), check.number()], 'must be a string or a number')),
  unsentNetworkCodes: check.array(check.string()),
}));

const Schema = check.object({
  credentials: check.object({
    clientId: check.string({ trim: true, min: 1, message: 'is required' }),
    clientSecret: check.string({ min: 1, message: 'is required' }),
    redirectUri: check.optional(check.url),
  }, { message: 'is required: { clientId, clientSecret }' }),
  dataCenter: check.withDefault(check.union<DataCenterId | DataCenter>([
    check.oneOf(Object.keys(DATA_CENTERS) as DataCenterId[], 'unknown data centre'),
    DataCenterObject,
  ], `must be one of ${Object.keys(DATA_CENTERS).join(', ')} or a DataCenter object (name and the accounts, api, content, analytics and desk URLs)`), 'us'),
  environment: check.withDefault(check.oneOf(ENVIRONMENTS, `must be one of ${ENVIRONMENTS.join(', ')}`), 'production'),
  store: check.optional(StoreShape),
  defaultUser: check.optional(check.string({ min: 1 })),
  fetch: check.optional(fn),
  retry: check.optional(check.union<false | { [K in keyof RetryPolicy]?: RetryPolicy[K] | undefined }>([check.literal(false), RetryShape], 'must be false or a partial RetryPolicy')),
  maxConcurrency: check.withDefault(check.number({ int: true, min: 1, max: 1000 }), 10),
  limits: LimitsSchema,
  timeoutMs: check.withDefault(check.number({ min: 0 }), 60_000),
  logger: check.optional(check.unchanged<Logger>(check.object({ debug: check.optional(fn), info: check.optional(fn), warn: check.optional(fn), error: check.optional(fn) }))),
  refreshSkewMs: check.withDefault(check.number({ min: 0, max: 30 * 60_000 }), 60_000),
  analytics: check.optional(check.object({ orgId: check.optional(check.string({ min: 1 })) })),
  desk: check.optional(check.object({ orgId: check.optional(check.string({ min: 1 })) })),
  now: check.optional(fn),
}, { strict: true });

/** The config after defaults: what the rest of zohokit reads. */
export interface ResolvedConfig {
  credentials: ZohoConfig['credentials'];
  dataCenter: DataCenter;
  environment: Environment;
  store: TokenStore | undefined;
  defaultUser: string | undefined;
  fetch: FetchFn | undefined;
  retry: RetryPolicy;
  maxConcurrency: number;
  limits: LimitsConfig | undefined;
  timeoutMs: number;
  logger: Logger | undefined;
  refreshSkewMs: number;
  analyticsOrgId: string | undefined;
  deskOrgId: string | undefined;
  now: () => number;
}

/** Validates a config; throws ZohoConfigError naming the first bad field. */
export function resolveConfig(input: unknown): ResolvedConfig {
  const config = Schema(input ?? {}, '');
  const dataCenter = typeof config.dataCenter === 'string' ? DATA_CENTERS[config.dataCenter as DataCenterId] : config.dataCenter;
  return {
    credentials: config.credentials as ZohoConfig['credentials'],
    dataCenter,
    environment: config.environment,
    store: config.store,
    defaultUser: config.defaultUser,
    fetch: config.fetch as FetchFn | undefined,
    retry: config.retry === false ? { ...DEFAULT_RETRY_POLICY, maxRetries: 0 } : { ...DEFAULT_RETRY_POLICY, ...definedOnly(config.retry ?? {}) },
    maxConcurrency: config.maxConcurrency,
    limits: config.limits as LimitsConfig | undefined,
    timeoutMs: config.timeoutMs,
    logger: config.logger,
    refreshSkewMs: config.refreshSkewMs,
    analyticsOrgId: config.analytics?.orgId,
    deskOrgId: config.desk?.orgId,
    now: (config.now as (() => number) | undefined) ?? Date.now,
  };
}

/** Drops keys whose value is undefined, so they do not override defaults. */
function definedOnly<T extends object>(value: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]-?: Exclude<T[K], undefined> };
}
