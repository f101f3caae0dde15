/**
 * Creator's public surface: the factory, apps, forms, reports and bulk reads, and their
 * types. Re-exported by `zohokit` and, with the core, by `zohokit/creator`.
 */
export { creator } from './creator-factory.js';
export { Creator, type CreatorClient } from './creator.js';
export type { CreatorBulkReadOptions, CreatorBulkReadJobInfo, CreatorCsvRow } from './bulk-read.js';
export { CreatorReport, type CreatorListOptions, type CreatorIterateOptions, type CreatorWriteOptions, type CreatorUpdateOptions, type CreatorDeleteOptions } from './report.js';
export { CreatorForm, type CreatorAddOptions } from './form.js';
export type { CreatorWriteResult, CreatorWriteResults, CreatorWriteExtra } from './record-result.js';
export { creatorCriteria, type CriteriaLiteral as CreatorCriteriaLiteral } from './criteria.js';
export type { CreatorRecord, CreatorFieldValues, CreatorRecordError, CreatorFieldConfig, CreatorCallOptions, CreatorUserOption } from './creator-types.js';
export type { CreatorApp } from './creator-app.js';
