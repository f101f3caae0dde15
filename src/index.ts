/**
 * zohokit: typed clients for Zoho CRM, Analytics, Creator and Desk, with multi-user OAuth.
 *
 * This entry imports no Node-only module, so it runs wherever `fetch` exists.
 */
export { createZoho, type Zoho, type ZohoView } from './zoho.js';
// One product at a time: createZohoCore() plus crm(view), ... so a bundle carries only those.
export { createZohoCore, type ZohoCore, type ZohoCoreView, type ZohoClientBase, type AuthorizedUser, type AuthorizeOptions } from './zoho-core.js';
export { crm } from './crm/crm-factory.js';
export { analytics } from './analytics/analytics-factory.js';
export { creator } from './creator/creator-factory.js';
export { desk } from './desk/desk-factory.js';
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
// CRM bulk jobs and notifications.
export type { PollOptions } from './crm/jobs/bulk-job.js';
export type { BulkReadOptions, BulkReadProgress, BulkReadJobState, BulkCriteria, BulkComparator } from './crm/jobs/bulk-read.js';
export type { BulkWriteOptions, BulkWriteProgress, BulkWriteResult, BulkWriteRowResult, BulkWriteRowError, BulkWriteOperation, BulkWriteStatus } from './crm/jobs/bulk-write.js';
export type { CsvRow } from './bulk/zip-csv-rows.js';
export { Notifications, type WatchChannelInput, type WatchChannel, type WatchEvent, type WatchOperation, type WatchResult, type WatchedEvent } from './crm/notifications/notifications.js';
export { createNotificationHandler, type CrmNotification, type NotificationListener, type NotificationHandlerOptions } from './crm/notifications/notification-handler.js';
// CRM records core: entities, query helpers, batched load.
export { Crm, type CrmClient, type CrmPaths } from './crm/crm.js';
export { Module } from './crm/module.js';
export { CrmRecord } from './crm/records/record.js';
export { ModuleRecords, type ListOptions, type RecordListFilter, type RecordIterateOptions, type WriteOptions, type UpsertOptions, type SearchQuery, type SearchOptions, type DeletedOptions } from './crm/records/records.js';
export type { CrmPageOptions, CrmTokenPageOptions } from './crm/crm-page.js';
export type { CrmRecordData, FieldValues, CrmInfo, CrmTrigger, CrmErrorDetails, ModuleInfo, Org, CrmUserData, RoleData, ProfileData, DeletedRecord } from './crm/crm-types.js';
export type { RateLimitInfo } from './http/rate-limit.js';
export type { WriteResult, WriteSuccess, WriteAction, CrmWriteExtra } from './crm/results.js';
export type { ItemResult, ItemSuccess, ItemFailure, ItemError, Applied } from './item-result.js';
export type { Page, PageCursor, IterateOptions } from './page.js';
export { criteria, Criteria, CriteriaValue, escapeSearchValue, type Comparator, type CriteriaInput } from './crm/criteria.js';
export { coql, CoqlQuery, type CoqlPageOptions } from './crm/records/coql.js';
export { Field, type FieldData, type FieldDataType } from './crm/metadata/field.js';
export { PickListValue, type PickListValueData } from './crm/metadata/pick-list-value.js';
export { Section, type SectionData } from './crm/metadata/section.js';
export { Layout, type LayoutData } from './crm/metadata/layout.js';
export { CustomView, type CustomViewData } from './crm/metadata/custom-view.js';
export { RelatedList, type RelatedListData } from './crm/metadata/related-list.js';
export { Users, type UserType } from './crm/settings/users.js';
export { SettingsList } from './crm/settings/settings-list.js';
export { LineItems, LINE_ITEM_FIELDS } from './crm/records/line-items.js';
export { LineItem, type LineItemInput, type LineItemData } from './crm/records/line-item.js';
export { Tax, type TaxInput, type LineTaxData } from './crm/records/tax.js';
export type { LoadOptions, LoadResult, LoadRowResult, LoadProgress, LoadAction, LoadWriteAction, RetrieveResult, RetrieveExtra, PicklistMap, SkippedRow } from './crm/records/load.js';
export type { ReadOptions, ReadOrder } from './crm/records/read.js';
export { flatten } from './crm/records/flatten.js';
// CRM sub-resources and record actions.
export type { UploadSource, UploadOptions } from './upload/upload-body.js';
export type { Attachment, AttachmentData, FileDownload } from './crm/files/attachment.js';
export type { AttachmentResult, AttachmentListOptions } from './crm/files/attachments.js';
export type { Note, NoteData, NoteInput, NoteChanges } from './crm/records/note.js';
export type { ConvertLeadOptions, ConvertedLead, ConvertedRecord } from './crm/records/convert-lead.js';
export { MassUpdateJob, type MassUpdateTarget, type MassUpdateStatus } from './crm/records/mass-update.js';
export { RecycleBin, type RecycleBinEntry, type RecycleBinFilter, type RecycleBinListFilter } from './crm/records/recycle-bin.js';
export { subRequest, type SubRequest, type SubResult, type CompositeOptions } from './crm/records/composite.js';
// CRM settings with an entity layer: tags, global picklists, pipelines, territories, user groups, locks.
export { Tags, type TagData, type NewTag, type TagChange } from './crm/settings/tags.js';
export { ModuleTags, RecordTags, type TagOptions } from './crm/records/record-tags.js';
export { GlobalPicklists, type GlobalPicklistData, type GlobalPicklistInput } from './crm/metadata/global-picklists.js';
export { Pipelines, type PipelineData, type PipelineInput } from './crm/metadata/pipelines.js';
export { Territories, TerritoryHandle, TerritoryUsers, type TerritoryData, type TerritoryInput, type TerritoryUserData } from './crm/settings/territories.js';
export { UserGroups, type UserGroupData, type UserGroupInput, type UserGroupSource } from './crm/settings/user-groups.js';
export { RecordLocks, type RecordLock } from './crm/records/record-locks.js';
// Analytics, Creator and Desk.
export * from './analytics/index.js';
export { Creator, type CreatorClient } from './creator/creator.js';
export type { CreatorBulkReadOptions, CreatorBulkReadJobInfo, CreatorCsvRow } from './creator/bulk-read.js';
export { CreatorReport, type CreatorListOptions, type CreatorIterateOptions, type CreatorWriteOptions, type CreatorUpdateOptions, type CreatorDeleteOptions } from './creator/report.js';
export { CreatorForm, type CreatorAddOptions } from './creator/form.js';
export type { CreatorWriteResult, CreatorWriteResults, CreatorWriteExtra } from './creator/record-result.js';
export { creatorCriteria, type CriteriaLiteral as CreatorCriteriaLiteral } from './creator/criteria.js';
export type { CreatorRecord, CreatorFieldValues, CreatorRecordError, CreatorFieldConfig, CreatorCallOptions, CreatorUserOption } from './creator/creator-types.js';
export { Desk, type DeskClient } from './desk/desk.js';
export type * from './desk/desk-types.js';
// Types that public methods and properties name, exported so they can be named (and
// documented) too.
export type { MetadataCache } from './crm/metadata/metadata-cache.js';
export type { CrmNotes } from './crm/records/crm-notes.js';
export type { Notes } from './crm/records/notes.js';
export type { Attachments } from './crm/files/attachments.js';
export type { Photo } from './crm/files/photo.js';
export type { RelatedRecords } from './crm/records/related-records.js';
export type { ChangeOwnerOptions } from './crm/records/change-owner.js';
export type { WaitOptions as MassUpdateWaitOptions } from './crm/records/mass-update.js';
export type { CompositeResults, SuccessBody, SubRequestInit } from './crm/records/composite.js';
export type { CoqlParts } from './crm/records/coql.js';
export type { CriteriaNode } from './crm/criteria.js';
export type { CreatorApp } from './creator/creator-app.js';
export type { DeskTickets } from './desk/tickets.js';
export type { DeskCollection, DeskList, DeskCallMaker, DeskResource, DeskCollectionResource, DeskPath, DeskPageOptions } from './desk/desk-collection.js';
export type { DeskCall } from './desk/desk-call.js';
export type { DeskTicketComments, DeskCommentListOptions } from './desk/ticket-comments.js';
export type { DeskTicketThreads, DeskThreadListOptions } from './desk/ticket-threads.js';
export type { DeskAccountInclude, DeskContactInclude, DeskContacts, DeskAccounts } from './desk/desk-resources.js';
export type { LinkSource } from './crm/files/attachments.js';
export type { NewNote, NoteResult, NoteListOptions } from './crm/records/crm-notes.js';
export type { NoteFieldsOption, RecordNoteListOptions } from './crm/records/notes.js';
export type { RelatedLink } from './crm/records/related-records.js';
export type { AnalyticsSchemas } from './analytics/analytics-types.js';
export type { CriteriaInput as AnalyticsCriteriaInput, CriteriaValue as AnalyticsCriteriaValue } from './analytics/criteria.js';
export type { NotificationPayload } from './crm/notifications/notification-payload.js';
// The request budget (limits shared across processes).
export type { BudgetBackend, BackendSnapshot, CreditAnswer } from './http/budget/budget-backend.js';
export { MemoryBudgetBackend } from './http/budget/memory-budget-backend.js';
export type { BudgetSnapshot, ProductUsage } from './http/budget/budget.js';
export { BUDGET_PRODUCTS, type BudgetProduct } from './http/budget/limits.js';
export type { LimitsConfig, ProductLimitsConfig, CrmLimitsConfig } from './http/budget/limits-config.js';
export { CRM_CONCURRENCY, CRM_CREDITS, CRM_EDITIONS, CRM_SUB_CONCURRENCY, crmCredits, type CrmEdition } from './http/budget/zoho-limits.js';
