import type { components } from '../../generated/creator.js';
import { signalOf, type CallOptions } from '../call-options.js';
import { ZohoError } from '../errors.js';
import { firstPage, iteratePages, type FetchPage, type IterateOptions, type Page, type PageData } from '../page.js';
import type { CreatorBulkReadOptions, CreatorCsvRow } from './bulk-read.js';
import type { CreatorApp } from './creator-app.js';
import { successBody } from './creator-response.js';
import type { CreatorCallOptions, CreatorFieldConfig, CreatorFieldValues, CreatorRecord } from './creator-types.js';
import { toWriteResult, writeResults, type CreatorWriteResult, type CreatorWriteResults } from './record-result.js';

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
  /** Records per page (Creator's `max_records`): 200 (Zoho's default), 500 or 1000. */
  perPage?: 200 | 500 | 1000;
  /** Where to start: `page.next.cursor` of the previous page (Zoho's `record_cursor`). */
  cursor?: string | undefined;
}

/** What `report.iterate()` takes: the list's filters, `limit` (stop after N) and `perPage`. */
export type CreatorIterateOptions = Omit<CreatorListOptions, 'cursor'> & Omit<IterateOptions, 'perPage'>;

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

/** A Creator report: the records it shows, read with paging or in bulk, updated and deleted. */
export class CreatorReport {
  constructor(
    readonly app: CreatorApp,
    /** The report's link name. */
    readonly name: string,
  ) {}

