import { DATA_CENTERS, isDataCenterId, type DataCenter } from '../auth/data-centers.js';
import { ZohoConfigError } from '../errors.js';

/**
 * `--dc`: a data-centre id (`us`, `eu`, ...) or a base URL that serves every product, such
 * as a `zohokit simulate` server.
 */
export function parseDataCenter(value: string): DataCenter {
  const id = value.toLowerCase();
  if (isDataCenterId(id)) return DATA_CENTERS[id];
  if (/^https?:\/\//.test(value)) {
    const origin = value.replace(/\/+$/, '');
    return { name: 'custom', accounts: origin, api: origin, content: origin, analytics: origin, desk: origin };
  }
  throw new ZohoConfigError('--dc', `must be one of ${Object.keys(DATA_CENTERS).join(', ')} or an http(s) URL`);
}
