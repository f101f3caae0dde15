/**
 * `zohokit/creator`: the core client and Creator, without the other products. Start with
 * `createZohoCore(config)` and `creator(zoho)`; every class and error is the same one that
 * `zohokit` exports, so the two entries mix.
 */
export * from '../core-api.js';
export * from '../creator/index.js';
