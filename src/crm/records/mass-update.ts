import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { ZohoError, ZohoResponseError } from '../../errors.js';
import { sleep } from '../../http/sleep.js';
import { ZohoJobError } from '../jobs/bulk-job.js';
import { onlyItem } from '../item-result.js';
import type { Module } from '../module.js';

type Schemas = components['schemas'];

// Zoho CRM mass-updates at most 50,000 records per job.
const MAX_IDS = 50_000;

/** Which records a mass update changes: by id, or every record of a custom view (optionally narrowed). */
export type MassUpdateTarget =
  | { ids: readonly string[] }
  | { cvid: string; criteria?: Schemas['MassUpdateCriterion'][]; territory?: { id: string; includeChild?: boolean } };

/** A mass update job's progress, as CRM reports it. */
export interface MassUpdateStatus {
  status: Schemas['MassJobStatus'];
  total: number;
  updated: number;
  notUpdated: number;
  failed: number;
}

/** How to wait for a job: waits grow from `intervalMs` to `maxIntervalMs`; every poll costs an API credit. */
export interface WaitOptions extends CallOptions {
  /** First wait between polls. Default 1,000 ms. */
  intervalMs?: number;
  /** Longest wait between polls. Default 10,000 ms. */
  maxIntervalMs?: number;
  /** Give up (ZohoJobError, reason `timeout`) after this. Default 10 minutes. */
  timeoutMs?: number;
  onStatus?: (status: MassUpdateStatus) => void;
}

/**
 * A scheduled mass update. CRM runs it in the background: `status()` polls once, `wait()`
 * polls until it is COMPLETED (resolving with the counts) or FAILED (ZohoJobError).
 */
export class MassUpdateJob {
  constructor(
    readonly module: Module,
    readonly jobId: string,
  ) {}

  /**
   * Polls the job once and answers its counts (each poll costs an API credit).
   *
   * @example
   * const job = await crm.module('Leads').massUpdate({ Lead_Status: 'Contacted' }, { ids: ['4150868000000225013', '4150868000000225014'] });
   * const { status, updated } = await job.status();
   * console.log(status, updated);
   * @see https://zoho.com/crm/developer/docs/api/v8/mass-update-status.html
   */
  async status(options: CallOptions = {}): Promise<MassUpdateStatus> {
    const { data, response } = await this.module.crm.api.GET('/crm/v8/{module_api_name}/actions/mass_update', {
      params: { path: { module_api_name: this.module.apiName }, query: { job_id: this.jobId } },
      signal: options.signal ?? null,
    });
    const raw = data?.data[0];
    if (raw?.Status === undefined) throw new ZohoResponseError(`crm: mass update job ${this.jobId} answered without a Status`, { product: 'crm', status: response.status });
    return { status: raw.Status, total: raw.Total_Count ?? 0, updated: raw.Updated_Count ?? 0, notUpdated: raw.Not_Updated_Count ?? 0, failed: raw.Failed_Count ?? 0 };
  }

  /**
   * Polls until the job is done and returns its final counts.
   *
   * @throws ZohoJobError when the job FAILED or outlived `timeoutMs`.
   * @example
   * const job = await crm.module('Contacts').massUpdate({ Department: 'Sales' }, { cvid: '4150868000000087501' });
   * const done = await job.wait({ intervalMs: 2_000, timeoutMs: 300_000, onStatus: (s) => console.log(s.status) });
   * console.log(done.updated, done.failed);
   * @see https://zoho.com/crm/developer/docs/api/v8/mass-update-status.html
   */
  async wait(options: WaitOptions = {}): Promise<MassUpdateStatus> {
    const timeoutMs = options.timeoutMs ?? 600_000;
    const deadline = Date.now() + timeoutMs;
    let wait = options.intervalMs ?? 1_000;
    for (;;) {
      const current = await this.status(options.signal ? { signal: options.signal } : {});
      options.onStatus?.(current);
      if (current.status === 'COMPLETED') return current;
      if (current.status === 'FAILED') {
        throw new ZohoJobError(`crm: mass update job ${this.jobId} of ${this.module.apiName} FAILED`, { product: 'crm', jobId: this.jobId, state: current.status, reason: 'failed', details: current });
      }
      if (Date.now() + wait > deadline) {
        throw new ZohoJobError(`crm: mass update job ${this.jobId} still ${current.status} after ${timeoutMs} ms`, { product: 'crm', jobId: this.jobId, state: current.status, reason: 'timeout', details: current });
      }
      await sleep(wait, options.signal);
      wait = Math.min(options.maxIntervalMs ?? 10_000, Math.ceil(wait * 1.5));
    }
  }
}

/**
 * Sets the same field values on many records in the background (up to 50,000 by id, or a
 * custom view's records). Returns the scheduled job; `await job.wait()` for the result.
 * @see https://zoho.com/crm/developer/docs/api/v8/mass-update-records.html
 */
export async function massUpdate(
  module: Module,
  values: Schemas['Record'],
  target: MassUpdateTarget,
  options: CallOptions & { overWrite?: boolean } = {},
): Promise<MassUpdateJob> {
  if (Object.keys(values).length === 0) throw new ZohoError('crm: a mass update needs at least one field value', { product: 'crm', code: 'INVALID_DATA' });
  if ('ids' in target && target.ids.length > MAX_IDS) {
    throw new ZohoError(`crm: a mass update takes at most ${MAX_IDS} ids; got ${target.ids.length}`, { product: 'crm', code: 'LIMIT_EXCEEDED' });
  }
  const which: Partial<Schemas['MassUpdateRequest']> =
    'ids' in target
      ? { ids: [...target.ids] }
      : {
          cvid: target.cvid,
          ...(target.criteria !== undefined ? { criteria: target.criteria } : {}),
          ...(target.territory !== undefined ? { territory: { id: target.territory.id, ...(target.territory.includeChild !== undefined ? { include_child: target.territory.includeChild } : {}) } } : {}),
        };
  const { data, response } = await module.crm.api.POST('/crm/v8/{module_api_name}/actions/mass_update', {
    params: { path: { module_api_name: module.apiName } },
    body: { data: [values], ...which, ...(options.overWrite !== undefined ? { over_write: options.overWrite } : {}) },
    signal: options.signal ?? null,
  });
  const { details } = onlyItem(data?.data, `scheduling a mass update of ${module.apiName}`, response.status);
  const jobId = details['job_id'];
  if (typeof jobId !== 'string') throw new ZohoResponseError('crm: the mass update was scheduled but CRM returned no job_id', { product: 'crm', status: response.status });
  return new MassUpdateJob(module, jobId);
}