  /**
   * One page of records, as a Page: `page.items`, `page.nextPage()`, or `for await` over it
   * for every record from here on. No matching record is an empty page (Zoho's code 3100 is
   * not an error here).
   *
   * @example
   * const page = await report.list({ criteria: 'Status == "Open"', perPage: 500 });
   * for await (const record of page) console.log(record.ID);
   * @see https://www.zoho.com/creator/help/api/v2.1/get-records.html
   */
  list(options: CreatorListOptions = {}): Promise<Page<CreatorRecord>> {
    return firstPage(this.#pages(options), { ...signalOf(options), cursor: options.cursor !== undefined ? { cursor: options.cursor } : undefined });
  }

  /**
   * Every record (matching `criteria`), page after page, following `record_cursor`; stops
   * after `limit` records.
   *
   * @example
   * for await (const record of report.iterate({ criteria: 'Amount > 100', limit: 5000, perPage: 1000 })) console.log(record.ID);
   * @see https://www.zoho.com/creator/help/api/v2.1/get-records.html
   */
  iterate(options: CreatorIterateOptions = {}): AsyncGenerator<CreatorRecord, void, undefined> {
    return iteratePages(this.#pages(options), options);
  }

  /** Creator's paging for the Page engine: `max_records`, and `record_cursor` sent back as a request header. */
  #pages(options: Omit<CreatorListOptions, 'cursor'>): FetchPage<CreatorRecord> {
    const fieldConfig = options.fieldConfig ?? (options.fields ? 'custom' : undefined);
    return async (cursor, call: CallOptions): Promise<PageData<CreatorRecord>> => {
      try {
        const { data, response } = await this.#api(options).GET(PATH, {
          params: {
            path: this.#path(),
            query: {
              ...(options.criteria !== undefined ? { criteria: options.criteria } : {}),
              ...(fieldConfig !== undefined ? { field_config: fieldConfig } : {}),
              ...(options.fields ? { fields: options.fields.join(',') } : {}),
              ...(options.perPage !== undefined ? { max_records: options.perPage } : {}),
            },
            // v2.1 pages with the `record_cursor` response header, sent back as a request header.
            header: cursor?.cursor !== undefined ? { record_cursor: cursor.cursor } : {},
          },
          ...signalOf(call),
        });
        const next = response.headers.get('record_cursor');
        return { items: successBody(data, 'data', `Get Records of ${this.name}`).data, next: next ? { cursor: next } : undefined };
      } catch (error) {
        if (error instanceof ZohoError && error.code === NO_RECORDS) return { items: [], next: undefined };
        throw error;
      }
    };
  }

  /**
   * One record by ID. Throws ZohoError (code 3190) when there is none.
   *
   * @example
   * const order = await report.get('3888834000000114050', { fields: ['Email', 'Status'] });
   * console.log(order['Status']);
   * @see https://zoho.com/creator/help/api/v2.1/get-records-by-ID.html
   */
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
   * Sets `values` on the records matching `criteria`: one ItemResult per record, and
   * `moreRecords` on the array. More than 200 matches fail with code 3960 unless
   * `processUntilLimit` is set. No match is an empty result.
   *
   * @example
   * const results = await report.update('Region == "East"', { Status: 'Shipped' }, { processUntilLimit: true });
   * console.log(results.filter((r) => r.ok).length, results.moreRecords);
   * @see https://www.zoho.com/creator/help/api/v2.1/update-records.html
   */
  async update(criteria: string, values: CreatorFieldValues, options: CreatorUpdateOptions = {}): Promise<CreatorWriteResults> {
    const params = { path: this.#path(), query: untilLimit(options) };
    const body = { criteria, data: values, ...resultOption(options) };
    return byCriteria(`Update Records of ${this.name}`, async () => (await this.#api(options).PATCH(PATH, { params, body, ...signalOf(options) })).data);
  }

  /**
   * Deletes the records matching `criteria`: one ItemResult per record, and `moreRecords`.
   * With `all`, it repeats 200 at a time (`process_until_limit`) until none match: safe
   * because deleted records stop matching.
   *
   * @example
   * const results = await report.delete('Status == "Cancelled"', { all: true });
   * @see https://www.zoho.com/creator/help/api/v2.1/delete-records.html
   */
  async delete(criteria: string, options: CreatorDeleteOptions = {}): Promise<CreatorWriteResults> {
    const results: CreatorWriteResult[] = [];
    for (;;) {
      const round = await this.#deleteOnce(criteria, options.all ? { ...options, processUntilLimit: true } : options);
      results.push(...round);
      // Stop when done, or when a round removed nothing (every record failed): repeating
      // would meet the same records forever.
      if (!options.all || !round.moreRecords || !round.some((r) => r.ok)) return writeResults(results, round.moreRecords);
    }
  }

  /**
   * Updates one record; returns its `ID` and the `resultFields`. Validation failures throw (code 3070).
   *
   * @example
   * const updated = await report.updateById('3888834000000114050', { Status: 'Shipped' }, { resultFields: ['Status'] });
   */
  async updateById(id: string, values: CreatorFieldValues, options: CreatorWriteOptions = {}): Promise<CreatorRecord> {
    const { data } = await this.#api(options).PATCH(RECORD_PATH, {
      params: { path: { ...this.#path(), record_id: id } },
      body: { data: values, ...resultOption(options) },
      ...signalOf(options),
    });
    return successBody(data, 'code', `Update Record ${id} of ${this.name}`).data ?? { ID: id };
  }

  /**
   * Deletes one record. Throws ZohoError (code 3190) when there is none.
   *
   * @example
   * await report.deleteById('3888834000000114050');
   */
  async deleteById(id: string, options: CreatorCallOptions = {}): Promise<void> {
    await this.#api(options).DELETE(RECORD_PATH, { params: { path: { ...this.#path(), record_id: id } }, ...signalOf(options) });
  }

  /**
   * The report's rows through a bulk read job, streamed: create the job, poll it, download
   * its ZIP, and yield the CSV rows as they are unzipped, batch after batch. Memory stays
   * bounded whatever the size of the report. See bulk-read.ts.
   *
   * @example
   * for await (const row of report.bulkRead({ criteria: 'Status == "Closed"', fields: ['Email'] })) console.log(row['Email']);
   */
  async *bulkRead(options: CreatorBulkReadOptions = {}): AsyncGenerator<CreatorCsvRow, void, undefined> {
    // Imported on first use, with the ZIP and CSV code under it: a cold import of the
    // package does not pay for a job most programs never run.
    const { bulkRead } = await import('./bulk-read.js');
    yield* bulkRead(this, options);
  }

  async #deleteOnce(criteria: string, options: CreatorDeleteOptions): Promise<CreatorWriteResults> {
    const params = { path: this.#path(), query: untilLimit(options) };
    return byCriteria(`Delete Records of ${this.name}`, async () => (await this.#api(options).DELETE(PATH, { params, body: { criteria }, ...signalOf(options) })).data);
  }

  #api(options: CreatorCallOptions) {
    return this.app.creator.as(options.user).api;
  }

  #path() {
    return { account_owner_name: this.app.owner, app_link_name: this.app.name, report_link_name: this.name };
  }
}

type BatchAnswer = components['schemas']['BatchWriteResponse'] | components['schemas']['CreatorError'] | undefined;

/** A write by criteria: one result per record it touched; no matching record (3100) is none. */
async function byCriteria(what: string, send: () => Promise<BatchAnswer>): Promise<CreatorWriteResults> {
  try {
    const body = successBody(await send(), 'result', what);
    return writeResults(body.result.map(toWriteResult), body.more_records === true);
  } catch (error) {
    if (error instanceof ZohoError && error.code === NO_RECORDS) return writeResults([], false);
    throw error;
  }
}

function untilLimit(options: { processUntilLimit?: boolean }): { process_until_limit?: boolean } {
  return options.processUntilLimit ? { process_until_limit: true } : {};
}

function resultOption(options: CreatorWriteOptions): { result?: { fields: string[] } } {
  return options.resultFields ? { result: { fields: [...options.resultFields] } } : {};
}
