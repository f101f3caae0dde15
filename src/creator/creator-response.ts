import type { components } from '../../generated/creator.js';
import { ZohoResponseError } from '../errors.js';

type CreatorError = components['schemas']['CreatorError'];

/**
 * The success shape of a 200 answer. The spec declares 200s as "success or CreatorError"
 * because Zoho sends errors with HTTP 200; the transport has already thrown for those
 * (any code but 3000), so what is left must carry the success shape's `key`.
 */
export function successBody<T extends object>(data: T | CreatorError | undefined, key: keyof T & string, what: string): T {
  if (typeof data === 'object' && data !== null && key in data) return data as T;
  throw new ZohoResponseError(`creator: ${what} answered without "${key}"`, { product: 'creator' });
}
