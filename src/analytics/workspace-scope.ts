import type { AnalyticsClient } from './analytics-client.js';

/** A resolved workspace: what every call on it needs (its id, and the org id to send). */
export interface WorkspaceScope {
  readonly api: AnalyticsClient;
  readonly workspaceId: string;
  readonly orgId: string;
}

/** The `ZANALYTICS-ORGID` header of calls on the workspace (8083 without it). */
export function orgHeader(scope: WorkspaceScope): { 'ZANALYTICS-ORGID': string } {
  return { 'ZANALYTICS-ORGID': scope.orgId };
}
