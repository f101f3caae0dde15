import type { paths } from '../../generated/crm.js';
import { shapes } from '../../generated/crm.shapes.js';
import { createProductClient } from '../product-client.js';
import { memoised, productContext, wiringOf, type ProductWiring, type ZohoCoreView } from '../product-wiring.js';
import { Crm } from './crm.js';

const build = memoised((wiring: ProductWiring): Crm => {
  const { handler, hosts, resolveUser } = wiring;
  return new Crm(createProductClient<paths>({ product: 'crm', baseUrl: hosts.api, handler, resolveUser, shapes }), productContext(wiring, 'crm', build));
});

/**
 * Zoho CRM for a client view: `crm(zoho)` or `crm(zoho.as(user))`, where `zoho` comes from
 * createZohoCore() (or createZoho(), whose `.crm` this is). Built once per view.
 *
 * @throws ZohoConfigError when `view` is not such a client or view.
 * @example
 * import { createZohoCore, crm } from 'zohokit';
 *
 * const zoho = createZohoCore({ credentials: { clientId: 'id', clientSecret: 'secret' } });
 * const contacts = await crm(zoho.as('ana@example.com')).module('Contacts').records.list({ fields: ['Email'] });
 */
export function crm(view: ZohoCoreView): Crm {
  return build(wiringOf(view, 'crm'));
}
