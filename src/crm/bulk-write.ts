import type { Module } from './module.js';

export interface BulkWriteOptions {
  operation: 'insert' | 'update' | 'upsert';
}

/** Bulk write: build the CSV+ZIP, upload it, create the job, poll it, return result rows. */
export async function bulkWrite(_module: Module, _rows: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, _options: BulkWriteOptions): Promise<unknown> {
  throw new Error('not implemented yet');
}
