import type { SeededRandom } from '../random.js';
import type { SimBulkJob } from './creator-bulk-jobs.js';

/** A field of a simulated form. Only what validation needs. */
export interface SimFieldDefinition {
  link_name: string;
  /** `text` (default), `number` (integers), `decimal`, `email`. */
  type?: 'text' | 'number' | 'decimal' | 'email';
  mandatory?: boolean;
  unique?: boolean;
}

export type SimCreatorRecord = Record<string, unknown> & { ID: string };

/** A form: its fields and the records added through it. */
export interface SimForm {
  readonly name: string;
  readonly fields: SimFieldDefinition[];
  /** By ID, in the order added (IDs grow, so this is also ID order). */
  readonly records: Map<string, SimCreatorRecord>;
}

/** A report shows the records of one form. */
export interface SimReport {
  readonly name: string;
  readonly form: SimForm;
}

export interface SimApp {
  readonly owner: string;
  readonly name: string;
  readonly forms: Map<string, SimForm>;
  readonly reports: Map<string, SimReport>;
}

/** What `sim.creator.createApp()` takes. */
export interface SimAppDefinition {
  owner: string;
  app: string;
  forms: { name: string; fields?: SimFieldDefinition[] }[];
  /** Reports and the form each shows; by default one `All_<Form>` report per form. */
  reports?: { name: string; form: string }[];
}

/** Where a `record_cursor` handed out by Get Records continues. */
export interface SimCursor {
  report: SimReport;
  /** The last ID the previous page returned. */
  afterId: string;
}

// Zoho's record IDs: 19 digits. Counting up keeps them unique and in insertion order.
const ID_BASE = 3_888_833_000_000_000_000n;

/**
 * Creator's memory: applications with forms and reports, their records, the paging cursors
 * handed out and the bulk read jobs. Tests seed it directly and turn the knobs below.
 */
export class CreatorState {
  /** Applications by `owner/app`. */
  readonly apps = new Map<string, SimApp>();
  /** Every `record_cursor` handed out (Get Records pages and bulk read batches). */
  readonly cursors = new Map<string, SimCursor>();
  /** Bulk read jobs by id: their status, polls and how much of their ZIP was served. */
  readonly bulkJobs = new Map<string, SimBulkJob>();
  /**
   * Developer API calls left today; at 0 every call answers code 4000 with HTTP 200, as
   * Zoho does when the plan's daily limit is reached. Infinity by default.
   */
  remainingDailyCalls = Number.POSITIVE_INFINITY;
  /** The next N calls answer HTTP 429 with code 2955, Creator's per-minute limit (50 calls per user). */
  throttleNext = 0;
  /**
   * When true, each call needs its ZohoCreator scope (`ZohoCreator.report.READ`,
   * `ZohoCreator.bulk.CREATE`...; `<area>.ALL` covers an area) and answers code 2945
   * without it. Off by default because the simulator's default grant has CRM scopes only.
   */
  requireScopes = false;
  /** Records per bulk read job at most; Zoho's is 200,000. Lower it to test next-batch cursors. */
  bulkBatchLimit = 200_000;
  /** Polls a bulk read job answers "In-progress" before it completes. */
  bulkPollsUntilDone = 1;
  /** The next N bulk read jobs end "Failed". */
  failBulkJobs = 0;
  /** Rows per deflate step of a bulk download; the download is built as it is read. */
  bulkRowsPerChunk = 500;
  #nextId = 0n;

  constructor(readonly random: SeededRandom) {}

  /** Creates (or replaces) an application with its forms and reports. */
  createApp(definition: SimAppDefinition): SimApp {
    const app: SimApp = { owner: definition.owner, name: definition.app, forms: new Map(), reports: new Map() };
    for (const form of definition.forms) {
      app.forms.set(form.name, { name: form.name, fields: form.fields ?? [], records: new Map() });
    }
    const reports = definition.reports ?? definition.forms.map((form) => ({ name: `All_${form.name}`, form: form.name }));
    for (const report of reports) {
      const form = app.forms.get(report.form);
      if (!form) throw new Error(`createApp: report ${report.name} shows unknown form ${report.form}`);
      app.reports.set(report.name, { name: report.name, form });
    }
    this.apps.set(appKey(definition.owner, definition.app), app);
    return app;
  }

  /** An application, if it exists. */
  app(owner: string, app: string): SimApp | undefined {
    return this.apps.get(appKey(owner, app));
  }

  /** Whether any application belongs to `owner` (else Zoho answers 1040, no such owner). */
  hasOwner(owner: string): boolean {
    for (const app of this.apps.values()) if (app.owner === owner) return true;
    return false;
  }

  /** The records of a form, to seed or inspect without going through the API. */
  records(owner: string, app: string, form: string): Map<string, SimCreatorRecord> {
    const found = this.app(owner, app)?.forms.get(form);
    if (!found) throw new Error(`no form ${owner}/${app}/${form}; call createApp first`);
    return found.records;
  }

  /** Adds records without validation (test seeding); returns their IDs. */
  seed(owner: string, app: string, form: string, rows: Iterable<Record<string, unknown>>): string[] {
    const records = this.records(owner, app, form);
    const ids: string[] = [];
    for (const row of rows) {
      const ID = this.newId();
      records.set(ID, { ...row, ID });
      ids.push(ID);
    }
    return ids;
  }

  /** The next record ID. */
  newId(): string {
    return String(ID_BASE + this.#nextId++);
  }

  /** An opaque alphanumeric cursor, like Zoho's. */
  newCursor(cursor: SimCursor): string {
    const token = this.random.hex(40);
    this.cursors.set(token, cursor);
    return token;
  }

  /** A bulk read job id (numeric, like Zoho's). */
  newJobId(): string {
    return this.random.digits(13);
  }
}

function appKey(owner: string, app: string): string {
  return `${owner}/${app}`;
}
