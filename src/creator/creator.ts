import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/creator.js';
import type { ProductContext } from '../product-context.js';
import type { ZohoView } from '../zoho.js';

export type CreatorClient = Client<paths>;

/** Zoho Creator: `zoho.creator`. */
export class Creator {
  /** The typed low-level client: every operation of spec/creator.yaml. */
  readonly api: CreatorClient;
  readonly context: ProductContext<ZohoView>;

  constructor(api: CreatorClient, context: ProductContext<ZohoView>) {
    this.api = api;
    this.context = context;
  }
}
