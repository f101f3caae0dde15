import type { CallOptions } from '../../call-options.js';
import type { CrmInfo, CrmUserData } from '../crm-types.js';
import type { Crm } from '../crm.js';
import { rateLimitOf, type RateLimitInfo } from '../../http/rate-limit.js';

/** Which users a list returns (Zoho's `type`). */
export type UserType = 'AllUsers' | 'ActiveUsers' | 'DeactiveUsers' | 'ConfirmedUsers' | 'NotConfirmedUsers' | 'DeletedUsers' | 'ActiveConfirmedUsers' | 'AdminUsers' | 'ActiveConfirmedAdmins' | 'CurrentUser';

export interface UserPage {
  data: CrmUserData[];
  info: CrmInfo;
  rateLimit: RateLimitInfo;
}

/** The org's users: `zoho.crm.users`. */
export class Users {
  constructor(readonly crm: Crm) {}

  async list(options: CallOptions & { type?: UserType; page?: number; perPage?: number } = {}): Promise<UserPage> {
    const { data, response } = await this.crm.api.GET('/crm/v8/users', {
      params: {
        query: {
          ...(options.type ? { type: options.type } : {}),
          ...(options.page !== undefined ? { page: options.page } : {}),
          ...(options.perPage !== undefined ? { per_page: options.perPage } : {}),
        },
      },
      signal: options.signal ?? null,
    });
    return { data: data?.users ?? [], info: data?.info ?? { count: 0, more_records: false }, rateLimit: rateLimitOf(response.headers) };
  }

  /** The user whose token makes the call. */
  async current(options: CallOptions = {}): Promise<CrmUserData | undefined> {
    return (await this.list({ ...options, type: 'CurrentUser' })).data[0];
  }

  async get(id: string, options: CallOptions = {}): Promise<CrmUserData | undefined> {
    const { data } = await this.crm.api.GET('/crm/v8/users/{user_id}', { params: { path: { user_id: id } }, signal: options.signal ?? null });
    return data?.users[0];
  }

  async count(options: CallOptions & { type?: UserType } = {}): Promise<number> {
    const { data } = await this.crm.api.GET('/crm/v8/users/actions/count', { params: { query: options.type ? { type: options.type } : {} }, signal: options.signal ?? null });
    return Number(data?.count ?? 0);
  }
}
