import type { SeededRandom } from '../random.js';
import type { SimExportJob, SimImportJob } from './analytics-jobs.js';
import { parseCell, type SimCell, type SimDataType } from './analytics-values.js';

/** An Analytics organization; every workspace belongs to one. */
export interface SimOrg {
  readonly orgId: string;
  readonly orgName: string;
  readonly isDefault: boolean;
}

export interface SimColumn {
  readonly id: string;
  name: string;
  readonly type: SimDataType;
  readonly mandatory: boolean;
  readonly description: string;
}

/** A row: column id → cell. Keyed by id so a rename never touches the rows. */
export type SimRow = Map<string, SimCell>;

export interface SimTable {
  readonly id: string;
  name: string;
  description: string;
  readonly folder: string;
  readonly workspaceId: string;
  readonly columns: SimColumn[];
  rows: SimRow[];
  /** Set while an import holds the table; a second import meanwhile gets 7092. */
  importing: boolean;
}

export interface SimWorkspace {
  readonly id: string;
  name: string;
  readonly description: string;
  readonly orgId: string;
  /** Email of the owner (the simulator's user name). */
  readonly owner: string;
  /** Emails of the users it is shared with. */
  readonly sharedWith: Set<string>;
  readonly createdTime: number;
  readonly tables: Map<string, SimTable>;
}

/** One import the simulator received, so tests can tell which API carried the data. */
export interface SimImportRecord {
  readonly api: 'sync' | 'batch' | 'job';
  readonly tableId: string;
  readonly bytes: number;
  readonly rows: number;
}

export interface SimColumnDefinition {
  name: string;
  type: SimDataType;
  mandatory?: boolean;
  description?: string;
}

// Zoho's workspace, view and column ids are 16 to 19 digits; counting up keeps them unique.
const ID_BASE = 1_767_024_000_003_000_000n;

/**
 * Analytics' memory: organizations, workspaces (owned and shared), tables with typed rows,
 * and the import and export jobs. Tests seed it directly and turn the knobs below.
 */
export class AnalyticsState {
  readonly orgs = new Map<string, SimOrg>();
  readonly workspaces = new Map<string, SimWorkspace>();
  readonly exportJobs = new Map<string, SimExportJob>();
  readonly importJobs = new Map<string, SimImportJob>();
  /** Every import received, in order. */
  readonly imports: SimImportRecord[] = [];
  /** The org the simulator starts with; pass it as `analytics: { orgId }` to createZoho. */
  readonly orgId: string;
  /**
   * How long, in ms, an import holds its table (Zoho processes the file meanwhile). A second
   * import into the same table within that time is refused with code 7092. Default 0.
   */
  importHoldMs = 0;
  /** Polls an export job answers "1001"/"1002" before "1004". Default 2. */
  exportPollsUntilDone = 2;
  /** Polls a finished batch/job import answers "1002" before "1004". Default 1. */
  importPollsUntilDone = 1;
  /** The next N export jobs end with jobCode "1003" (error, still HTTP 200). */
  failExportJobs = 0;
  /** Zoho's limit of a synchronous import's file: 20 MB. */
  syncImportLimitBytes = 20 * 1000 * 1000;
  /** Zoho's limit of one batch of a batch import (and of an import job's file): 100 MB. */
  batchLimitBytes = 100 * 1000 * 1000;
  #nextId = ID_BASE;

  constructor(readonly random: SeededRandom) {
    this.orgId = this.createOrg('zohokit simulator', true).orgId;
  }

  newId(): string {
    this.#nextId += 1n + BigInt(Math.floor(this.random.next() * 7));
    return String(this.#nextId);
  }

  createOrg(orgName: string, isDefault = false): SimOrg {
    const org: SimOrg = { orgId: this.random.digits(8), orgName, isDefault };
    this.orgs.set(org.orgId, org);
    return org;
  }

  /** Adds a workspace owned by `owner`; `sharedWith` users see it among their shared ones. */
  createWorkspace(options: { name: string; owner: string; sharedWith?: string[]; orgId?: string; description?: string; now?: number }): SimWorkspace {
    const workspace: SimWorkspace = {
      id: this.newId(),
      name: options.name,
      description: options.description ?? '',
      orgId: options.orgId ?? this.orgId,
      owner: options.owner,
      sharedWith: new Set(options.sharedWith ?? []),
      createdTime: options.now ?? Date.now(),
      tables: new Map(),
    };
    this.workspaces.set(workspace.id, workspace);
    return workspace;
  }

  /** Adds a table; rows can follow with `addRows`. */
  createTable(workspace: SimWorkspace, options: { name: string; folder?: string; description?: string; columns: SimColumnDefinition[] }): SimTable {
    const table: SimTable = {
      id: this.newId(),
      name: options.name,
      description: options.description ?? '',
      folder: options.folder ?? 'Tables',
      workspaceId: workspace.id,
      columns: [],
      rows: [],
      importing: false,
    };
    for (const column of options.columns) this.addColumn(table, column);
    workspace.tables.set(table.id, table);
    return table;
  }

  addColumn(table: SimTable, column: SimColumnDefinition): SimColumn {
    const added: SimColumn = { id: this.newId(), name: column.name, type: column.type, mandatory: column.mandatory ?? false, description: column.description ?? '' };
    table.columns.push(added);
    return added;
  }

  /** Seeds rows given by column name (text parsed by column type); throws on a bad value. */
  addRows(table: SimTable, rows: readonly Record<string, unknown>[]): void {
    for (const input of rows) {
      const row: SimRow = new Map();
      for (const column of table.columns) {
        const parsed = parseCell(column.type, input[column.name]);
        if (!parsed.ok) throw new Error(`sim.analytics.addRows: ${column.name}: ${parsed.problem}`);
        row.set(column.id, parsed.value);
      }
      table.rows.push(row);
    }
  }

  /** The rows of a table by column name, for assertions. */
  rows(table: SimTable): Record<string, SimCell>[] {
    return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row.get(c.id) ?? null])));
  }

  workspaceByName(name: string): SimWorkspace | undefined {
    for (const workspace of this.workspaces.values()) if (workspace.name === name) return workspace;
    return undefined;
  }

  /** A table by workspace and table name, or undefined. */
  table(workspaceName: string, tableName: string): SimTable | undefined {
    const workspace = this.workspaceByName(workspaceName);
    if (!workspace) return undefined;
    return tableNamed(workspace, tableName);
  }
}

/** Zoho matches view and column names without regard to case. */
export function tableNamed(workspace: SimWorkspace, name: string): SimTable | undefined {
  const wanted = name.toLowerCase();
  for (const table of workspace.tables.values()) if (table.name.toLowerCase() === wanted) return table;
  return undefined;
}

export function columnNamed(table: SimTable, name: string): SimColumn | undefined {
  const wanted = name.toLowerCase();
  return table.columns.find((column) => column.name.toLowerCase() === wanted);
}
