/**
 * zohokit/testing: the Zoho simulator and the token-store conformance suite.
 */
export { createSimulator, Simulator, type SimulatorOptions, type SimulatorServer } from './simulator.js';
export type { SimulatorStats } from './stats.js';
export { MALFORMED_KINDS, type Fault, type FaultMatch, type FaultSettings, type FaultShare, type MalformedKind } from './faults.js';
export { describeTokenStoreConformance, type ConformanceRunner, type TokenStoreConformanceOptions } from './token-store-conformance.js';
