import type { CallOptions } from '../../call-options.js';
import { ZohoResponseError } from '../../errors.js';
import type { Org } from '../crm-types.js';
import type { Crm } from '../crm.js';

/** The org (company) the token belongs to: `GET /org`. */
export async function fetchOrg(crm: Crm, options: CallOptions = {}): Promise<Org> {
  const { data } = await crm.api.GET('/crm/v8/org', { signal: options.signal ?? null });
  const org = data?.org[0];
  if (!org) throw new ZohoResponseError('crm: GET /org answered without an org', { product: 'crm' });
  return org;
}
