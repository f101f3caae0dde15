/**
 * `zohokit/desk`: the core client and Desk, without the other products. Start with
 * `createZohoCore(config)` and `desk(zoho)`; every class and error is the same one that
 * `zohokit` exports, so the two entries mix.
 */
export * from '../core-api.js';
export * from '../desk/index.js';
