/**
 * zohokit: typed clients for Zoho CRM, Analytics, Creator and Desk, with multi-user OAuth.
 *
 * This entry carries all four products. `zohokit/crm`, `zohokit/analytics`,
 * `zohokit/creator` and `zohokit/desk` each carry the core and one product, so a program
 * that uses one product loads only its modules. It imports no Node-only module, so it runs
 * wherever `fetch` exists.
 */
export { createZoho, type Zoho, type ZohoView } from './zoho.js';
export * from './core-api.js';
export * from './crm/index.js';
export * from './analytics/index.js';
export * from './creator/index.js';
export * from './desk/index.js';
