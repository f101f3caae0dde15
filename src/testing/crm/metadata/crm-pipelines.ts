import { idText } from '../crm-answers.js';
import { itemError, type ItemResult } from '../records/crm-record-answers.js';
import type { CrmState } from '../crm-state.js';

const PIPELINES = '/crm/v8/settings/pipeline';

/**
 * A deal's `Pipeline` (by id or display value) must name a pipeline of the org, and its
 * `Stage` must be one of that pipeline's stages (`maps[].display_value`), as Zoho refuses a
 * stage the deal's pipeline does not have. Answers the value to store, or the item error.
 */
export function checkPipeline(crm: CrmState, input: Record<string, unknown>, path: string): { ok: true; value: { id: string; name: unknown } } | { ok: false; error: ItemResult } {
  const given = input['Pipeline'];
  const id = idText(given) ?? (typeof given === 'object' && given !== null ? idText((given as { id?: unknown }).id) : undefined);
  const name = typeof given === 'object' && given !== null ? (given as { name?: unknown }).name : given;
  const pipelines = [...crm.collections.items(PIPELINES).values()];
  const pipeline = pipelines.find((p) => p.id === id) ?? pipelines.find((p) => p['display_value'] === name);
  if (!pipeline) return { ok: false, error: itemError('INVALID_DATA', 'the pipeline given seems to be invalid', { api_name: 'Pipeline', json_path: `${path}.Pipeline` }) };
  const stages = (Array.isArray(pipeline['maps']) ? pipeline['maps'] : []).map((stage) => (typeof stage === 'object' && stage !== null ? (stage as { display_value?: unknown }).display_value : undefined));
  const stage = input['Stage'];
  if (stage !== undefined && stages.length > 0 && !stages.includes(stage)) {
    return { ok: false, error: itemError('INVALID_DATA', 'the stage is not part of the pipeline', { api_name: 'Stage', json_path: `${path}.Stage` }) };
  }
  return { ok: true, value: { id: pipeline.id, name: pipeline['display_value'] ?? null } };
}
