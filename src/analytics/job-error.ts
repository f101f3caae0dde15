import { ZohoError, type ZohoErrorOptions } from '../errors.js';

/**
 * An Analytics bulk job that ended badly: jobCode "1003" (the job failed; Zoho still
 * answers HTTP 200) or "1005" (no such job, or its result expired after an hour).
 * `code` is the jobCode.
 */
export class AnalyticsJobError extends ZohoError {
  override name = 'AnalyticsJobError';
  readonly jobId: string;
  readonly jobCode: '1003' | '1005';
  /** Zoho's words for the state, e.g. "ERROR OCCURRED". */
  readonly jobStatus: string | undefined;

  constructor(message: string, options: ZohoErrorOptions & { jobId: string; jobCode: '1003' | '1005'; jobStatus: string | undefined }) {
    super(message, { ...options, product: 'analytics', code: options.jobCode });
    this.jobId = options.jobId;
    this.jobCode = options.jobCode;
    this.jobStatus = options.jobStatus;
  }
}
