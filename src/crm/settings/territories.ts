import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';

import { batch, type ItemResult } from '../item-result.js';
import { iteratePages, pageOf, pageQuery, type IterateOptions, type Page, type PageOptions } from '../paged-list.js';

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

  /** One page of the territory's users (empty when it has none). */
  async list(options: PageOptions = {}): Promise<Page<TerritoryUserData>> {
    // Zoho's files give this list no paging parameters; the page is whatever Zoho sends.
    const { data, response } = await this.crm.api.GET(`${SETTINGS}/{territory}/users`, { params: { path: { territory: this.territoryId } }, signal: options.signal ?? null });
    return pageOf<TerritoryUserData>(data?.users, data?.info, response);
  }

  /** Adds users to the territory; one result per user, in input order. */
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

  /** Removes users from the territory; one result per user, in input order. */
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

  territory(id: string): TerritoryHandle {
    return new TerritoryHandle(this.crm, id);
  }

  /** One page of territories (empty when there are none). */
  async list(options: PageOptions = {}): Promise<Page<TerritoryData>> {
    const { data, response } = await this.crm.api.GET(SETTINGS, { params: { query: pageQuery(options) }, signal: options.signal ?? null });
    return pageOf<TerritoryData>(data?.territories, data?.info, response);
  }

  /** Every territory, page after page. */
  iterate(options: IterateOptions = {}): AsyncGenerator<TerritoryData, void, undefined> {
    return iteratePages(({ page }) => this.list({ ...options, page }), options);
  }

  async get(id: string, options: CallOptions = {}): Promise<TerritoryData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{territory_id}`, { params: { path: { territory_id: id } }, signal: options.signal ?? null });
    return data?.territories?.[0];
  }

  async create(territories: readonly TerritoryInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { body: { territories: [...territories] }, signal: options.signal ?? null });
      return data?.territories;
    }, territories.map((territory) => territory.id));
  }

  async update(territories: readonly (TerritoryInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(SETTINGS, { body: { territories: [...territories] }, signal: options.signal ?? null });
      return data?.territories;
    }, territories.map((territory) => territory.id));
  }

  async delete(ids: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.DELETE(SETTINGS, { params: { query: { ids: ids.join(',') } }, signal: options.signal ?? null });
      return data?.territories;
    }, ids);
  }
}
