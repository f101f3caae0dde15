import type { ZohoProduct } from '../../errors.js';
import { MALFORMED_KINDS, type Fault, type FaultMatch, type MalformedKind } from '../faults.js';
import { isObject } from './control-body.js';
import { ControlError } from './control-error.js';

const PRODUCTS: readonly ZohoProduct[] = ['accounts', 'crm', 'analytics', 'creator', 'desk'];
const FAULT_TYPES = ['rate-limit', 'status', 'reset', 'auth', 'malformed'] as const;

/** A one-shot fault as JSON: `{ "type": "status", "status": 503 }`, checked field by field. */
export function parseFault(value: unknown): Fault {
  if (!isObject(value)) throw new ControlError(`"fault" must be an object with a "type" (${FAULT_TYPES.join(', ')})`);
  switch (value['type']) {
    case 'reset':
    case 'auth':
      return { type: value['type'] };
    case 'rate-limit': {
      const seconds = value['retryAfterSeconds'];
      if (seconds === undefined) return { type: 'rate-limit' };
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) throw new ControlError('"fault.retryAfterSeconds" must be a number of seconds, 0 or more');
      return { type: 'rate-limit', retryAfterSeconds: seconds };
    }
    case 'status': {
      const status = value['status'];
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) throw new ControlError('"fault.status" must be an HTTP error status (400-599)');
      return { type: 'status', status };
    }
    case 'malformed': {
      const kind = value['kind'];
      if (typeof kind !== 'string' || !(MALFORMED_KINDS as readonly string[]).includes(kind)) throw new ControlError(`"fault.kind" must be one of ${MALFORMED_KINDS.join(', ')}`);
      return { type: 'malformed', kind: kind as MalformedKind };
    }
    default:
      throw new ControlError(`"fault.type" must be one of ${FAULT_TYPES.join(', ')}`);
  }
}

/** Which requests a fault applies to: `{ "product"?, "method"?, "path"? }`. */
export function parseFaultMatch(value: unknown): FaultMatch {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ControlError('"match" must be an object: { "product"?, "method"?, "path"? }');
  const match: FaultMatch = {};
  const { product, method, path } = value;
  if (product !== undefined) {
    if (typeof product !== 'string' || !(PRODUCTS as readonly string[]).includes(product)) throw new ControlError(`"match.product" must be one of ${PRODUCTS.join(', ')}`);
    match.product = product as ZohoProduct;
  }
  if (method !== undefined) {
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) throw new ControlError('"match.method" must be an HTTP method such as "GET"');
    match.method = method.toUpperCase();
  }
  if (path !== undefined) {
    if (typeof path !== 'string' || path === '') throw new ControlError('"match.path" must be a non-empty string (matched when the path contains it)');
    match.path = path;
  }
  return match;
}
