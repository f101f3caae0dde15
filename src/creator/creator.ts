import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/creator.js';
import type { ProductContext } from '../product-context.js';
import { CreatorApp } from './creator-app.js';
import { creatorCriteria } from './criteria.js';

export type CreatorClient = Client<paths>;

/**
 * Zoho Creator v2.1: `zoho.creator`. Handles are free: `app(owner, name).report(name)`
 * makes no call until a method runs.
 */
export class Creator {
  /** The typed low-level client: every operation of spec/creator.yaml. */
  readonly api: CreatorClient;
  /** @internal The calling user and view, shared with this product's entities. */
  readonly context: ProductContext<Creator>;
  /** Builds a criteria with every interpolated value quoted (see criteria.ts). */
  readonly criteria = creatorCriteria;

  /** @internal createZoho() builds the product clients. */
  constructor(api: CreatorClient, context: ProductContext<Creator>) {
    this.api = api;
    this.context = context;
  }

  /**
   * An application, by the account owner's name (the workspace in its URL) and the
   * application's link name.
   *
   * @example
   * const app = zoho.creator.app('jason18', 'zylker-store');
   * for await (const order of app.report('All_Orders').iterate({ limit: 100 })) console.log(order.ID);
   */
  app(owner: string, appName: string): CreatorApp {
    return new CreatorApp(this, owner, appName);
  }

  /**
   * This product as `user` sees it, or this one when no user is given (per-call override).
   *
   * @example
   * const orders = zoho.creator.as('clerk@example.com').app('jason18', 'zylker-store').report('All_Orders');
   */
  as(user: string | undefined): Creator {
    return user === undefined ? this : this.context.as(user);
  }
}
