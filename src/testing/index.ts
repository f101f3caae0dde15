/**
 * zohokit/testing: the Zoho simulator and the conformance suites (token stores, budget backends).
 */
export { createSimulator, Simulator, type SimulatorOptions, type SimulatorServer } from './simulator.js';
export type { SimulatorStats } from './stats.js';
export { MALFORMED_KINDS, type Fault, type FaultMatch, type FaultSettings, type MalformedKind } from './faults.js';
export { describeTokenStoreConformance, type ConformanceRunner, type TokenStoreConformanceOptions } from './token-store-conformance.js';
export { describeBudgetBackendConformance, type BudgetBackendConformanceOptions, type BudgetConformanceRunner } from './budget-backend-conformance.js';
export type { SimLimitsOptions, SimRate } from './limits/sim-limits.js';
export type { SimLimitStats } from './limits/limit-enforcer.js';
