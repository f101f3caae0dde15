/**
 * Zoho's data centres and environments. A token belongs to one DC and one environment;
 * every product host follows from those two. Source: Zoho's multi-DC docs
 * (see shared/reference/ZOHO-API-FACTS.md).
 */

export type Environment = 'production' | 'sandbox' | 'developer';
export const ENVIRONMENTS: readonly Environment[] = ['production', 'sandbox', 'developer'];

/** The hosts of one data centre, as origins without a trailing slash. */
export interface DataCenter {
  /** `us`, `eu`... or any name for a custom DC (e.g. `simulator`). */
  readonly name: string;
  /** Zoho Accounts: OAuth token, refresh and revoke. */
  readonly accounts: string;
  /** CRM and Creator (`www.zohoapis.*`). */
  readonly api: string;
  /** File uploads for CRM bulk write and large files. */
  readonly content: string;
  readonly analytics: string;
  readonly desk: string;
}

export type DataCenterId = 'us' | 'eu' | 'in' | 'au' | 'jp' | 'ca' | 'cn' | 'sa';

function dc(name: DataCenterId, accounts: string, tld: string, content: string, analytics: string, desk: string): DataCenter {
  return {
    name,
    accounts: `https://${accounts}`,
    api: `https://www.zohoapis.${tld}`,
    content: `https://${content}`,
    analytics: `https://${analytics}`,
    desk: `https://${desk}`,
  };
}

export const DATA_CENTERS: Readonly<Record<DataCenterId, DataCenter>> = {
  us: dc('us', 'accounts.zoho.com', 'com', 'content.zohoapis.com', 'analyticsapi.zoho.com', 'desk.zoho.com'),
  eu: dc('eu', 'accounts.zoho.eu', 'eu', 'content.zohoapis.eu', 'analyticsapi.zoho.eu', 'desk.zoho.eu'),
  in: dc('in', 'accounts.zoho.in', 'in', 'content.zohoapis.in', 'analyticsapi.zoho.in', 'desk.zoho.in'),
  au: dc('au', 'accounts.zoho.com.au', 'com.au', 'content.zohoapis.com.au', 'analyticsapi.zoho.com.au', 'desk.zoho.com.au'),
  jp: dc('jp', 'accounts.zoho.jp', 'jp', 'content.zohoapis.jp', 'analyticsapi.zoho.jp', 'desk.zoho.jp'),
  // Canada and Saudi Arabia break the pattern: their upload hosts are named differently.
  ca: dc('ca', 'accounts.zohocloud.ca', 'ca', 'upload.zohocloud.ca', 'analyticsapi.zohocloud.ca', 'desk.zohocloud.ca'),
  cn: dc('cn', 'accounts.zoho.com.cn', 'com.cn', 'content.zohoapis.com.cn', 'analyticsapi.zoho.com.cn', 'desk.zoho.com.cn'),
  sa: dc('sa', 'accounts.zoho.sa', 'sa', 'files.zoho.sa', 'analyticsapi.zoho.sa', 'desk.zoho.sa'),
};

export function isDataCenterId(value: string): value is DataCenterId {
  return Object.hasOwn(DATA_CENTERS, value);
}

/**
 * The hosts to use for one DC in one environment. Sandbox and developer orgs live on
 * `sandbox.` / `developer.` + the zohoapis domain and share the production accounts host.
 * Custom DCs (the simulator, a proxy) are taken as given: they serve every environment.
 */
export function hostsFor(dataCenter: DataCenter, environment: Environment): DataCenter {
  if (environment === 'production' || !isDataCenterId(dataCenter.name)) return dataCenter;
  return { ...dataCenter, api: dataCenter.api.replace('://www.', `://${environment}.`) };
}
