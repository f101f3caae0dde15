import { signalOf } from '../call-options.js';
import { ZohoError } from '../errors.js';
import { bulkRead, type CreatorBulkReadOptions, type CreatorCsvRow } from './bulk-read.js';
import type { CreatorApp } from './creator-app.js';
import { successBody } from './creator-response.js';
import { type CreatorCallOptions, type CreatorFieldConfig, type CreatorFieldValues, type CreatorRecord } from './creator-types.js';
import { toRowResult, type CreatorRowResult } from './record-result.js';

const PATH = '/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}' as const;
const RECORD_PATH = `${PATH}/{record_id}` as const;
// "No records found for the given criteria" (HTTP 404): for a read or a write by criteria
// this is an empty answer, not a failure.
const NO_RECORDS = 3100;

export interface CreatorListOptions extends CreatorCallOptions {
  /** A Creator criteria, e.g. `(Status == "Open" && Amount > 100)`; see `zoho.creator.criteria`. */
  criteria?: string;
  /** Only these fields (and `ID`); sets `field_config=custom`. */
  fields?: readonly string[];
  /** Which fields to return; defaults to `custom` with `fields`, else Zoho's `quick_view`. */
  fieldConfig?: CreatorFieldConfig;
  /** Records per page: 200 (Zoho's default), 500 or 1000. */
  maxRecords?: 200 | 500 | 1000;
  /** The `cursor` of the previous page. */
  cursor?: string;
}

/** One page of records and where the next one starts. */
export interface CreatorPage {
  records: CreatorRecord[];
  /** Zoho's `record_cursor` for the next page; undefined on the last page. */
  cursor: string | undefined;
}

export interface CreatorWriteOptions extends CreatorCallOptions {
  /** Field link names whose values each result's `data` should carry besides `ID`. */
  resultFields?: readonly string[];
}

export interface CreatorUpdateOptions extends CreatorWriteOptions {
  /**
   * Creator processes at most 200 matching records per call and refuses more with code
   * 3960. With this set it processes the first 200 and says whether more remain.
   */
  processUntilLimit?: boolean;
}

export interface CreatorDeleteOptions extends CreatorCallOptions {
  /** As for update: process the first 200 matches instead of failing with code 3960. */
  processUntilLimit?: boolean;
  /** Repeat 200 at a time until no record matches. */
  all?: boolean;
}

/** What a write by criteria did: one result per record it touched. */
export interface CreatorWriteSummary {
  results: CreatorRowResult[];
  /** More matching records remain (only with `processUntilLimit` or `all`). */
  moreRecords: boolean;
}

/** A Creator report: the records it shows, read with paging or in bulk, updated and deleted. */
export class CreatorReport {
  constructor(
    readonly app: CreatorApp,
    /** The report's link name. */
    readonly name: string,
  ) {}

