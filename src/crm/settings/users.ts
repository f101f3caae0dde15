import type { CallOptions } from '../../call-options.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';
import type { CrmUserData } from '../crm-types.js';
import type { Crm } from '../crm.js';

/** Which users a list returns (Zoho's `type`). */
export type UserType = 'AllUsers' | 'ActiveUsers' | 'DeactiveUsers' | 'ConfirmedUsers' | 'NotConfirmedUsers' | 'DeletedUsers' | 'ActiveConfirmedUsers' | 'AdminUsers' | 'ActiveConfirmedAdmins' | 'CurrentUser';

/** The org's users: `zoho.crm.users`. */
export class Users {
  constructor(readonly crm: Crm) {}

  /**
   * One page of users (`GET /users`), of one `type` (default all).
   *
   * @example
   * const page = await zoho.crm.users.list({ type: 'ActiveUsers' });
   * console.log(page.items.map((user) => user.email));
   */
  list(options: CrmPageOptions & { type?: UserType } = {}): Promise<Page<CrmUserData>> {
    return crmPage(this.#lister(options.type), options);
  }

  /**
   * Every user of one `type`, page after page.
   *
   * @example
   * for await (const user of zoho.crm.users.iterate({ type: 'AdminUsers' })) console.log(user.email);
   */
  iterate(options: IterateOptions & { type?: UserType } = {}): AsyncGenerator<CrmUserData, void, undefined> {
    return crmIterate(this.#lister(options.type), options);
  }

  /**
   * The user whose token makes the call.
   *
   * @example
   * const me = await zoho.crm.users.current();
   * console.log(me?.email, me?.role?.name);
   */
  async current(options: CallOptions = {}): Promise<CrmUserData | undefined> {
    return (await this.list({ ...options, type: 'CurrentUser' })).items[0];
  }

  /**
   * One user; undefined when there is none.
   *
   * @example
   * const user = await zoho.crm.users.get(userId);
   */
  async get(id: string, options: CallOptions = {}): Promise<CrmUserData | undefined> {
    const { data } = await this.crm.api.GET('/crm/v8/users/{user_id}', { params: { path: { user_id: id } }, signal: options.signal ?? null });
    return data?.users[0];
  }

  /**
   * How many users of one `type` (default all).
   *
   * @example
   * const active = await zoho.crm.users.count({ type: 'ActiveUsers' });
   */
  async count(options: CallOptions & { type?: UserType } = {}): Promise<number> {
    const { data } = await this.crm.api.GET('/crm/v8/users/actions/count', { params: { query: options.type ? { type: options.type } : {} }, signal: options.signal ?? null });
    return Number(data?.count ?? 0);
  }

  #lister(type: UserType | undefined): CrmFetch<CrmUserData> {
    return async (paging, call) => {
      const { data, response } = await this.crm.api.GET('/crm/v8/users', { params: { query: { ...(type ? { type } : {}), ...paging } }, signal: call.signal ?? null });
      return { items: data?.users, info: data?.info, response };
    };
  }
}
