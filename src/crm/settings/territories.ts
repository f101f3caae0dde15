import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';

import { batch, type ItemResult } from '../item-result.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { singlePage, type IterateOptions, type Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';

/** A territory (Enterprise editions and above). */
export type TerritoryData = components['schemas']['Territory'];
/** A territory to create or change (`id` to change one). */
export type TerritoryInput = components['schemas']['TerritoriesWriteRequest']['territories'][number];
/** A user of a territory. */
export type TerritoryUserData = components['schemas']['TerritoryUser'];

const SETTINGS = '/crm/v8/settings/territories';

/** The users of one territory: `zoho.crm.territories.territory(id).users`. */
export class TerritoryUsers {
  constructor(
    readonly crm: Crm,
    readonly territoryId: string,
  ) {}

  /**
   * The territory's users, as one page (empty when it has none).
   *
   * @example
   * const members = await zoho.crm.territories.territory(id).users.list();
   * console.log(members.items.map((user) => user.id));
   */
  async list(options: CallOptions = {}): Promise<Page<TerritoryUserData>> {
    // Zoho's files give this list no paging parameters, so it is one page: what Zoho sends.
    const { data, response } = await this.crm.api.GET(`${SETTINGS}/{territory}/users`, { params: { path: { territory: this.territoryId } }, signal: options.signal ?? null });
    return singlePage(data?.users ?? [], rateLimitOf(response.headers));
  }

  /**
   * Adds users to the territory; one result per user, in input order.
   *
   * @example
   * const results = await zoho.crm.territories.territory(territoryId).users.add([userId]);
   */
  async add(userIds: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(`${SETTINGS}/{territory}/users`, {
        params: { path: { territory: this.territoryId } },
        body: { users: userIds.map((id) => ({ id })) },
        signal: options.signal ?? null,
      });
      return data?.users;
    }, userIds);
  }

  /**
   * Removes users from the territory; one result per user, in input order.
   *
   * @example
   * const [result] = await zoho.crm.territories.territory(territoryId).users.remove([userId]);
   * @see https://zoho.com/crm/developer/docs/api/v8/disassociate-users-territory.html
   */
  async remove(userIds: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.DELETE(`${SETTINGS}/{territory}/users`, {
        params: { path: { territory: this.territoryId }, query: { ids: userIds.join(',') } },
        signal: options.signal ?? null,
      });
      return data?.users;
    }, userIds);
  }
}

/** A territory handle; makes no call until used. */
export class TerritoryHandle {
  constructor(
    readonly crm: Crm,
    readonly id: string,
  ) {}

  get users(): TerritoryUsers {
    return new TerritoryUsers(this.crm, this.id);
  }
}

/** The org's territories: `zoho.crm.territories`. Writes answer one result per territory, in input order. */
export class Territories {
  constructor(readonly crm: Crm) {}

  /**
   * A handle on one territory (its users); makes no call.
   *
   * @example
   * const members = await zoho.crm.territories.territory(territoryId).users.list();
   */
  territory(id: string): TerritoryHandle {
    return new TerritoryHandle(this.crm, id);
  }

  /**
   * One page of territories (empty when there are none).
   *
   * @example
   * const page = await zoho.crm.territories.list({ perPage: 50 });
   * console.log(page.items.map((territory) => territory.name), page.hasMore);
   */
  list(options: CrmPageOptions = {}): Promise<Page<TerritoryData>> {
    return crmPage(this.#lister, options);
  }

  /**
   * Every territory, page after page.
   *
   * @example
   * for await (const territory of zoho.crm.territories.iterate()) console.log(territory.name);
   */
  iterate(options: IterateOptions = {}): AsyncGenerator<TerritoryData, void, undefined> {
    return crmIterate(this.#lister, options);
  }

  readonly #lister: CrmFetch<TerritoryData> = async (paging, call) => {
    const { data, response } = await this.crm.api.GET(SETTINGS, { params: { query: paging }, signal: call.signal ?? null });
    return { items: data?.territories, info: data?.info, response };
  };

  /**
   * One territory; undefined when there is none.
   *
   * @example
   * const territory = await zoho.crm.territories.get(territoryId);
   * console.log(territory?.name, territory?.manager?.name);
   */
  async get(id: string, options: CallOptions = {}): Promise<TerritoryData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{territory_id}`, { params: { path: { territory_id: id } }, signal: options.signal ?? null });
    return data?.territories?.[0];
  }

  /**
   * Creates territories (Enterprise editions and above); one result per territory, in input order.
   *
   * @example
   * const [result] = await zoho.crm.territories.create([{ name: 'EMEA', reporting_to: { id: territoryId }, permission_type: 'read_only' }]);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/add-territories.html
   */
  async create(territories: readonly TerritoryInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { body: { territories: [...territories] }, signal: options.signal ?? null });
      return data?.territories;
    }, territories.map((territory) => territory.id));
  }

  /**
   * Changes territories by id; one result per territory, in input order.
   *
   * @example
   * await zoho.crm.territories.update([{ id: territoryId, description: 'Europe, Middle East and Africa' }]);
   * @see https://zoho.com/crm/developer/docs/api/v8/update-territories.html
   */
  async update(territories: readonly (TerritoryInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(SETTINGS, { body: { territories: [...territories] }, signal: options.signal ?? null });
      return data?.territories;
    }, territories.map((territory) => territory.id));
  }

  /**
   * Deletes territories by id; one result per id.
   *
   * @example
   * const [result] = await zoho.crm.territories.delete([territoryId]);
   */
  async delete(ids: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.DELETE(SETTINGS, { params: { query: { ids: ids.join(',') } }, signal: options.signal ?? null });
      return data?.territories;
    }, ids);
  }
}
