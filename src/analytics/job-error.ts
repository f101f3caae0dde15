import { ZohoJobError } from '../errors.js';

/**
 * @deprecated Since 0.2.0 every product's failed job is a `ZohoJobError` (with `product`
 * 'analytics', `code` the jobCode "1003"/"1005", `state` Zoho's words for it). This alias
 * keeps `instanceof AnalyticsJobError` working; it will go in 1.0.
 */
export const AnalyticsJobError = ZohoJobError;
export type AnalyticsJobError = ZohoJobError;
