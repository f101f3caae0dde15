import type { CallOptions } from '../call-options.js';
import { ZohoConfigError } from '../errors.js';
import type { AnalyticsClient } from './analytics-client.js';

/**
 * Finds the organization id most Analytics calls need in `ZANALYTICS-ORGID` (without it
 * Zoho answers 8083), once per client:
 *
 *   1. the one given to the constructor (createZoho passes `analytics: { orgId }`);
 *   2. else asked of Zoho (`GET /restapi/v2/orgs`, which needs no org id): the user's
 *      default organization, or their only one.
 */
export class OrgIdResolver {
  readonly #api: AnalyticsClient;
  readonly #keepDiscovered: boolean;
  #kept: string | undefined;
  #pending: Promise<string> | undefined;

  /**
   * `keepDiscovered`: keep an org id asked of Zoho. Only for a view bound to one user: the
   * root client serves whoever `runAs` names, and their default orgs may differ. A given or
   * configured org id is the same for every user, so it is always kept.
   */
  constructor(api: AnalyticsClient, given: string | undefined, keepDiscovered: boolean) {
    this.#api = api;
    this.#kept = given;
    this.#keepDiscovered = keepDiscovered;
  }

  get(options: CallOptions = {}): Promise<string> {
    if (this.#kept !== undefined) return Promise.resolve(this.#kept);
    this.#pending ??= this.#resolve(options).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #resolve(options: CallOptions): Promise<string> {
    const { data } = await this.#api.GET('/restapi/v2/orgs', options.signal ? { signal: options.signal } : {});
    const orgs = data?.data.orgs ?? [];
    const chosen = orgs.find((org) => org.isDefault) ?? (orgs.length === 1 ? orgs[0] : undefined);
    if (!chosen) {
      throw new ZohoConfigError('analytics.orgId', orgs.length === 0 ? 'the user belongs to no Analytics organization' : `the user belongs to ${orgs.length} Analytics organizations and none is the default: set one`);
    }
    if (this.#keepDiscovered) this.#kept = chosen.orgId;
    return chosen.orgId;
  }
}
