import type { paths } from '../../generated/desk.js';
import { shapes } from '../../generated/desk.shapes.js';
import { createProductClient } from '../product-client.js';
import { memoised, productContext, wiringOf, type ProductWiring, type ZohoCoreView } from '../product-wiring.js';
import { Desk } from './desk.js';

const build = memoised((wiring: ProductWiring): Desk => {
  const { handler, hosts, resolveUser, deskOrgId } = wiring;
  return new Desk(
    createProductClient<paths>({ product: 'desk', baseUrl: hosts.desk, handler, resolveUser, shapes, ...(deskOrgId ? { headers: { orgId: deskOrgId } } : {}) }),
    productContext(wiring, 'desk', build),
  );
});

/**
 * Zoho Desk for a client view: `desk(zoho)` or `desk(zoho.as(user))`, where `zoho` comes
 * from createZohoCore() (or createZoho(), whose `.desk` this is). Built once per view.
 *
 * @throws ZohoConfigError when `view` is not such a client or view.
 *
 * @example
 * import { createZohoCore, desk } from 'zohokit';
 *
 * const zoho = createZohoCore({ credentials: { clientId: 'id', clientSecret: 'secret' }, desk: { orgId: '60001234567' } });
 * const open = await desk(zoho.as('agent@example.com')).tickets.list({ status: 'Open' });
 */
export function desk(view: ZohoCoreView): Desk {
  return build(wiringOf(view, 'desk'));
}
