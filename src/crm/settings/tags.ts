import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { singlePage, type Page } from '../../page.js';
import { inChunks } from '../in-chunks.js';
import { batch, type ItemResult } from '../item-result.js';

// Zoho: at most 50 tags per create or update call.
const TAGS_PER_CALL = 50;

/** An org tag of a module, as `GET /settings/tags` lists it. */
export type TagData = components['schemas']['Tag'];

/** A tag to create: its name (at most 25 characters) and, optionally, a colour `#RRGGBB`. */
export interface NewTag {
  name: string;
  colorCode?: string;
}

/** A tag to change, by id. */
export interface TagChange {
  id: string;
  name?: string;
  colorCode?: string;
}

const tagBody = (tag: NewTag | TagChange) => ({
  ...('id' in tag ? { id: tag.id } : {}),
  ...(tag.name !== undefined ? { name: tag.name } : {}),
  ...(tag.colorCode !== undefined ? { color_code: tag.colorCode } : {}),
});

/**
 * The org's tags, per module: `zoho.crm.tags`. Writes answer one result per tag, in input
 * order (Zoho: at most 50 tags per call); tagging records is `module.tags` / `record.tags`.
 */
export class Tags {
  constructor(readonly crm: Crm) {}

  /**
   * The tags of a module (`myTags`: only those the calling user created), as one Page (Zoho
   * answers the list in one piece).
   * Wraps `GET /crm/v8/settings/tags`.
   *
   * @example
   * const { items } = await zoho.crm.tags.list('Leads');
   */
  async list(module: string, options: CallOptions & { myTags?: boolean } = {}): Promise<Page<TagData>> {
    const { data, response } = await this.crm.api.GET('/crm/v8/settings/tags', {
      params: { query: { module, ...(options.myTags !== undefined ? { my_tags: options.myTags } : {}) } },
      signal: options.signal ?? null,
    });
    return singlePage(data?.tags ?? [], rateLimitOf(response.headers));
  }

  /**
   * Creates tags in a module, 50 per call; one result per tag, in input order.
   * Wraps `POST /crm/v8/settings/tags`.
   *
   * @example
   * const [result] = await zoho.crm.tags.create('Leads', [{ name: 'hot', colorCode: '#F17574' }]);
   */
  async create(module: string, tags: readonly NewTag[], options: CallOptions = {}): Promise<ItemResult[]> {
    return this.#write('POST', module, tags, options);
  }

  /**
   * Renames or recolours tags of a module, 50 per call; one result per tag.
   * Wraps `PUT /crm/v8/settings/tags`.
   *
   * @example
   * await zoho.crm.tags.update('Leads', [{ id: tagId, name: 'warm' }]);
   */
  async update(module: string, tags: readonly TagChange[], options: CallOptions = {}): Promise<ItemResult[]> {
    return this.#write('PUT', module, tags, options);
  }

  /** Creates (POST) or changes (PUT) tags, 50 per call; a new tag's result has no id until Zoho answers one. */
  #write(method: 'POST' | 'PUT', module: string, tags: readonly (NewTag | TagChange)[], options: CallOptions): Promise<ItemResult[]> {
    return inChunks(tags, (slice) =>
      batch(async () => {
        const init = { params: { query: { module } }, body: { tags: slice.map(tagBody) }, signal: options.signal ?? null };
        const { data } = method === 'POST' ? await this.crm.api.POST('/crm/v8/settings/tags', init) : await this.crm.api.PUT('/crm/v8/settings/tags', init);
        return data?.tags;
      }, slice.map((tag) => ('id' in tag ? tag.id : undefined))),
    TAGS_PER_CALL);
  }

  /**
   * Deletes one tag; Zoho takes it off every record that carries it.
   *
   * @example
   * const result = await zoho.crm.tags.delete(tagId);
   */
  async delete(id: string, options: CallOptions = {}): Promise<ItemResult> {
    const [result] = await batch(async () => {
      const { data } = await this.crm.api.DELETE('/crm/v8/settings/tags/{tag_id}', { params: { path: { tag_id: id } }, signal: options.signal ?? null });
      return data?.tags;
    }, [id]);
    return result!;
  }

  /**
   * Merges tag `id` into tag `intoId`: the records of the first carry the second, the first is gone.
   *
   * @example
   * const result = await zoho.crm.tags.merge(tagId, id);
   * if (!result.ok) console.error(result.error.code);
   */
  async merge(id: string, intoId: string, options: CallOptions = {}): Promise<ItemResult> {
    const [result] = await batch(async () => {
      const { data } = await this.crm.api.POST('/crm/v8/settings/tags/{tag_id}/actions/merge', {
        params: { path: { tag_id: id } },
        body: { tags: [{ conflict_id: intoId }] },
        signal: options.signal ?? null,
      });
      return data?.tags;
    }, [id]);
    return result!;
  }

  /**
   * How many records of the module carry the tag.
   *
   * @example
   * const count = await zoho.crm.tags.recordsCount(tagId, 'Leads');
   */
  async recordsCount(id: string, module: string, options: CallOptions = {}): Promise<number> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/tags/{tag_id}/actions/records_count', {
      params: { path: { tag_id: id }, query: { module } },
      signal: options.signal ?? null,
    });
    // Zoho sends this count as a numeric string.
    return Number(data?.count ?? 0);
  }
}
