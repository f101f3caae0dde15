import { bulkRead, type BulkReadOptions } from './bulk-read.js';
import { bulkWrite, type BulkWriteOptions } from './bulk-write.js';
import type { Crm } from './crm.js';
import { Record } from './record.js';

/** One CRM module. The records, metadata and jobs of the module hang off it. */
export class Module {
  constructor(
    readonly crm: Crm,
    readonly apiName: string,
  ) {}

  /** A record handle; without an id it is a new record that save() creates. */
  record(id?: string): Record {
    return new Record(this, id);
  }

  /** Bulk read job: rows of the module streamed from Zoho's ZIP/CSV result (see bulk-read.ts). */
  bulkRead(options: BulkReadOptions = {}): ReturnType<typeof bulkRead> {
    return bulkRead(this, options);
  }

  /** Bulk write job: rows uploaded as ZIP/CSV, then the job's result rows (see bulk-write.ts). */
  bulkWrite(rows: Parameters<typeof bulkWrite>[1], options: BulkWriteOptions): ReturnType<typeof bulkWrite> {
    return bulkWrite(this, rows, options);
  }
}
