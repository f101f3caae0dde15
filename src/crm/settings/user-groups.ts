import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';

import { batch, type ItemResult } from '../item-result.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';

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

  /**
   * One page of user groups (empty when there are none), those named `name` only when given.
   *
   * @example
   * const page = await zoho.crm.userGroups.list({ perPage: 50 });
   * console.log(page.items.map((group) => group.name), page.hasMore);
   */
  list(options: CrmPageOptions & { name?: string } = {}): Promise<Page<UserGroupData>> {
    return crmPage(this.#lister(options.name), options);
  }

  /**
   * Every user group, page after page.
   *
   * @example
   * for await (const group of zoho.crm.userGroups.iterate()) console.log(group.name);
   */
  iterate(options: IterateOptions & { name?: string } = {}): AsyncGenerator<UserGroupData, void, undefined> {
    return crmIterate(this.#lister(options.name), options);
  }

  /**
   * One user group; undefined when there is none.
   *
   * @example
   * const group = await zoho.crm.userGroups.get(groupId);
   * console.log(group?.name, group?.sources?.length);
   */
  async get(id: string, options: CallOptions = {}): Promise<UserGroupData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{group}`, { params: { path: { group: id } }, signal: options.signal ?? null });
    return data?.user_groups?.[0];
  }

  /**
   * Creates user groups; one result per group, in input order.
   *
   * @example
   * const [result] = await zoho.crm.userGroups.create([{ name: 'Sales EU', sources: [{ type: 'users', source: { id: userId } }] }]);
   * @see https://zoho.com/crm/developer/docs/api/v8/create-user-group.html
   */
  async create(groups: readonly UserGroupInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { body: { user_groups: [...groups] }, signal: options.signal ?? null });
      return data?.user_groups;
    }, groups.map((group) => group.id));
  }

  /**
   * Changes user groups by id; one result per group, in input order.
   *
   * @example
   * await zoho.crm.userGroups.update([{ id: groupId, description: 'Every EU sales rep' }]);
   */
  async update(groups: readonly (UserGroupInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(SETTINGS, { body: { user_groups: [...groups] }, signal: options.signal ?? null });
      return data?.user_groups;
    }, groups.map((group) => group.id));
  }

  /**
   * Deletes one user group (its members stay users).
   *
   * @example
   * const result = await zoho.crm.userGroups.delete(groupId);
   */
  async delete(id: string, options: CallOptions = {}): Promise<ItemResult> {
    const [result] = await batch(async () => {
      const { data } = await this.crm.api.DELETE(`${SETTINGS}/{group}`, { params: { path: { group: id } }, signal: options.signal ?? null });
      return data?.user_groups;
    }, [id]);
    return result!;
  }

  /**
   * The sources of a group's membership (users, roles, territories), one page.
   *
   * @example
   * const sources = await zoho.crm.userGroups.sources(groupId);
   * for await (const source of sources) console.log(source.type);
   */
  sources(id: string, options: CrmPageOptions = {}): Promise<Page<UserGroupSource>> {
    return crmPage<UserGroupSource>(async (paging, call) => {
      const { data, response } = await this.crm.api.GET(`${SETTINGS}/{group}/sources`, { params: { path: { group: id }, query: paging }, signal: call.signal ?? null });
      return { items: data?.sources, info: data?.info, response };
    }, options);
  }

  #lister(name: string | undefined): CrmFetch<UserGroupData> {
    return async (paging, call) => {
      const { data, response } = await this.crm.api.GET(SETTINGS, { params: { query: { ...paging, ...(name !== undefined ? { name } : {}) } }, signal: call.signal ?? null });
      return { items: data?.user_groups, info: data?.info, response };
    };
  }
}
