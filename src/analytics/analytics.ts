import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/analytics.js';
import type { ProductContext } from '../product-context.js';
import type { ZohoView } from '../zoho.js';

export type AnalyticsClient = Client<paths>;

/** Zoho Analytics: `zoho.analytics`. */
export class Analytics {
  /** The typed low-level client: every operation of spec/analytics.yaml. */
  readonly api: AnalyticsClient;
  readonly context: ProductContext<ZohoView>;

  constructor(api: AnalyticsClient, context: ProductContext<ZohoView>) {
    this.api = api;
    this.context = context;
  }
}
