import { CrmFileStore } from './files/crm-file-store.js';
import { CrmRecycleBin } from './records/crm-recycle-bin.js';
import { CrmRelations } from './records/crm-relations.js';
import type { CrmState } from './crm-state.js';

/** A mass update job: applied when a poll finds it done, as CRM runs it in the background. */
export interface SimMassUpdateJob {
  id: string;
  module: string;
  ids: string[];
  values: Record<string, unknown>;
  user: string;
  /** Status polls answered so far; the job finishes on the second. */
  polls: number;
  status: 'SCHEDULED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  updated: number;
  notUpdated: number;
}

/**
 * What the sub-resource routes keep beside the records: files, links, the recycle bin and
 * mass update jobs (notes live in the state's `Notes` module, like any record).
 */
export interface CrmSubresources {
  readonly files: CrmFileStore;
  readonly relations: CrmRelations;
  readonly recycleBin: CrmRecycleBin;
  readonly massUpdates: Map<string, SimMassUpdateJob>;
}

const kept = new WeakMap<CrmState, CrmSubresources>();

/**
 * The sub-resource state of a simulator's CRM (`crmSubresources(sim.crm)` in a test to
 * look at stored files or the bin). Created once per CrmState, by the routes.
 */
export function crmSubresources(crm: CrmState, now: () => number = Date.now): CrmSubresources {
  let state = kept.get(crm);
  if (!state) {
    const files = new CrmFileStore();
    const relations = new CrmRelations();
    state = { files, relations, recycleBin: new CrmRecycleBin(crm, now, files, relations), massUpdates: new Map() };
    kept.set(crm, state);
  }
  return state;
}
