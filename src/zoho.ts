import type { Analytics } from './analytics/analytics.js';
import { analytics } from './analytics/analytics-factory.js';
import type { Creator } from './creator/creator.js';
import { creator } from './creator/creator-factory.js';
import type { Crm } from './crm/crm.js';
import { crm } from './crm/crm-factory.js';
import type { Desk } from './desk/desk.js';
import { desk } from './desk/desk-factory.js';
import type { ZohoConfig } from './config.js';
import { attachWiring, wiringOf, type ZohoCoreView } from './product-wiring.js';
import { createZohoCore, type ZohoClientBase } from './zoho-core.js';

/** The product clients, as seen by one user (or by whoever the call context names). */
export interface ZohoView extends ZohoCoreView {
  readonly crm: Crm;
  readonly analytics: Analytics;
  readonly creator: Creator;
  readonly desk: Desk;
}

/** A client with all four products, on the root and on every `as(user)` view. */
export interface Zoho extends ZohoView, ZohoClientBase<ZohoView> {}

/**
 * Creates a zohokit client with all four products. Nothing is fetched until the first
 * call. A bundle that needs fewer products: createZohoCore() and `crm(zoho)`.
 *
 * @throws ZohoConfigError naming the bad field.
 * @example
 * const zoho = createZoho({ credentials: { clientId: 'id', clientSecret: 'secret' }, dataCenter: 'eu' });
 * await zoho.authorize({ code: grantCode, user: 'ana@example.com' });
 * const leads = await zoho.as('ana@example.com').crm.module('Leads').records.list({ fields: ['Last_Name'] });
 */
export function createZoho(config: ZohoConfig): Zoho {
  const core = createZohoCore(config);
  // One full view per core view: core.as(user) caches its views (and revoke() drops them).
  const views = new WeakMap<ZohoCoreView, ZohoView>();
  const withProducts = (view: ZohoCoreView): ZohoView => {
    let full = views.get(view);
    if (full === undefined) {
      full = attachWiring({ user: view.user, crm: crm(view), analytics: analytics(view), creator: creator(view), desk: desk(view) }, wiringOf(view, 'createZoho'));
      views.set(view, full);
    }
    return full;
  };
  const zoho: Zoho = { ...core, ...withProducts(core), as: (user) => withProducts(core.as(user)) };
  return attachWiring(zoho, wiringOf(core, 'createZoho'));
}
