import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';

import { batch, type ItemResult } from '../item-result.js';
import { iteratePages, pageOf, pageQuery, type IterateOptions, type Page, type PageOptions } from '../paged-list.js';

/** A user group: users gathered from users, roles and territories (its `sources`). */
export type UserGroupData = components['schemas']['UserGroup'];

/** A user group to create or change (`id` to change one): `name`, `description`, `sources`. */
export type UserGroupInput = Omit<UserGroupData, 'id'> & { id?: string };

/** Where a group's members come from. */
export type UserGroupSource = components['schemas']['UserGroupSource'];

const SETTINGS = '/crm/v8/settings/user_groups';

/** The org's user groups: `zoho.crm.userGroups`. Writes answer one result per group, in input order. */
export class UserGroups {
  constructor(readonly crm: Crm) {}

  /** One page of user groups (empty when there are none). */
  async list(options: PageOptions & { name?: string } = {}): Promise<Page<UserGroupData>> {
    const { data, response } = await this.crm.api.GET(SETTINGS, {
      params: { query: { ...pageQuery(options), ...(options.name !== undefined ? { name: options.name } : {}) } },
      signal: options.signal ?? null,
    });
    return pageOf<UserGroupData>(data?.user_groups, data?.info, response);
  }

  /** Every user group, page after page. */
  iterate(options: IterateOptions = {}): AsyncGenerator<UserGroupData, void, undefined> {
    return iteratePages(({ page }) => this.list({ ...options, page }), options);
  }

  async get(id: string, options: CallOptions = {}): Promise<UserGroupData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{group}`, { params: { path: { group: id } }, signal: options.signal ?? null });
    return data?.user_groups?.[0];
  }

  async create(groups: readonly UserGroupInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { body: { user_groups: [...groups] }, signal: options.signal ?? null });
      return data?.user_groups;
    }, groups.map((group) => group.id));
  }

  async update(groups: readonly (UserGroupInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(SETTINGS, { body: { user_groups: [...groups] }, signal: options.signal ?? null });
      return data?.user_groups;
    }, groups.map((group) => group.id));
  }

  async delete(id: string, options: CallOptions = {}): Promise<ItemResult> {
    const [result] = await batch(async () => {
      const { data } = await this.crm.api.DELETE(`${SETTINGS}/{group}`, { params: { path: { group: id } }, signal: options.signal ?? null });
      return data?.user_groups;
    }, [id]);
    return result!;
  }

  /** The sources of a group's membership (users, roles, territories), one page. */
  async sources(id: string, options: PageOptions = {}): Promise<Page<UserGroupSource>> {
    const { data, response } = await this.crm.api.GET(`${SETTINGS}/{group}/sources`, {
      params: { path: { group: id }, query: pageQuery(options) },
      signal: options.signal ?? null,
    });
    return pageOf<UserGroupSource>(data?.sources, data?.info, response);
  }
}
