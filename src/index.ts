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
// CRM bulk jobs and notifications.
export { ZohoJobError, type JobFailure, type PollOptions } from './crm/bulk-job.js';
export type { BulkReadOptions, BulkReadProgress, BulkReadJobState, BulkCriteria, BulkComparator } from './crm/bulk-read.js';
export type { BulkWriteOptions, BulkWriteProgress, BulkWriteResult, BulkWriteRowResult, BulkWriteRowError, BulkWriteOperation, BulkWriteStatus } from './crm/bulk-write.js';
export type { CsvRow } from './bulk/zip-csv-rows.js';
export { Notifications, type WatchChannelInput, type WatchChannel, type WatchEvent, type WatchOperation, type WatchResult } from './crm/notifications.js';
export { createNotificationHandler, type CrmNotification, type NotificationListener, type NotificationHandlerOptions } from './crm/notification-handler.js';
// CRM records core: entities, query helpers, batched load.
export { Crm, type CrmClient, type CrmPaths } from './crm/crm.js';
export { Module } from './crm/module.js';
export { Record as CrmRecord } from './crm/record.js';
export { ModuleRecords, type RecordPage, type ListOptions, type WriteOptions, type UpsertOptions, type SearchQuery, type SearchOptions, type DeletedPage } from './crm/records.js';
export type { IterateOptions } from './crm/paginate.js';
export type { CrmRecordData, FieldValues, CrmInfo, CrmTrigger, CrmErrorDetails, ModuleInfo, Org, CrmUserData, RoleData, ProfileData, DeletedRecord, CallOptions } from './crm/crm-types.js';
export type { RateLimitInfo } from './crm/rate-limit.js';
export { ZohoWriteError, type WriteResult, type WriteSuccess, type WriteFailure, type RecordError, type WriteAction } from './crm/results.js';
export { ZohoLimitError } from './crm/limit-error.js';
export { criteria, Criteria, CriteriaValue, escapeSearchValue, type Comparator, type CriteriaInput } from './crm/criteria.js';
export { coql, CoqlQuery, type CoqlResult, type QueryAllOptions } from './crm/coql.js';
export { Field, type FieldData, type FieldDataType } from './crm/field.js';
export { PickListValue, type PickListValueData } from './crm/pick-list-value.js';
export { Section, type SectionData } from './crm/section.js';
export { Layout, type LayoutData } from './crm/layout.js';
export { CustomView, type CustomViewData } from './crm/custom-view.js';
export { RelatedList, type RelatedListData } from './crm/related-list.js';
export { Users, type UserPage, type UserType } from './crm/users.js';
export { Roles } from './crm/roles.js';
export { Profiles } from './crm/profiles.js';
export { LineItems, LINE_ITEM_FIELDS } from './crm/line-items.js';
export { LineItem, type LineItemInput, type LineItemData } from './crm/line-item.js';
export { Tax, type TaxInput, type LineTaxData } from './crm/tax.js';
export type { LoadOptions, LoadResult, LoadRowResult, LoadProgress, LoadAction, PicklistMap, SkippedRow } from './crm/load.js';
export type { ReadOptions } from './crm/read.js';
export { flatten } from './crm/flatten.js';
// CRM sub-resources and record actions.
export { ZohoFileTooLargeError } from './crm/file-too-large-error.js';
export type { UploadSource, UploadOptions } from './crm/upload-source.js';
export type { Attachment, UploadedAttachment, FileDownload } from './crm/attachment.js';
export type { Note, NoteInput, NoteChanges } from './crm/note.js';
export type { ItemResult, ItemError } from './crm/item-result.js';
export type { ConvertLeadOptions, ConvertedLead, ConvertedRecord } from './crm/convert-lead.js';
export { MassUpdateJob, type MassUpdateTarget, type MassUpdateStatus } from './crm/mass-update.js';
export { RecycleBin, type RecycleBinEntry, type RecycleBinFilter } from './crm/recycle-bin.js';
export { subRequest, type SubRequest, type SubResult, type CompositeOptions } from './crm/composite.js';
// Analytics, Creator and Desk.
export * from './analytics/index.js';
export { Creator, type CreatorClient } from './creator/creator.js';
export type { CreatorBulkReadOptions, CreatorBulkReadJobInfo, CreatorCsvRow } from './creator/bulk-read.js';
export { CreatorReport, type CreatorListOptions, type CreatorPage, type CreatorWriteOptions, type CreatorUpdateOptions, type CreatorDeleteOptions, type CreatorWriteSummary } from './creator/report.js';
export { CreatorForm, type CreatorAddOptions } from './creator/form.js';
export type { CreatorRowResult, CreatorRowSuccess, CreatorRowFailure } from './creator/record-result.js';
export { creatorCriteria, type CriteriaLiteral as CreatorCriteriaLiteral } from './creator/criteria.js';
export type { CreatorRecord, CreatorFieldValues, CreatorRecordError, CreatorFieldConfig, CreatorCallOptions } from './creator/creator-types.js';
export { Desk, type DeskClient } from './desk/desk.js';
export type * from './desk/desk-types.js';
// The request budget (limits shared across processes).
export type { BudgetBackend, BackendSnapshot, CreditAnswer } from './http/budget/budget-backend.js';
export { MemoryBudgetBackend } from './http/budget/memory-budget-backend.js';
export type { BudgetSnapshot, ProductUsage } from './http/budget/budget.js';
export type { LimitsConfig, ProductLimitsConfig, CrmLimitsConfig } from './http/budget/limits-config.js';
export { CRM_CONCURRENCY, CRM_CREDITS, CRM_EDITIONS, CRM_SUB_CONCURRENCY, crmCredits, type CrmEdition } from './http/budget/zoho-limits.js';
