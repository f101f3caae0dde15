import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/desk.js';
import type { ProductContext } from '../product-context.js';
import type { ZohoView } from '../zoho.js';

export type DeskClient = Client<paths>;

/** Zoho Desk: `zoho.desk`. */
export class Desk {
  /** The typed low-level client: every operation of spec/desk.yaml. */
  readonly api: DeskClient;
  readonly context: ProductContext<ZohoView>;

  constructor(api: DeskClient, context: ProductContext<ZohoView>) {
    this.api = api;
    this.context = context;
  }
}
