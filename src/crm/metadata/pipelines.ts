import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import type { Crm } from '../crm.js';
import { rateLimitOf } from '../../http/rate-limit.js';
import { singlePage, type Page } from '../../page.js';

import { batch, type ItemResult } from '../item-result.js';

/** A pipeline of a Deals layout, with its stages in `maps`. */
export type PipelineData = components['schemas']['Pipeline'];

/** A pipeline to create or change (`id` to change one); Zoho's keys, e.g. `display_value`, `maps`. */
export type PipelineInput = Omit<PipelineData, 'id'> & { id?: string };

const SETTINGS = '/crm/v8/settings/pipeline';

/**
 * The pipelines of one Deals layout: `zoho.crm.pipelines(layoutId)`. Zoho keys every
 * pipeline call by `layout_id`. Writes answer one result per pipeline, in input order.
 */
export class Pipelines {
  constructor(
    readonly crm: Crm,
    readonly layoutId: string,
  ) {}

  /**
   * The layout's pipelines, as one page (Zoho answers them in one piece).
   *
   * @example
   * const pipelines = await zoho.crm.pipelines(layoutId).list();
   * console.log(pipelines.items.map((pipeline) => pipeline.display_value));
   */
  async list(options: CallOptions = {}): Promise<Page<PipelineData>> {
    const { data, response } = await this.crm.api.GET(SETTINGS, { params: { query: { layout_id: this.layoutId } }, signal: options.signal ?? null });
    return singlePage(data?.pipeline ?? [], rateLimitOf(response.headers));
  }

  /**
   * One pipeline with its stages; undefined when there is none.
   *
   * @example
   * const pipeline = await zoho.crm.pipelines(layoutId).get(id);
   * console.log(pipeline?.display_value, pipeline?.maps?.length);
   */
  async get(id: string, options: CallOptions = {}): Promise<PipelineData | undefined> {
    const { data } = await this.crm.api.GET(`${SETTINGS}/{id}`, { params: { path: { id }, query: { layout_id: this.layoutId } }, signal: options.signal ?? null });
    return data?.pipeline?.[0];
  }

  /**
   * The stages of a pipeline, in order; empty when there is no such pipeline.
   *
   * @example
   * const stages = await zoho.crm.pipelines(layoutId).stages(id);
   * console.log(stages.map((stage) => stage.display_value));
   */
  async stages(id: string, options: CallOptions = {}): Promise<NonNullable<PipelineData['maps']>> {
    const pipeline = await this.get(id, options);
    return [...(pipeline?.maps ?? [])].sort((a, b) => (a.sequence_number ?? 0) - (b.sequence_number ?? 0));
  }

  /**
   * Creates pipelines in the layout; one result per pipeline, in input order.
   *
   * @example
   * // Stages are values of the Deals Stage field, by id (see `module.fields()`), in order.
   * const [result] = await zoho.crm.pipelines(layoutId).create([{ display_value: 'Renewals', maps: [{ id: '4150868000000006801', sequence_number: 1 }] }]);
   */
  async create(pipelines: readonly PipelineInput[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.POST(SETTINGS, { params: { query: { layout_id: this.layoutId } }, body: { pipeline: [...pipelines] }, signal: options.signal ?? null });
      return data?.pipeline;
    }, pipelines.map((pipeline) => pipeline.id));
  }

  /**
   * Changes pipelines by id; one result per pipeline, in input order.
   *
   * @example
   * await zoho.crm.pipelines(layoutId).update([{ id, display_value: 'Renewals 2030' }]);
   */
  async update(pipelines: readonly (PipelineInput & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return batch(async () => {
      const { data } = await this.crm.api.PUT(SETTINGS, { params: { query: { layout_id: this.layoutId } }, body: { pipeline: [...pipelines] }, signal: options.signal ?? null });
      return data?.pipeline;
    }, pipelines.map((pipeline) => pipeline.id));
  }
}
