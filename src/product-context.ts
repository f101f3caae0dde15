import type { DataCenter } from './auth/data-centers.js';

/**
 * What a product's friendly layer gets besides its typed client: where the hosts are, who
 * it runs as, a way to act as another user (Creator's bulk scopes may sit on another
 * token), and an authenticated fetch for URLs the spec cannot name (absolute download URLs).
 */
export interface ProductContext<Product> {
  readonly hosts: DataCenter;
  /** The user this view is bound to; undefined for the root client (runAs/defaultUser). */
  readonly user: string | undefined;
  /** The same product as seen by `user`. */
  as(user: string): Product;
  /** fetch through the full transport (auth, retry, errors) for this product and user. A Request carries its own init. */
  readonly fetch: (request: Request) => Promise<Response>;
}
