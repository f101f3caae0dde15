import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { crmJson, jsonOf, recordError, requiredParam, zohoTime } from '../records/crm-record-answers.js';
import type { SimModule } from './crm-metadata.js';
import type { CrmState } from '../crm-state.js';

const SETTINGS = '/crm/v8/settings';

/** CRM metadata: modules, fields, layouts, custom views, related lists and tags. */
export function crmSettingsRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  const { metadata } = crm;
  /** The module named by `?module=`, or Zoho's answer when it is missing or unknown. */
  const moduleParam = (context: RouteContext): SimModule | Response => {
    crm.charge(context.token!.user, 1);
    const name = context.url.searchParams.get('module');
    if (name === null || name === '') return requiredParam('module');
    return metadata.find(name) ?? recordError('INVALID_MODULE', 'the module name given seems to be invalid', { param_name: 'module' });
  };
  const get = (path: string, handle: (context: RouteContext) => Response | Promise<Response>): Route => ({ method: 'GET', path: `${SETTINGS}${path}`, auth: true, handle });
  const notFound = (what: string): Response => recordError('INVALID_DATA', `the ${what} id given seems to be invalid`, { resource_path_index: 2 });

  return [
    get('/modules', (context) => {
      crm.charge(context.token!.user, 1);
      return crmJson({ modules: [...metadata.modules.values()].map((m) => metadata.moduleJson(m)) }, 200, context.token);
    }),
    get('/modules/{module_api_name}', (context) => {
      crm.charge(context.token!.user, 1);
      const module = metadata.find(context.params['module_api_name'] ?? '');
      if (!module) return recordError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 2 });
      return crmJson({ modules: [metadata.moduleJson(module, true)] }, 200, context.token);
    }),
    get('/fields', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      return crmJson({ fields: module.fields.map((field) => metadata.fieldJson(module, field)) }, 200, context.token);
    }),
    get('/fields/{field_id}', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      const field = module.fields.find((f) => f.id === context.params['field_id']);
      return field ? crmJson({ fields: [metadata.fieldJson(module, field)] }, 200, context.token) : notFound('field');
    }),
    get('/layouts', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      return crmJson({ layouts: module.parent ? [] : [metadata.layoutJson(module)] }, 200, context.token);
    }),
    get('/layouts/{layout_id}', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      return module.layoutId === context.params['layout_id'] ? crmJson({ layouts: [metadata.layoutJson(module)] }, 200, context.token) : notFound('layout');
    }),
    get('/custom_views', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      const views = module.views.map((view) => metadata.customViewJson(module, view));
      return crmJson({ custom_views: views, info: { per_page: 200, count: views.length, page: 1, more_records: false, default: module.views[0]?.id } }, 200, context.token);
    }),
    get('/custom_views/{custom_view_id}', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      const view = module.views.find((v) => v.id === context.params['custom_view_id']);
      return view ? crmJson({ custom_views: [metadata.customViewJson(module, view)] }, 200, context.token) : notFound('custom view');
    }),
    get('/related_lists', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      return crmJson({ related_lists: metadata.relatedListsJson(module) }, 200, context.token);
    }),
    get('/related_lists/{related_list_id}', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      const list = metadata.relatedListsJson(module).find((l) => l['id'] === context.params['related_list_id']);
      return list ? crmJson({ related_lists: [list] }, 200, context.token) : notFound('related list');
    }),
    get('/tags', (context) => {
      const module = moduleParam(context);
      if (module instanceof Response) return module;
      const tags = [...(crm.tags.get(module.api_name)?.values() ?? [])].map((tag) => ({ ...tag, created_by: { id: tag.created_by.id, name: tag.created_by.full_name } }));
      return crmJson({ tags, info: { count: tags.length, allowed_count: 1000 } }, 200, context.token);
    }),
    {
      method: 'POST',
      path: `${SETTINGS}/tags`,
      auth: true,
      handle: async (context) => {
        const module = moduleParam(context);
        if (module instanceof Response) return module;
        const body = (await jsonOf(context.request)) as { tags?: unknown } | undefined;
        if (!Array.isArray(body?.tags) || body.tags.length === 0) return recordError('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'tags' });
        const me = crm.userFor(context.token!.user);
        let tags = crm.tags.get(module.api_name);
        if (!tags) {
          tags = new Map();
          crm.tags.set(module.api_name, tags);
        }
        const known = tags;
        const results = body.tags.map((input: unknown, index) => {
          const name = typeof input === 'object' && input !== null ? (input as { name?: unknown }).name : undefined;
          if (typeof name !== 'string' || name.trim() === '') {
            return { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'name', json_path: `$.tags[${index}].name` }, message: 'required field not found', status: 'error' };
          }
          if (known.has(name.toLowerCase())) {
            return { code: 'DUPLICATE_DATA', details: { api_name: 'name', json_path: `$.tags[${index}].name`, id: known.get(name.toLowerCase())!.id }, message: 'duplicate data', status: 'error' };
          }
          const color = (input as { color_code?: unknown }).color_code;
          const tag = { id: crm.newId(), name, color_code: typeof color === 'string' ? color : null, created_by: me, created_time: zohoTime(core.now()) };
          known.set(name.toLowerCase(), tag);
          return { code: 'SUCCESS', details: { id: tag.id, created_by: { id: me.id, name: me.full_name }, created_time: tag.created_time }, message: 'tags created successfully', status: 'success' };
        });
        const failed = results.filter((r) => r.status === 'error').length;
        return crmJson({ tags: results }, failed === 0 ? 201 : failed === results.length ? 400 : 207, context.token);
      },
    },
  ];
}
