/**
 * zohokit: typed clients for Zoho CRM, Analytics, Creator and Desk, with multi-user OAuth.
 *
 * This entry imports no Node-only module, so it runs wherever `fetch` exists.
 */
export { createZoho, type Zoho, type ZohoView, type AuthorizedUser } from './zoho.js';
export type { ZohoConfig } from './config.js';
export {
  ZohoError,
  ZohoAuthError,
  ZohoRateLimitError,
  ZohoConnectionError,
  ZohoTimeoutError,
  ZohoResponseError,
  ZohoConfigError,
  ZohoStoreError,
  type AuthFailure,
  type ZohoProduct,
  type ZohoErrorOptions,
} from './errors.js';
export { DATA_CENTERS, ENVIRONMENTS, type DataCenter, type DataCenterId, type Environment } from './auth/data-centers.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy.js';
export type { Logger } from './http/logger.js';
export type { FetchFn } from './http/handler.js';
export type { StoredToken, TokenKey, TokenStore } from '../persistence/token-store.js';
