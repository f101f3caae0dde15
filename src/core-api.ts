/**
 * The product-neutral public surface: the core client, errors, token and budget types, pages
 * and item results. Every entry re-exports it: `zohokit` and each product's `zohokit/<product>`.
 */
export { createZohoCore, type ZohoCore, type ZohoCoreView, type ZohoClientBase, type AuthorizedUser, type AuthorizeOptions } from './zoho-core.js';
export type { ZohoConfig } from './config.js';
export type { CallOptions } from './call-options.js';
export {
  ZohoError,
  ZohoAuthError,
  ZohoRateLimitError,
  ZohoConnectionError,
  ZohoTimeoutError,
  ZohoResponseError,
  ZohoConfigError,
  ZohoStoreError,
  ZohoJobError,
  ZohoWriteError,
  ZohoLimitError,
  ZohoFileTooLargeError,
  type JobFailure,
  type AuthFailure,
  type ZohoProduct,
  type ZohoErrorOptions,
} from './errors.js';
export { DATA_CENTERS, ENVIRONMENTS, type DataCenter, type DataCenterId, type Environment } from './auth/data-centers.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy.js';
export type { Logger } from './http/logger.js';
export type { FetchFn } from './http/handler.js';
export type { StoredToken, TokenKey, TokenStore } from '../persistence/token-store.js';
export type { CsvRow } from './bulk/zip-csv-rows.js';
export type { RateLimitInfo } from './http/rate-limit.js';
export type { ItemResult, ItemSuccess, ItemFailure, ItemError, Applied } from './item-result.js';
export type { Page, PageCursor, IterateOptions } from './page.js';
export type { UploadSource, UploadOptions } from './upload/upload-body.js';
export type { BudgetBackend, BackendSnapshot, CreditAnswer } from './http/budget/budget-backend.js';
export { MemoryBudgetBackend } from './http/budget/memory-budget-backend.js';
export type { BudgetSnapshot, ProductUsage } from './http/budget/budget.js';
export { BUDGET_PRODUCTS, type BudgetProduct } from './http/budget/limits.js';
export type { LimitsConfig, ProductLimitsConfig, CrmLimitsConfig } from './http/budget/limits-config.js';
export { CRM_CONCURRENCY, CRM_CREDITS, CRM_EDITIONS, CRM_SUB_CONCURRENCY, crmCredits, type CrmEdition } from './http/budget/zoho-limits.js';
