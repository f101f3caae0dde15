import { ZohoError } from '../errors.js';

/**
 * A request zohokit refuses before sending because Zoho would refuse it: more than 10
 * search conditions, a COQL offset past 100,000, more than 2,000 records through search.
 * `limit` is Zoho's limit and `requested` what was asked for.
 */
export class ZohoLimitError extends ZohoError {
  override name = 'ZohoLimitError';
  readonly limit: number;
  readonly requested: number;

  constructor(message: string, options: { limit: number; requested: number }) {
    super(message, { product: 'crm', code: 'LIMIT_EXCEEDED', details: { limit: options.limit, requested: options.requested } });
    this.limit = options.limit;
    this.requested = options.requested;
  }
}
