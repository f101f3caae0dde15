import { signalOf, type CallOptions } from '../call-options.js';
import { singlePage, type Page } from '../page.js';
import type { ProductContext } from '../product-context.js';
import type { AnalyticsClient } from './analytics-client.js';
import type { AnalyticsSchemas, AnalyticsWorkspaceInfo } from './analytics-types.js';
import { formConfig } from './config-param.js';
import { analyticsCriteria } from './criteria.js';
import { OrgIdResolver } from './org-id.js';
import { AnalyticsWorkspace, type WorkspaceRef } from './workspace.js';

export type { AnalyticsClient } from './analytics-client.js';

/** An Analytics organization the user belongs to. */
export type AnalyticsOrganization = AnalyticsSchemas['Organization'];

/**
 * Zoho Analytics: `zoho.analytics`.
 *
 * ```ts
 * const sales = zoho.analytics.workspace('Sales');
 * await sales.ensureTable({ name: 'sales_fact', columns: [{ name: 'sku', type: 'PLAIN' }] });
 * await sales.importData('sales_fact', csvText, { importType: 'TRUNCATEADD' });
 * const rows = await sales.exportSql('select * from sales_fact', { cache, ttlSeconds: 600 });
 * await sales.deleteRows('animals', zoho.analytics.criteria.contains('common_name', 'Rabbit'));
 * ```
 *
 * Calls send the org id (`ZANALYTICS-ORGID`) they need: the workspace's own org, else
 * `analytics: { orgId }` from the config, else the user's default organization.
 */
export class Analytics {
  /** The typed low-level client: every operation of spec/analytics.yaml. */
  readonly api: AnalyticsClient;
  /** @internal The calling user and view, shared with this product's entities. */
  readonly context: ProductContext<Analytics>;
  /** Criteria builders that quote column names and escape values: `criteria.eq('Region', "O'Hare")`. */
  readonly criteria = analyticsCriteria;
  readonly #orgId: OrgIdResolver;

  /**
   * `options.orgId` overrides the org id found in the client's default headers.
   * @internal createZoho() builds the product clients.
   */
  constructor(api: AnalyticsClient, context: ProductContext<Analytics>, options: { orgId?: string } = {}) {
    this.api = api;
    this.context = context;
    this.#orgId = new OrgIdResolver(api, options.orgId, context.user !== undefined);
  }

  /**
   * The org id calls send when a workspace does not name its own.
   *
   * @example
   * const orgId = await zoho.analytics.orgId();
   */
  orgId(options: CallOptions = {}): Promise<string> {
    return this.#orgId.get(options);
  }

  /**
   * The Analytics organizations of the user, as a one-page Page (Zoho answers them in one piece).
   *
   * @example
   * const { items: orgs } = await zoho.analytics.organizations();
   * @see https://www.zoho.com/analytics/api/v2/
   */
  async organizations(options: CallOptions = {}): Promise<Page<AnalyticsOrganization>> {
    const { data } = await this.api.GET('/restapi/v2/orgs', signalOf(options));
    return singlePage(data!.data.orgs);
  }

  /**
   * The workspaces of the user as a one-page Page: those they own first (`owned: true`), then
   * those shared with them. `only` asks Zoho for one of the two lists.
   *
   * @example
   * const owned = await zoho.analytics.workspaces({ only: 'owned' });
   * for (const w of (await zoho.analytics.workspaces()).items) console.log(w.name, w.owned);
   * @see https://www.zoho.com/analytics/api/v2/
   */
  async workspaces(options: CallOptions & { only?: 'owned' | 'shared' } = {}): Promise<Page<AnalyticsWorkspaceInfo>> {
    if (options.only !== undefined) {
      const owned = options.only === 'owned';
      const { data } = await this.api.GET(owned ? '/restapi/v2/workspaces/owned' : '/restapi/v2/workspaces/shared', signalOf(options));
      return singlePage(data!.data.workspaces.map((w) => workspaceInfo(w, owned)));
    }
    const { data } = await this.api.GET('/restapi/v2/workspaces', signalOf(options));
    return singlePage([...data!.data.ownedWorkspaces.map((w) => workspaceInfo(w, true)), ...data!.data.sharedWorkspaces.map((w) => workspaceInfo(w, false))]);
  }

  /**
   * A workspace by name (owned first, then shared) or id. Makes no call until used.
   *
   * @example
   * const sales = zoho.analytics.workspace('Sales');
   * const byId = zoho.analytics.workspace({ id: '1767024000003145002' });
   */
  workspace(ref: WorkspaceRef): AnalyticsWorkspace {
    return new AnalyticsWorkspace(this, ref);
  }

  /**
   * Creates a workspace in the org; Zoho answers 7101 if the name is taken.
   *
   * @example
   * const workspace = await zoho.analytics.createWorkspace('Sales', { description: 'Orders and stock' });
   * console.log(await workspace.id());
   */
  async createWorkspace(name: string, options: CallOptions & { description?: string } = {}): Promise<AnalyticsWorkspace> {
    const orgId = await this.orgId(options);
    const { data } = await this.api.POST('/restapi/v2/workspaces', {
      params: { header: { 'ZANALYTICS-ORGID': orgId } },
      ...formConfig('CreateWorkspaceConfig', { workspaceName: name, ...(options.description !== undefined ? { workspaceDesc: options.description } : {}) }),
      ...signalOf(options),
    });
    return this.workspace({ id: data!.data.workspaceId, orgId });
  }
}

function workspaceInfo(workspace: AnalyticsSchemas['Workspace'], owned: boolean): AnalyticsWorkspaceInfo {
  const created = workspace.createdTime === undefined ? undefined : new Date(Number(workspace.createdTime));
  return {
    id: workspace.workspaceId,
    name: workspace.workspaceName,
    description: workspace.workspaceDesc,
    orgId: workspace.orgId,
    createdBy: workspace.createdBy,
    createdTime: created && !Number.isNaN(created.getTime()) ? created : undefined,
    owned,
  };
}
