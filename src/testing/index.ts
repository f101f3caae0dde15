/**
 * zohokit/testing: the Zoho simulator and the conformance suites (token stores, budget backends).
 */
export { createSimulator, Simulator, type SimulatorOptions, type SimulatorServer } from './simulator.js';
export type { SimulatorStats } from './stats.js';
export { MALFORMED_KINDS, type Fault, type FaultMatch, type FaultSettings, type FaultShare, type MalformedKind } from './faults.js';
export {
  describeTokenStoreConformance,
  type ConformanceRunner,
  type TokenStoreConformanceOptions,
  type Matchers as ConformanceMatchers,
  type AsyncMatchers as ConformanceAsyncMatchers,
  type MakeStore as TokenStoreFactory,
} from './token-store-conformance.js';
// The simulator's per-product state (`sim.crm`, `sim.analytics`...), for seeding and inspecting.
export type { CrmState } from './crm/crm-state.js';
export type { AnalyticsState } from './analytics/analytics-state.js';
export type { CreatorState } from './creator/creator-state.js';
export type { DeskState, SimDeskOrgDefinition } from './desk/desk-state.js';
export type { DeskOrg, DeskKind, SimDeskRecord } from './desk/desk-org.js';
export type { CrmChange, CrmUser, ReceivedWrite, DeletedEntry, PageTokenState, CrmNamedEntity } from './crm/crm-state.js';
export type { CrmMetadata, SimModule } from './crm/metadata/crm-metadata.js';
export type { RecordMap, SortKey, CrmRecord as SimCrmRecord } from './crm/records/crm-record-map.js';
export type { CollectionStore, CollectionItem } from './crm/settings/crm-collection-store.js';
export type { QueryResult } from './analytics/analytics-sql.js';
export type { SimField, SimFieldType, FieldSeed, FieldSeedOptions } from './crm/metadata/crm-fields.js';
export type { SimApp, SimAppDefinition, SimCursor, SimCreatorRecord, SimForm, SimReport, SimFieldDefinition } from './creator/creator-state.js';
export type { SimBulkJob } from './creator/creator-bulk-jobs.js';
export type { SimOrg, SimWorkspace, SimTable, SimColumn, SimColumnDefinition, SimImportRecord, SimRow } from './analytics/analytics-state.js';
export type { SimExportJob, SimImportJob, JobCode } from './analytics/analytics-jobs.js';
export type { SimCell, SimDataType } from './analytics/analytics-values.js';
export type { SeededRandom } from './random.js';
export { describeBudgetBackendConformance, type BudgetBackendConformanceOptions, type BudgetConformanceRunner, type Matchers as BudgetConformanceMatchers } from './budget-backend-conformance.js';
export type { SimLimitsOptions, SimRate } from './limits/sim-limits.js';
export type { SimLimitStats, Limited as SimLimitedProduct } from './limits/limit-enforcer.js';
