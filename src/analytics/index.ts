/**
 * Analytics' public surface: the factory, workspaces, tables, SQL, imports and their types.
 * Re-exported by `zohokit` and, with the core, by `zohokit/analytics`. Loads no Node-only
 * module.
 */
export { analytics } from './analytics-factory.js';
export { Analytics, type AnalyticsClient, type AnalyticsOrganization } from './analytics.js';
export { AnalyticsWorkspace, type ExportSqlOptions, type StreamSqlOptions, type WorkspaceRef } from './workspace.js';
export { AnalyticsTable } from './table.js';
// Named with the product: CRM's CriteriaInput and CriteriaValue keep the plain names.
export { analyticsCriteria, quoteColumn, sqlLiteral, type AnalyticsCriteria, type CriteriaInput as AnalyticsCriteriaInput, type CriteriaValue as AnalyticsCriteriaValue } from './criteria.js';
export { DEFAULT_BATCH_BYTES, SYNC_IMPORT_LIMIT_BYTES } from './import-limits.js';
export type { ImportOptions, ImportSummary, ImportType, OnImportError } from './import-data.js';
export type { ImportInput } from './csv-source.js';
export type { AnalyticsQueryCache, QueryCacheOptions } from './query-cache.js';
export { emojiShortcode, replaceEmoji, type EmojiReplacer } from './emoji.js';
export type { AnalyticsColumn, AnalyticsColumnDefinition, AnalyticsDataType, AnalyticsJobOptions, AnalyticsRow, AnalyticsRowValues, AnalyticsTableDefinition, AnalyticsView, AnalyticsWorkspaceInfo } from './analytics-types.js';
export type { AnalyticsSchemas } from './analytics-types.js';
