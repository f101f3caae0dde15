import { z } from 'zod';
import type { TokenStore } from '../persistence/token-store.js';
import { DATA_CENTERS, ENVIRONMENTS, isDataCenterId, type DataCenter, type DataCenterId, type Environment } from './auth/data-centers.js';
import { ZohoConfigError } from './errors.js';
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
  /** Per-attempt timeout in ms (default 60 000); 0 disables it. */
  timeoutMs?: number;
  logger?: Logger;
  /** Refresh tokens this long before they expire (default 60 000 ms). */
  refreshSkewMs?: number;
  analytics?: { orgId?: string };
  desk?: { orgId?: string };
  /** A clock, for tests. */
  now?: () => number;
}

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'must be a function');
const origin = z.string().url().transform((value) => value.replace(/\/+$/, ''));

const DataCenterObject = z.object({
  name: z.string().min(1),
  accounts: origin,
  api: origin,
  content: origin,
  analytics: origin,
  desk: origin,
});

const StoreShape = z.custom<TokenStore>(
  (value) =>
    typeof value === 'object' && value !== null &&
    ['get', 'set', 'delete', 'list'].every((method) => typeof (value as Record<string, unknown>)[method] === 'function'),
  'must implement get, set, delete and list (see TokenStore)',
);

const Schema = z.object({
  credentials: z.object({
    clientId: z.string().trim().min(1, 'is required'),
    clientSecret: z.string().min(1, 'is required'),
    redirectUri: z.string().url().optional(),
  }, { error: 'is required: { clientId, clientSecret }' }),
  dataCenter: z.union([
    z.string().refine(isDataCenterId, { message: `must be one of ${Object.keys(DATA_CENTERS).join(', ')} or a DataCenter object` }),
    DataCenterObject,
  ]).default('us'),
  environment: z.enum(ENVIRONMENTS as [Environment, ...Environment[]]).default('production'),
  store: StoreShape.optional(),
  defaultUser: z.string().min(1).optional(),
  fetch: fn.optional(),
  retry: z.union([
    z.literal(false),
    z.object({
      maxRetries: z.number().int().min(0).max(20),
      baseDelayMs: z.number().min(0),
      maxDelayMs: z.number().min(0),
      maxRetryAfterMs: z.number().min(0),
      idempotentStatuses: z.array(z.number().int()),
      unprocessedCodes: z.array(z.union([z.string(), z.number()])),
      unsentNetworkCodes: z.array(z.string()),
    }).partial(),
  ]).optional(),
  maxConcurrency: z.number().int().min(1).max(1000).default(10),
  limits: LimitsSchema,
  timeoutMs: z.number().min(0).default(60_000),
  logger: z.object({ debug: fn.optional(), info: fn.optional(), warn: fn.optional(), error: fn.optional() }).optional(),
  refreshSkewMs: z.number().min(0).max(30 * 60_000).default(60_000),
  analytics: z.object({ orgId: z.string().min(1).optional() }).optional(),
  desk: z.object({ orgId: z.string().min(1).optional() }).optional(),
  now: fn.optional(),
}).strict();

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
  const result = Schema.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(config)';
    // zod echoes received values in some messages; a secret must not ride along.
    throw new ZohoConfigError(path, issue?.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : (issue?.message ?? 'invalid'));
  }
  const config = result.data;
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
    logger: config.logger as Logger | undefined,
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
