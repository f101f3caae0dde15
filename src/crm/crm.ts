import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/crm.js';
import type { ProductContext } from '../product-context.js';
import type { ZohoView } from '../zoho.js';
import { Module } from './module.js';

export type CrmPaths = paths;
export type CrmClient = Client<paths>;

/** Zoho CRM v8: `zoho.crm`. Handles are free; nothing is fetched until a method runs. */
export class Crm {
  /** The typed low-level client: every operation of spec/crm.yaml. */
  readonly api: CrmClient;
  readonly context: ProductContext<ZohoView>;

  constructor(api: CrmClient, context: ProductContext<ZohoView>) {
    this.api = api;
    this.context = context;
  }

  /** A module by API name (`Leads`, `Deals`, a custom `xyz__c`). */
  module(apiName: string): Module {
    return new Module(this, apiName);
  }
}
