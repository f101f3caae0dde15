import type { CallOptions } from '../call-options.js';
import type { components } from '../../generated/analytics.js';

/** The schemas of spec/analytics.yaml, by name. */
export type AnalyticsSchemas = components['schemas'];

/** A column data type: PLAIN, NUMBER, DATE, CURRENCY... (Zoho's Create Table / Add Column lists). */
export type AnalyticsDataType = AnalyticsSchemas['DataType'];

/** Options of the calls that run a bulk job and poll it. */
export interface AnalyticsJobOptions extends CallOptions {
  /**
   * Between polls of a running job. Default 2 s: Zoho allows 40 BULK calls a minute
   * (API frequency limits), and a poll is one.
   */
  pollIntervalMs?: number;
  /** How long a job may run before giving up with ZohoTimeoutError. Default 30 min. */
  maxWaitMs?: number;
}

/** A workspace as the workspace lists describe it. */
export interface AnalyticsWorkspaceInfo {
  id: string;
  name: string;
  description: string | undefined;
  /** The organization the workspace belongs to; calls on it send this as `ZANALYTICS-ORGID`. */
  orgId: string | undefined;
  /** Email of the creator. */
  createdBy: string | undefined;
  createdTime: Date | undefined;
  /** Owned by the user (else shared with them). */
  owned: boolean;
}

/** A view of a workspace: a table, query table, chart, pivot, dashboard... */
export interface AnalyticsView {
  id: string;
  name: string;
  /** Zoho's view type, e.g. "Table" (its samples also show "TABLE"). */
  type: string | undefined;
  description: string | undefined;
  folder: string | undefined;
}

/** A column of a table, from the table's metadata. */
export interface AnalyticsColumn {
  id: string;
  name: string;
  type: AnalyticsDataType | undefined;
  /** Zoho's display name of the type, e.g. "Plain Text". */
  typeName: string | undefined;
  /** The column must not be empty. */
  mandatory: boolean;
}

/** A column to create: a name and one of Zoho's data types. */
export interface AnalyticsColumnDefinition {
  name: string;
  type: AnalyticsDataType;
  mandatory?: boolean;
  description?: string;
  /** Value used when a cell is empty. */
  defaultValue?: string;
}

/** What `createTable` takes. */
export interface AnalyticsTableDefinition {
  name: string;
  /** The folder to create the table in; Zoho's default folder otherwise. */
  folder?: string;
  description?: string;
  columns: readonly AnalyticsColumnDefinition[];
}

/** A row to import or update: column name → value. */
export type AnalyticsRowValues = Readonly<Record<string, string | number | boolean | Date | null | undefined>>;

/** An exported row: column name → the cell's text (CSV carries text only). */
export type AnalyticsRow = Record<string, string>;
