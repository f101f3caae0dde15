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

  /**
   * A report, by link name.
   *
   * @example
   * const orders = zoho.creator.app('jason18', 'zylker-store').report('All_Orders');
   * const page = await orders.list({ criteria: 'Status == "Open"' });
   */
  report(name: string): CreatorReport {
    return new CreatorReport(this, name);
  }

  /**
   * A form, by link name.
   *
   * @example
   * const form = zoho.creator.app('jason18', 'zylker-store').form('Order');
   * const [result] = await form.add([{ Email: 'a@zylker.com', Amount: 120 }]);
   */
  form(name: string): CreatorForm {
    return new CreatorForm(this, name);
  }
}
