import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { failure, idText, isObject, jsonBody, success, zohoTime, type ItemAnswer } from '../crm-answers.js';
import { crmJson, failWith } from './crm-record-answers.js';
import type { CrmState, CrmUser } from '../crm-state.js';

type Tag = { id: string; name: string; color_code: string | null; created_by: CrmUser; created_time: string };
// Zoho CRM: tags are added to or removed from at most 100 records per call.
const MAX_IDS = 100;

/**
 * Tags on records (`/{module}/actions/add_tags`, `/{module}/{id}/actions/add_tags`, and
 * `remove_tags`), and renaming or deleting a module's tags (`/settings/tags`). A tag added to
 * a record that the module does not have yet is created, as Zoho does; `over_write: true`
 * replaces the record's tags instead of adding to them. Records carry `Tag: [{id, name,
 * color_code}]`.
 */
export function crmTagRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const tagsOf = (module: string): Map<string, Tag> => {
    let tags = crm.tags.get(module);
    if (!tags) {
      tags = new Map();
      crm.tags.set(module, tags);
    }
    return tags;
  };
  const moduleOf = (name: string | undefined | null): string => {
    const module = crm.metadata.find(name ?? '');
    if (!module || module.parent) return failWith('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
    return module.api_name;
  };

  const tagRecords = async (context: RouteContext, mode: 'add' | 'remove'): Promise<Response> => {
    crm.charge(context.token!.user, 1);
    const module = moduleOf(context.params['module_api_name']);
    const body = await jsonBody(context.request);
    const object = isObject(body) ? body : {};
    const names = (Array.isArray(object['tags']) ? object['tags'] : []).map((tag) => (isObject(tag) && typeof tag['name'] === 'string' ? tag['name'].trim() : ''));
    const blank = names.findIndex((name) => name === '');
    if (names.length === 0 || blank !== -1) return failWith('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'name', json_path: `$.tags[${Math.max(blank, 0)}].name` });
    const pathId = context.params['record_id'];
    const ids = pathId !== undefined ? [pathId] : (Array.isArray(object['ids']) ? object['ids'] : []).map(idText);
    if (ids.length === 0 || ids.some((id) => id === undefined)) return failWith('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'ids', json_path: '$.ids' });
    if (ids.length > MAX_IDS) return failWith('LIMIT_EXCEEDED', 'the number of ids exceeds the limit', { limit: MAX_IDS, api_name: 'ids', json_path: '$.ids' });
    const overwrite = object['over_write'] === true || object['over_write'] === 'true';
    const known = tagsOf(module);
    const me = crm.userFor(context.token!.user);
    const named = names.map((name) => {
      const found = known.get(name.toLowerCase());
      if (found || mode === 'remove') return found ?? { id: '', name, color_code: null };
      const colour = (object['tags'] as Record<string, unknown>[]).find((t) => t['name'] === name)?.['color_code'];
      const tag: Tag = { id: crm.newId(), name, color_code: typeof colour === 'string' ? colour : null, created_by: me, created_time: zohoTime(core.now()) };
      known.set(name.toLowerCase(), tag);
      return tag;
    });
    const records = crm.module(module);
    const results = (ids as string[]).map((id): ItemAnswer => {
      const record = records.get(id);
      if (!record) return failure('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'ids' });
      const current = Array.isArray(record['Tag']) ? (record['Tag'] as { id: string; name: string }[]) : [];
      const wanted = new Set(named.map((tag) => tag.name.toLowerCase()));
      const kept = mode === 'remove' ? current.filter((tag) => !wanted.has(tag.name.toLowerCase())) : overwrite ? [] : current;
      const added = mode === 'add' ? named.filter((tag) => !kept.some((k) => k.name.toLowerCase() === tag.name.toLowerCase())).map(({ id: tagId, name, color_code }) => ({ id: tagId, name, color_code })) : [];
      const tags = [...kept, ...added];
      records.set(id, { ...record, Tag: tags });
      return success({ id, tags: tags.map(({ id: tagId, name }) => ({ id: tagId, name })) }, mode === 'add' ? 'tags updated successfully' : 'tags removed successfully');
    });
    crm.emitChange({ module, operation: 'update', ids: results.filter((r) => r.status === 'success').map((r) => String(r.details['id'])), fields: ['Tag'], user: context.token!.user });
    const failed = results.filter((r) => r.status === 'error').length;
    return crmJson({ data: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
  };

  /** Renames (and recolours) tags named by id; records carrying them follow. */
  const updateTags = async (context: RouteContext, pathId: string | undefined): Promise<Response> => {
    crm.charge(context.token!.user, 1);
    const module = moduleOf(context.url.searchParams.get('module'));
    const body = await jsonBody(context.request);
    const inputs = isObject(body) && Array.isArray(body['tags']) ? body['tags'] : [];
    const known = tagsOf(module);
    const results = inputs.map((input, index): ItemAnswer => {
      const id = pathId ?? (isObject(input) ? idText(input['id']) : undefined);
      if (id === undefined || !isObject(input)) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.tags[${index}].id` });
      const tag = [...known.values()].find((t) => t.id === id);
      if (!tag) return failure('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'id', json_path: `$.tags[${index}].id` });
      const name = typeof input['name'] === 'string' && input['name'].trim() !== '' ? input['name'].trim() : tag.name;
      const clash = known.get(name.toLowerCase());
      if (clash && clash.id !== id) return failure('DUPLICATE_DATA', 'duplicate data', { api_name: 'name', json_path: `$.tags[${index}].name`, id: clash.id });
      known.delete(tag.name.toLowerCase());
      const renamed = { ...tag, name, color_code: typeof input['color_code'] === 'string' ? input['color_code'] : tag.color_code };
      known.set(name.toLowerCase(), renamed);
      retag(module, id, (t) => ({ ...t, name: renamed.name, color_code: renamed.color_code }));
      return success({ id }, 'tags updated successfully');
    });
    if (results.length === 0) return failWith('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'tags', json_path: '$.tags' });
    const failed = results.filter((r) => r.status === 'error').length;
    return crmJson({ tags: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
  };

  /** Changes (or, answering undefined, drops) a tag on every record of the module carrying it. */
  const retag = (module: string, tagId: string, change: (tag: Record<string, unknown>) => Record<string, unknown> | undefined): void => {
    const records = crm.module(module);
    for (const record of [...records.values()]) {
      const tags = record['Tag'];
      if (!Array.isArray(tags) || !tags.some((t) => isObject(t) && t['id'] === tagId)) continue;
      const next = (tags as Record<string, unknown>[]).flatMap((t) => (t['id'] === tagId ? (change(t) ?? []) : [t]));
      records.set(record.id, { ...record, Tag: next });
    }
  };

  return [
    { method: 'POST', path: '/crm/v8/{module_api_name}/actions/add_tags', auth: true, handle: (context) => tagRecords(context, 'add') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/{record_id}/actions/add_tags', auth: true, handle: (context) => tagRecords(context, 'add') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/actions/remove_tags', auth: true, handle: (context) => tagRecords(context, 'remove') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/{record_id}/actions/remove_tags', auth: true, handle: (context) => tagRecords(context, 'remove') },
    { method: 'PUT', path: '/crm/v8/settings/tags', auth: true, handle: (context) => updateTags(context, undefined) },
    { method: 'PUT', path: '/crm/v8/settings/tags/{tag_id}', auth: true, handle: (context) => updateTags(context, context.params['tag_id']) },
    {
      method: 'DELETE',
      path: '/crm/v8/settings/tags/{tag_id}',
      auth: true,
      handle: (context) => {
        crm.charge(context.token!.user, 1);
        const id = context.params['tag_id'] ?? '';
        // Tag ids are unique across modules, so the id alone names the tag.
        const module = [...crm.tags.keys()].find((name) => [...tagsOf(name).values()].some((t) => t.id === id));
        const known = module === undefined ? undefined : tagsOf(module);
        const tag = known && [...known.values()].find((t) => t.id === id);
        if (module === undefined || !known || !tag) return failWith('INVALID_DATA', 'the id given seems to be invalid', { id, resource_path_index: 2 });
        known.delete(tag.name.toLowerCase());
        retag(module, id, () => undefined);
        return crmJson({ tags: [success({ id }, 'tags deleted successfully')] }, 200, context.token);
      },
    },
  ];
}
