/**
 * `zohokit/analytics`: the core client and Analytics, without the other products. Start with
 * `createZohoCore(config)` and `analytics(zoho)`; every class and error is the same one that
 * `zohokit` exports, so the two entries mix.
 */
export * from '../core-api.js';
export * from '../analytics/index.js';
