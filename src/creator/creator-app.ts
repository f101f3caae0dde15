import type { Creator } from './creator.js';
import { CreatorForm } from './form.js';
import { CreatorReport } from './report.js';

/** One Creator application. Its reports read, update and delete records; its forms add them. */
export class CreatorApp {
  constructor(
    readonly creator: Creator,
    /** The account owner's name (`account_owner_name` in Zoho's paths). */
    readonly owner: string,
    /** The application's link name. */
    readonly name: string,
  ) {}

  /** A report, by link name. */
  report(name: string): CreatorReport {
    return new CreatorReport(this, name);
  }

  /** A form, by link name. */
  form(name: string): CreatorForm {
    return new CreatorForm(this, name);
  }
}
