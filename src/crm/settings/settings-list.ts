import type { CallOptions } from '../../call-options.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { singlePage, type Page } from '../../page.js';
import type { ProfileData, RoleData } from '../crm-types.js';
import type { Crm } from '../crm.js';

/** How one settings list is read: all of it in one request, and one item by id. */
interface SettingsListCalls<T> {
  all(signal: AbortSignal | null): Promise<{ items: T[] | undefined; response: Response }>;
  one(id: string, signal: AbortSignal | null): Promise<T | undefined>;
}

/**
 * A settings list Zoho answers in one piece, with no paging, and reads one item of by id:
 * the org's roles (`zoho.crm.roles`) and profiles (`zoho.crm.profiles`).
 */
export class SettingsList<T> {
  readonly #calls: SettingsListCalls<T>;

  /** @internal `crm.roles` and `crm.profiles` make these. */
  constructor(
    readonly crm: Crm,
    calls: SettingsListCalls<T>,
  ) {
    this.#calls = calls;
  }

  /**
   * Every item, as one page (`hasMore` is false).
   *
   * @example
   * const roles = await zoho.crm.roles.list();
   * for (const role of roles.items) console.log(role.name);
   */
  async list(options: CallOptions = {}): Promise<Page<T>> {
    const { items, response } = await this.#calls.all(options.signal ?? null);
    return singlePage(items ?? [], rateLimitOf(response.headers));
  }

  /**
   * One item by id; undefined when there is none.
   *
   * @example
   * const profile = await zoho.crm.profiles.get('4150868000000026011');
   */
  get(id: string, options: CallOptions = {}): Promise<T | undefined> {
    return this.#calls.one(id, options.signal ?? null);
  }
}

/** The org's roles (the reporting hierarchy): `GET /settings/roles`. */
export const rolesOf = (crm: Crm): SettingsList<RoleData> =>
  new SettingsList(crm, {
    all: (signal) => crm.api.GET('/crm/v8/settings/roles', { signal }).then(({ data, response }) => ({ items: data?.roles, response })),
    one: (id, signal) => crm.api.GET('/crm/v8/settings/roles/{role_id}', { params: { path: { role_id: id } }, signal }).then(({ data }) => data?.roles[0]),
  });

/** The org's profiles (permission sets): `GET /settings/profiles`. */
export const profilesOf = (crm: Crm): SettingsList<ProfileData> =>
  new SettingsList(crm, {
    all: (signal) => crm.api.GET('/crm/v8/settings/profiles', { signal }).then(({ data, response }) => ({ items: data?.profiles, response })),
    one: (id, signal) => crm.api.GET('/crm/v8/settings/profiles/{profile_id}', { params: { path: { profile_id: id } }, signal }).then(({ data }) => data?.profiles[0]),
  });