  /**
   * One page of records. Pass the returned `cursor` back for the next page; `iterate()` does
   * that for you. No matching record is an empty page (Zoho's code 3100 is not an error here).
   */
  async list(options: CreatorListOptions = {}): Promise<CreatorPage> {
    const fieldConfig = options.fieldConfig ?? (options.fields ? 'custom' : undefined);
    try {
      const { data, response } = await this.#api(options).GET(PATH, {
        params: {
          path: this.#path(),
          query: {
            ...(options.criteria !== undefined ? { criteria: options.criteria } : {}),
            ...(fieldConfig !== undefined ? { field_config: fieldConfig } : {}),
            ...(options.fields ? { fields: options.fields.join(',') } : {}),
            ...(options.maxRecords !== undefined ? { max_records: options.maxRecords } : {}),
          },
          // v2.1 pages with the `record_cursor` response header, sent back as a request header.
          header: options.cursor !== undefined ? { record_cursor: options.cursor } : {},
        },
        ...signalOf(options),
      });
      const body = successBody(data, 'data', `Get Records of ${this.name}`);
      return { records: body.data, cursor: response.headers.get('record_cursor') ?? undefined };
    } catch (error) {
      if (error instanceof ZohoError && error.code === NO_RECORDS) return { records: [], cursor: undefined };
      throw error;
    }
  }

  /** Every record (matching `criteria`), page after page, following `record_cursor`. */
  async *iterate(options: Omit<CreatorListOptions, 'cursor'> = {}): AsyncGenerator<CreatorRecord, void, undefined> {
    let cursor: string | undefined;
    do {
      const page = await this.list(cursor === undefined ? options : { ...options, cursor });
      yield* page.records;
      cursor = page.cursor;
    } while (cursor !== undefined);
  }

  /** One record by ID. Throws ZohoError (code 3190) when there is none. */
  async get(id: string, options: Pick<CreatorListOptions, 'fields' | 'fieldConfig' | 'user' | 'signal'> = {}): Promise<CreatorRecord> {
    const fieldConfig = options.fieldConfig ?? (options.fields ? 'custom' : undefined);
    const { data } = await this.#api(options).GET(RECORD_PATH, {
      params: {
        path: { ...this.#path(), record_id: id },
        query: {
          ...(fieldConfig !== undefined ? { field_config: fieldConfig } : {}),
          ...(options.fields ? { fields: options.fields.join(',') } : {}),
        },
      },
      ...signalOf(options),
    });
    return successBody(data, 'data', `Get Record ${id} of ${this.name}`).data;
  }

  /**
   * Sets `values` on the records matching `criteria`: one result per record. More than 200
   * matches fail with code 3960 unless `processUntilLimit` is set. No match is an empty result.
   */
  async update(criteria: string, values: CreatorFieldValues, options: CreatorUpdateOptions = {}): Promise<CreatorWriteSummary> {
    try {
      const { data } = await this.#api(options).PATCH(PATH, {
        params: { path: this.#path(), query: untilLimit(options) },
        body: { criteria, data: values, ...resultOption(options) },
        ...signalOf(options),
      });
      const body = successBody(data, 'result', `Update Records of ${this.name}`);
      return { results: body.result.map(toRowResult), moreRecords: body.more_records === true };
    } catch (error) {
      if (error instanceof ZohoError && error.code === NO_RECORDS) return { results: [], moreRecords: false };
      throw error;
    }
  }

  /**
   * Deletes the records matching `criteria`. With `all`, it repeats 200 at a time
   * (`process_until_limit`) until none match: safe because deleted records stop matching.
   */
  async delete(criteria: string, options: CreatorDeleteOptions = {}): Promise<CreatorWriteSummary> {
    const results: CreatorRowResult[] = [];
    for (;;) {
      const round = await this.#deleteOnce(criteria, options.all ? { ...options, processUntilLimit: true } : options);
      results.push(...round.results);
      // Stop when done, or when a round removed nothing (every record failed): repeating
      // would meet the same records forever.
      if (!options.all || !round.moreRecords || !round.results.some((r) => r.ok)) return { results, moreRecords: round.moreRecords };
    }
  }

  /** Updates one record; returns its `ID` and the `resultFields`. Validation failures throw (code 3070). */
  async updateById(id: string, values: CreatorFieldValues, options: CreatorWriteOptions = {}): Promise<CreatorRecord> {
    const { data } = await this.#api(options).PATCH(RECORD_PATH, {
      params: { path: { ...this.#path(), record_id: id } },
      body: { data: values, ...resultOption(options) },
      ...signalOf(options),
    });
    return successBody(data, 'code', `Update Record ${id} of ${this.name}`).data ?? { ID: id };
  }

  /** Deletes one record. Throws ZohoError (code 3190) when there is none. */
  async deleteById(id: string, options: CreatorCallOptions = {}): Promise<void> {
    await this.#api(options).DELETE(RECORD_PATH, { params: { path: { ...this.#path(), record_id: id } }, ...signalOf(options) });
  }

  /**
   * The report's rows through a bulk read job, streamed: create the job, poll it, download
   * its ZIP, and yield the CSV rows as they are unzipped, batch after batch. Memory stays
   * bounded whatever the size of the report. See bulk-read.ts.
   */
  bulkRead(options: CreatorBulkReadOptions = {}): AsyncGenerator<CreatorCsvRow, void, undefined> {
    return bulkRead(this, options);
  }

  async #deleteOnce(criteria: string, options: CreatorDeleteOptions): Promise<CreatorWriteSummary> {
    try {
      const { data } = await this.#api(options).DELETE(PATH, {
        params: { path: this.#path(), query: untilLimit(options) },
        body: { criteria },
        ...signalOf(options),
      });
      const body = successBody(data, 'result', `Delete Records of ${this.name}`);
      return { results: body.result.map(toRowResult), moreRecords: body.more_records === true };
    } catch (error) {
      if (error instanceof ZohoError && error.code === NO_RECORDS) return { results: [], moreRecords: false };
      throw error;
    }
  }

  #api(options: CreatorCallOptions) {
    return this.app.creator.as(options.user).api;
  }

  #path() {
    return { account_owner_name: this.app.owner, app_link_name: this.app.name, report_link_name: this.name };
  }
}

function untilLimit(options: { processUntilLimit?: boolean }): { process_until_limit?: boolean } {
  return options.processUntilLimit ? { process_until_limit: true } : {};
}

function resultOption(options: CreatorWriteOptions): { result?: { fields: string[] } } {
  return options.resultFields ? { result: { fields: [...options.resultFields] } } : {};
}
