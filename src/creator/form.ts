import { signalOf } from '../call-options.js';
import { ZohoError } from '../errors.js';
import type { CreatorApp } from './creator-app.js';
import { successBody } from './creator-response.js';
import type { CreatorCallOptions, CreatorFieldValues, CreatorSkipWorkflow } from './creator-types.js';
import { toWriteResult, unanswered, type CreatorWriteResult } from './record-result.js';

const PATH = '/creator/v2.1/data/{account_owner_name}/{app_link_name}/form/{form_link_name}' as const;
// Add Records takes at most 200 records per request (code 3950 beyond).
const BATCH = 200;

export interface CreatorAddOptions extends CreatorCallOptions {
  /** Field link names whose values each result's `data` should carry besides `ID`. */
  resultFields?: readonly string[];
  /** Workflows not to run for these records. */
  skipWorkflow?: CreatorSkipWorkflow;
}

/** A Creator form: records are added through it. */
export class CreatorForm {
  constructor(
    readonly app: CreatorApp,
    /** The form's link name. */
    readonly name: string,
  ) {}

  /**
   * Adds `rows`, 200 per request, and answers one ItemResult per row in input order: a failed
   * validation is that row's `{ ok: false, error }` (Creator's code as text in `error.code`,
   * the field link name in `error.field`), not an exception.
   *
   * When the first request fails as a whole (auth, daily limit 4000...), nothing was added
   * and the error is thrown. When a later one fails, the rows before it were added: the
   * results say so, and the failed batch and those after it (not sent) carry the error as
   * `error.cause`. For a 5xx or a dropped connection Zoho may still have added the failed
   * batch: those rows say `applied: 'unknown'`.
   *
   * @example
   * const results = await zoho.creator.app('jason18', 'zylker-store').form('Order').add([{ Email: 'a@zylker.com' }]);
   * for (const r of results) if (!r.ok) console.log(r.error.code, r.error.field, r.error.message);
   * @see https://www.zoho.com/creator/help/api/v2.1/add-records.html
   */
  async add(rows: readonly CreatorFieldValues[], options: CreatorAddOptions = {}): Promise<CreatorWriteResult[]> {
    const api = this.app.creator.as(options.user).api;
    const results: CreatorWriteResult[] = [];
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      try {
        const { data } = await api.POST(PATH, {
          params: { path: { account_owner_name: this.app.owner, app_link_name: this.app.name, form_link_name: this.name } },
          body: {
            data: [...batch],
            ...(options.resultFields ? { result: { fields: [...options.resultFields] } } : {}),
            ...(options.skipWorkflow ? { skip_workflow: options.skipWorkflow } : {}),
          },
          ...signalOf(options),
        });
        const body = successBody(data, 'result', `Add Records to ${this.name}`);
        // Zoho answers one result per record, in order; a short answer would misalign rows.
        if (body.result.length !== batch.length) {
          throw new ZohoError(`creator: Add Records to ${this.name} answered ${body.result.length} results for ${batch.length} records`, { product: 'creator' });
        }
        results.push(...body.result.map(toWriteResult));
      } catch (error) {
        if (start === 0 || !(error instanceof ZohoError)) throw error;
        results.push(...unanswered(error, batch.length, rows.length - start - batch.length));
        return results;
      }
    }
    return results;
  }
}
