import type { CrmState } from '../crm-state.js';
import type { ServedDownload } from './bulk-zip.js';
import { WatchDeliveries, type SimWatchChannel } from '../notifications/watch-deliveries.js';

/** A bulk read job as the simulator keeps it. */
export interface SimBulkReadJob {
  id: string;
  module: string;
  /** The job's `query`, as received (tests check paging went by page_token). */
  query: Record<string, unknown>;
  createdBy: { id: string; name: string };
  createdTime: string;
  user: string;
  state: 'ADDED' | 'QUEUED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';
  polls: number;
  failing: boolean;
  result: { page: number; count: number; per_page: number; more_records: boolean; next_page_token: string | null; download_url: string };
  /** The result ZIP; prepared in the background from creation, as Zoho does. */
  zip: Uint8Array | undefined;
  /** Why preparing the file failed, when it did (the job then ends in FAILURE). */
  buildError?: string;
  ready: Promise<void>;
}

/** A bulk write job as the simulator keeps it. */
export interface SimBulkWriteJob {
  id: string;
  module: string;
  operation: 'insert' | 'update' | 'upsert';
  fileId: string;
  findBy: string | undefined;
  fieldMappings: { api_name: string; index?: number }[] | undefined;
  ignoreEmpty: boolean;
  createdBy: { id: string; name: string };
  createdTime: string;
  user: string;
  status: 'ADDED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILED';
  polls: number;
  failing: boolean;
  counts: { added: number; updated: number; skipped: number; total: number };
  fileName: string;
  resultZip: Uint8Array | undefined;
  /** Why the job FAILED, when it did. */
  message?: string;
}

/**
 * The simulator's memory of CRM bulk jobs, uploads and watch channels, beside CrmState
 * (which holds the records). Tests reach it with `crmJobs(sim.crm)` to tune job timing,
 * make a job fail, and watch downloads and notification deliveries.
 */
export class CrmJobsState {
  /** Records per bulk read page. Zoho: 200,000; tests lower it to page through small data. */
  bulkReadPageSize = 200_000;
  /** Polls a job answers before it is COMPLETED (ADDED → QUEUED → IN PROGRESS → COMPLETED). */
  pollsToComplete = 3;
  /** Zoho: "Only 10 requests for download are allowed for one-minute interval". */
  downloadsPerMinute = 10;
  /**
   * Where bulk write results say they are (`result.download_url`). Default: the origin the
   * job was polled through. Tests point it elsewhere to see a client refuse a foreign host.
   */
  writeDownloadOrigin: string | undefined;

  readonly reads = new Map<string, SimBulkReadJob>();
  readonly writes = new Map<string, SimBulkWriteJob>();
  /** Uploaded bulk write files by file_id. */
  readonly uploads = new Map<string, { bytes: Uint8Array; name: string; user: string }>();
  /** Every result download, in order. */
  readonly downloads: ServedDownload[] = [];
  /** Watch channels by channel_id. */
  readonly channels = new Map<string, SimWatchChannel>();
  readonly deliveries: WatchDeliveries;
  /** page_token → where the next page starts. */
  readonly pageTokens = new Map<string, { module: string; offset: number; page: number }>();
  readonly downloadTimes = new Map<string, number[]>();
  #failReads = 0;
  #failWrites = 0;

  constructor(readonly crm: CrmState, readonly now: () => number) {
    this.deliveries = new WatchDeliveries(crm, this.channels, now);
    crm.onChange((change) => this.deliveries.notify(change));
  }

  /** The next `times` bulk read jobs end in FAILURE. */
  failNextBulkRead(times = 1): void {
    this.#failReads += times;
  }

  /** The next `times` bulk write jobs end FAILED. */
  failNextBulkWrite(times = 1): void {
    this.#failWrites += times;
  }

  takeReadFailure(): boolean {
    if (this.#failReads === 0) return false;
    this.#failReads--;
    return true;
  }

  takeWriteFailure(): boolean {
    if (this.#failWrites === 0) return false;
    this.#failWrites--;
    return true;
  }

  /** Settles once every notification sent so far has been answered (or failed). */
  deliveriesSettled(): ReturnType<WatchDeliveries['settled']> {
    return this.deliveries.settled();
  }
}

const states = new WeakMap<CrmState, CrmJobsState>();

/** The jobs state that goes with a simulator's CrmState: `crmJobs(sim.crm)`. */
export function crmJobs(crm: CrmState, now: () => number = Date.now): CrmJobsState {
  let state = states.get(crm);
  if (!state) {
    state = new CrmJobsState(crm, now);
    states.set(crm, state);
  }
  return state;
}

/** Zoho's date-time: ISO 8601 without milliseconds, with an offset. */
export function zohoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
