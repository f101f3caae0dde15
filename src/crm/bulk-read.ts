import type { Module } from './module.js';

export interface BulkReadOptions {
  fields?: string[];
}

/** Bulk read: create the job, poll it, stream the rows of its ZIP/CSV result. */
export function bulkRead(_module: Module, _options: BulkReadOptions): AsyncIterable<Record<string, string>> {
  throw new Error('not implemented yet');
}
