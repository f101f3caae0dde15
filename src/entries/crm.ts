/**
 * `zohokit/crm`: the core client and CRM, without the other products. Start with
 * `createZohoCore(config)` and `crm(zoho)`; every class and error is the same one that
 * `zohokit` exports, so the two entries mix.
 */
export * from '../core-api.js';
export * from '../crm/index.js';
