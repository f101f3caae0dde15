import type { paths } from '../../generated/analytics.js';
import { shapes } from '../../generated/analytics.shapes.js';
import { createProductClient } from '../product-client.js';
import { memoised, productContext, wiringOf, type ProductWiring, type ZohoCoreView } from '../product-wiring.js';
import { Analytics } from './analytics.js';

const build = memoised((wiring: ProductWiring): Analytics => {
  const { handler, hosts, resolveUser, analyticsOrgId } = wiring;
  return new Analytics(
    createProductClient<paths>({
      product: 'analytics',
      baseUrl: hosts.analytics,
      handler,
      resolveUser,
      shapes,
      ...(analyticsOrgId ? { headers: { 'ZANALYTICS-ORGID': analyticsOrgId } } : {}),
    }),
    productContext(wiring, 'analytics', build),
    analyticsOrgId ? { orgId: analyticsOrgId } : {},
  );
});

/**
 * Zoho Analytics for a client view: `analytics(zoho)` or `analytics(zoho.as(user))`, where
 * `zoho` comes from createZohoCore() (or createZoho(), whose `.analytics` this is). Built
 * once per view.
 *
 * @throws ZohoConfigError when `view` is not such a client or view.
 *
 * @example
 * import { analytics, createZohoCore } from 'zohokit';
 *
 * const zoho = createZohoCore({ credentials: { clientId: 'id', clientSecret: 'secret' }, analytics: { orgId: '60012345678' } });
 * const rows = await analytics(zoho.as('analyst@example.com')).workspace('Sales').exportSql('select sku from sales_fact');
 */
export function analytics(view: ZohoCoreView): Analytics {
  return build(wiringOf(view, 'analytics'));
}
