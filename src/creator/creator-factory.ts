import type { paths } from '../../generated/creator.js';
import { shapes } from '../../generated/creator.shapes.js';
import { createProductClient } from '../product-client.js';
import { memoised, productContext, wiringOf, type ProductWiring, type ZohoCoreView } from '../product-wiring.js';
import { Creator } from './creator.js';

const build = memoised((wiring: ProductWiring): Creator => {
  const { handler, hosts, resolveUser } = wiring;
  return new Creator(createProductClient<paths>({ product: 'creator', baseUrl: hosts.api, handler, resolveUser, shapes }), productContext(wiring, 'creator', build));
});

/**
 * Zoho Creator for a client view: `creator(zoho)` or `creator(zoho.as(user))`, where `zoho`
 * comes from createZohoCore() (or createZoho(), whose `.creator` this is). Built once per view.
 *
 * @throws ZohoConfigError when `view` is not such a client or view.
 *
 * @example
 * import { createZohoCore, creator } from 'zohokit';
 *
 * const zoho = createZohoCore({ credentials: { clientId: 'id', clientSecret: 'secret' } });
 * const orders = creator(zoho.as('owner@example.com')).app('jason18', 'zylker-store').report('All_Orders');
 */
export function creator(view: ZohoCoreView): Creator {
  return build(wiringOf(view, 'creator'));
}
