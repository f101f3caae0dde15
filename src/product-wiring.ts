import type { DataCenter } from './auth/data-centers.js';
import { ZohoConfigError, type ZohoProduct } from './errors.js';
import { requestContext, type Handler } from './http/handler.js';
import type { ProductContext } from './product-context.js';

/**
 * What a product factory (`crm(view)`, `desk(view)`, ...) needs from a client view to build
 * its product: the transport, the hosts, who the requests run as, and the org ids from the
 * config. Kept apart from zoho.ts so that the factories import neither zoho.ts nor each
 * other: a worker that only calls `crm(view)` bundles no Analytics, Creator or Desk code.
 */
export interface ProductWiring {
  readonly handler: Handler;
  readonly hosts: DataCenter;
  /** The user bound to the view, or undefined for the root client (runAs/defaultUser). */
  readonly user: string | undefined;
  /** The user a request runs as, read when it is sent. */
  readonly resolveUser: () => string | undefined;
  /** The wiring of `as(user)`'s view (views are cached, so this is cheap). */
  readonly as: (user: string) => ProductWiring;
  readonly analyticsOrgId: string | undefined;
  readonly deskOrgId: string | undefined;
}

/** A client view: the object `createZohoCore()`, `createZoho()` and their `as(user)` return. */
export interface ZohoCoreView {
  /** The bound user, or undefined for the root client (which reads runAs/defaultUser). */
  readonly user: string | undefined;
}

// Keyed by the view object, so the wiring stays off the public type and a view that is
// dropped takes its wiring (and the products built from it) with it.
const wirings = new WeakMap<ZohoCoreView, ProductWiring>();

/** @internal Marks `view` as built by createZohoCore(), with the wiring its products use. */
export function attachWiring<View extends ZohoCoreView>(view: View, wiring: ProductWiring): View {
  wirings.set(view, wiring);
  return view;
}

/** @internal The wiring of a view from createZohoCore()/createZoho(), or a clear error. */
export function wiringOf(view: ZohoCoreView, factory: string): ProductWiring {
  const wiring = wirings.get(view);
  if (wiring === undefined) throw new ZohoConfigError(`${factory}(view)`, 'must be a client from createZohoCore() or createZoho(), or one of their as(user) views');
  return wiring;
}

/**
 * @internal One product per wiring: `crm(zoho.as(user))` twice gives the same Crm, as
 * `zoho.as(user).crm` does, and a product is built only when first asked for.
 */
export function memoised<Product>(build: (wiring: ProductWiring) => Product): (wiring: ProductWiring) => Product {
  const built = new WeakMap<ProductWiring, Product>();
  return (wiring) => {
    let product = built.get(wiring);
    if (product === undefined) {
      product = build(wiring);
      built.set(wiring, product);
    }
    return product;
  };
}

/** @internal The context a product's friendly layer gets; `as(user)` yields the same product for `user`. */
export function productContext<Product>(wiring: ProductWiring, product: ZohoProduct, as: (wiring: ProductWiring) => Product): ProductContext<Product> {
  const { handler, hosts, user, resolveUser } = wiring;
  return {
    hosts,
    user,
    as: (other) => as(wiring.as(other)),
    fetch: (request) => handler(request, requestContext(product, resolveUser())),
  };
}
