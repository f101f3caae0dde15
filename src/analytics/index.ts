/**
 * The public surface of zohokit's Analytics layer, for the package entry to re-export
 * (`export * from './analytics/index.js'`). Loads no Node-only module.
 */
export { Analytics, type AnalyticsClient, type AnalyticsOrganization } from './analytics.js';
export { AnalyticsWorkspace, type ExportSqlOptions, type StreamSqlOptions, type WorkspaceRef } from './workspace.js';
export { AnalyticsTable } from './table.js';
export { analyticsCriteria, quoteColumn, sqlLiteral, type AnalyticsCriteria, type CriteriaInput, type CriteriaValue } from './criteria.js';
export { DEFAULT_BATCH_BYTES, SYNC_IMPORT_LIMIT_BYTES, type ImportOptions, type ImportSummary, type ImportType, type OnImportError } from './import-data.js';
export type { ImportInput } from './csv-source.js';
export type { AnalyticsQueryCache, QueryCacheOptions } from './query-cache.js';
export { emojiShortcode, replaceEmoji, type EmojiReplacer } from './emoji.js';
export type { AnalyticsColumn, AnalyticsColumnDefinition, AnalyticsDataType, AnalyticsJobOptions, AnalyticsRow, AnalyticsRowValues, AnalyticsTableDefinition, AnalyticsView, AnalyticsWorkspaceInfo } from './analytics-types.js';
