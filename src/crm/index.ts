/**
 * CRM's public surface: the factory, the entity classes, queries, jobs, notifications and
 * their types. Re-exported by `zohokit` and, with the core, by `zohokit/crm`.
 */
export { crm } from './crm-factory.js';
// Bulk jobs and notifications.
export type { PollOptions } from './jobs/bulk-job.js';
export type { BulkReadOptions, BulkReadProgress, BulkReadJobState, BulkCriteria, BulkComparator } from './jobs/bulk-read.js';
export type { BulkWriteOptions, BulkWriteProgress, BulkWriteResult, BulkWriteRowResult, BulkWriteRowError, BulkWriteOperation, BulkWriteStatus } from './jobs/bulk-write.js';
export { Notifications, type WatchChannelInput, type WatchChannel, type WatchEvent, type WatchOperation, type WatchResult, type WatchedEvent } from './notifications/notifications.js';
export { createNotificationHandler, type CrmNotification, type NotificationListener, type NotificationHandlerOptions } from './notifications/notification-handler.js';
// Records: entities, query helpers, batched load.
export { Crm, type CrmClient, type CrmPaths } from './crm.js';
export { Module } from './module.js';
export { CrmRecord } from './records/record.js';
export { ModuleRecords, type ListOptions, type RecordListFilter, type RecordIterateOptions, type WriteOptions, type UpsertOptions, type SearchQuery, type SearchOptions, type DeletedOptions } from './records/records.js';
export type { CrmPageOptions, CrmTokenPageOptions } from './crm-page.js';
export type { CrmRecordData, FieldValues, CrmInfo, CrmTrigger, CrmErrorDetails, ModuleInfo, Org, CrmUserData, RoleData, ProfileData, DeletedRecord } from './crm-types.js';
export type { WriteResult, WriteSuccess, WriteAction, CrmWriteExtra } from './results.js';
export { criteria, Criteria, CriteriaValue, escapeSearchValue, type Comparator, type CriteriaInput } from './criteria.js';
export { coql, CoqlQuery, type CoqlPageOptions } from './records/coql.js';
export { Field, type FieldData, type FieldDataType } from './metadata/field.js';
export { PickListValue, type PickListValueData } from './metadata/pick-list-value.js';
export { Section, type SectionData } from './metadata/section.js';
export { Layout, type LayoutData } from './metadata/layout.js';
export { CustomView, type CustomViewData } from './metadata/custom-view.js';
export { RelatedList, type RelatedListData } from './metadata/related-list.js';
export { Users, type UserType } from './settings/users.js';
export { SettingsList } from './settings/settings-list.js';
export { LineItems, LINE_ITEM_FIELDS } from './records/line-items.js';
export { LineItem, type LineItemInput, type LineItemData } from './records/line-item.js';
export { Tax, type TaxInput, type LineTaxData } from './records/tax.js';
export type { LoadOptions, LoadResult, LoadRowResult, LoadProgress, LoadAction, LoadWriteAction, RetrieveResult, RetrieveExtra, PicklistMap, SkippedRow } from './records/load.js';
export type { ReadOptions, ReadOrder } from './records/read.js';
export { flatten } from './records/flatten.js';
// Sub-resources and record actions.
export type { Attachment, AttachmentData, FileDownload } from './files/attachment.js';
export type { AttachmentResult, AttachmentListOptions } from './files/attachments.js';
export type { Note, NoteData, NoteInput, NoteChanges } from './records/note.js';
export type { ConvertLeadOptions, ConvertedLead, ConvertedRecord } from './records/convert-lead.js';
export { MassUpdateJob, type MassUpdateTarget, type MassUpdateStatus } from './records/mass-update.js';
export { RecycleBin, type RecycleBinEntry, type RecycleBinFilter, type RecycleBinListFilter } from './records/recycle-bin.js';
export { subRequest, type SubRequest, type SubResult, type CompositeOptions } from './records/composite.js';
// Settings with an entity layer: tags, global picklists, pipelines, territories, user groups, locks.
export { Tags, type TagData, type NewTag, type TagChange } from './settings/tags.js';
export { ModuleTags, RecordTags, type TagOptions } from './records/record-tags.js';
export { GlobalPicklists, type GlobalPicklistData, type GlobalPicklistInput } from './metadata/global-picklists.js';
export { Pipelines, type PipelineData, type PipelineInput } from './metadata/pipelines.js';
export { Territories, TerritoryHandle, TerritoryUsers, type TerritoryData, type TerritoryInput, type TerritoryUserData } from './settings/territories.js';
export { UserGroups, type UserGroupData, type UserGroupInput, type UserGroupSource } from './settings/user-groups.js';
export { RecordLocks, type RecordLock } from './records/record-locks.js';
// Types that public methods and properties name, exported so they can be named (and
// documented) too.
export type { MetadataCache } from './metadata/metadata-cache.js';
export type { CrmNotes } from './records/crm-notes.js';
export type { Notes } from './records/notes.js';
export type { Attachments } from './files/attachments.js';
export type { Photo } from './files/photo.js';
export type { RelatedRecords } from './records/related-records.js';
export type { ChangeOwnerOptions } from './records/change-owner.js';
export type { WaitOptions as MassUpdateWaitOptions } from './records/mass-update.js';
export type { CompositeResults, SuccessBody, SubRequestInit } from './records/composite.js';
export type { CoqlParts } from './records/coql.js';
export type { CriteriaNode } from './criteria.js';
export type { LinkSource } from './files/attachments.js';
export type { NewNote, NoteResult, NoteListOptions } from './records/crm-notes.js';
export type { NoteFieldsOption, RecordNoteListOptions } from './records/notes.js';
export type { RelatedLink } from './records/related-records.js';
export type { NotificationPayload } from './notifications/notification-payload.js';
