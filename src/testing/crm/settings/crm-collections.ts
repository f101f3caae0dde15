import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { SPEC_TABLES, type SpecRoute } from '../../spec-check.js';
import { batchAnswer, failure, idList, idText, isObject, jsonBody, success, zohoTime, type ItemAnswer } from '../crm-answers.js';
import { crmJson, failWith, noContent } from '../records/crm-record-answers.js';
import type { CollectionItem, CollectionStore } from './crm-collection-store.js';
import type { CrmState } from '../crm-state.js';

/**
 * The generic stateful engine for CRM operations that follow Zoho's settings convention, for
 * every operation in spec/ that no hand-written route serves:
 * - `GET /x` → `{x: [...], info}` (204 when empty), `GET /x/{id}` → `{x: [item]}`;
 * - `POST /x` with `{x: [...]}` → one `SUCCESS` per item with `details.id` (201);
 * - `PUT`/`PATCH /x` with ids in the items, or `/x/{id}` → merged into the stored items;
 * - `DELETE /x/{id}` or `/x?ids=` → one result per id;
 * - `.../actions/...` → a `SUCCESS` per item sent (reads list what is stored there).
 * The list key (`x`) and the fields each item needs come from spec/ (generated/crm.ts).
 * Collections under a parent (`/territories/{id}/users`) are memberships: a PUT with an id
 * not yet there adds it.
 */
export function crmCollectionRoute(core: SimulatorCore, crm: CrmState, store: CollectionStore): Route {
  return {
    method: '*',
    path: '/crm/*',
    auth: true,
    handle: async (context) => {
      crm.charge(context.token!.user, 1);
      const spec = context.spec;
      if (!spec) return failWith('INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one', {}, 404);
      return serve(core, crm, store, context, spec);
    },
  };
}

async function serve(core: SimulatorCore, crm: CrmState, store: CollectionStore, context: RouteContext, spec: SpecRoute): Promise<Response> {
  const { request, url, token } = context;
  const template = spec.path.split('/').filter(Boolean);
  const concrete = url.pathname.split('/').filter(Boolean);
  const module = url.searchParams.get('module');
  const scope = module === null ? '' : `?module=${module}`;
  const key = listKey(spec, template);
  const now = zohoTime(core.now());
  const me = crm.userFor(token!.user);
  const actionAt = template.indexOf('actions');
  const lastIsParam = template[template.length - 1]?.startsWith('{') === true;
  const collectionPath = `/${(lastIsParam ? concrete.slice(0, -1) : concrete).join('/')}${scope}`;
  const items = store.items(collectionPath);
  const id = lastIsParam ? concrete[concrete.length - 1]! : undefined;
  const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await jsonBody(request);
  const sent = inputs(body, key);

  if (actionAt !== -1) {
    if (request.method === 'GET') return list(items, key, url, token);
    // An action on one item (`/x/{id}/actions/y`) answers for that item.
    const target = template[actionAt - 1]?.startsWith('{') ? concrete[actionAt - 1] : undefined;
    const results = (sent.length > 0 ? sent : [{}]).map((input) => success({ id: idText(input['id']) ?? target ?? crm.newId() }, 'action performed successfully'));
    return crmJson({ [key]: results }, 200, token);
  }

  switch (request.method) {
    case 'GET': {
      if (id === undefined) return list(items, key, url, token);
      const item = items.get(id);
      if (!item) return invalidId(id);
      return crmJson({ [key]: [item] }, 200, token);
    }
    case 'POST': {
      if (id !== undefined) {
        // A POST to one item acts on it (Zoho uses these for activations and the like).
        if (!items.has(id)) return invalidId(id);
        return crmJson({ [key]: [success({ id }, 'action performed successfully')] }, 200, token);
      }
      const required = spec.body?.itemRequired?.[key] ?? [];
      const results = sent.map((input, index): ItemAnswer => {
        const missing = required.find((field) => input[field] === undefined || input[field] === null || input[field] === '');
        if (missing !== undefined) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: missing, json_path: `$.${key}[${index}].${missing}` });
        const created: CollectionItem = { ...input, id: crm.newId(), created_time: now, modified_time: now, created_by: { id: me.id, name: me.full_name } };
        items.set(created.id, created);
        return success({ id: created.id }, `${key} created successfully`);
      });
      return results.length === 0 ? emptyBody(key) : batchAnswer(results, 201, key);
    }
    case 'PUT':
    case 'PATCH': {
      const merge = (item: CollectionItem, input: Record<string, unknown>): CollectionItem => {
        const merged = { ...item, ...input, id: item.id, modified_time: now, modified_by: { id: me.id, name: me.full_name } };
        items.set(item.id, merged);
        return merged;
      };
      if (id !== undefined) {
        const item = items.get(id);
        if (!item) return invalidId(id);
        merge(item, sent[0] ?? {});
        return crmJson({ [key]: [success({ id }, `${key} updated successfully`)] }, 200, token);
      }
      if (sent.length === 0) return emptyBody(key);
      // A collection under a parent lists memberships: an id not there yet joins it.
      const membership = template.some((segment) => segment.startsWith('{'));
      // A settings object without POST (compose settings, business hours) is one item.
      const single = !membership && SPEC_TABLES.crm?.match('POST', url.pathname) === 'method-not-allowed';
      const results = sent.map((input, index): ItemAnswer => {
        const given = idText(input['id']);
        if (given === undefined) {
          if (!single) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.${key}[${index}].id` });
          const current = items.values().next().value ?? { id: crm.newId() };
          return success({ id: merge(current, input).id }, `${key} updated successfully`);
        }
        const item = items.get(given);
        if (item) return success({ id: merge(item, input).id }, `${key} updated successfully`);
        if (!membership) return failure('INVALID_DATA', 'the id given seems to be invalid', { id: given, api_name: 'id', json_path: `$.${key}[${index}].id` });
        items.set(given, { ...input, id: given });
        return success({ id: given }, `${key} associated successfully`);
      });
      return batchAnswer(results, 200, key);
    }
    case 'DELETE': {
      const ids = id !== undefined ? [id] : idList(url.searchParams.get('ids'));
      if (ids.length === 0) return failWith('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'ids' });
      const results = ids.map((one): ItemAnswer => (items.delete(one) ? success({ id: one }, `${key} deleted successfully`) : failure('INVALID_DATA', 'the id given seems to be invalid', { id: one })));
      return batchAnswer(results, 200, key);
    }
    default:
      return failWith('INVALID_REQUEST_METHOD', 'The http request method type is not a valid one', {}, 405);
  }
}

/**
 * Where the operation keeps its items: the array property of its answer or body named like
 * the path's last literal segment (`/settings/tags` → `tags`), else the first one spec/ names,
 * else that segment.
 */
function listKey(spec: SpecRoute, template: string[]): string {
  const literal = [...template].reverse().find((segment) => !segment.startsWith('{') && segment !== 'actions') ?? 'data';
  const beforeActions = template.includes('actions') ? (template.slice(0, template.indexOf('actions')).reverse().find((s) => !s.startsWith('{')) ?? literal) : literal;
  const candidates = [...spec.listKeys, ...(spec.body?.arrays ?? [])].filter((name) => name !== 'info');
  return candidates.find((name) => name === literal || name === beforeActions) ?? candidates[0] ?? beforeActions;
}

/** The items a write sends: `{key: [...]}`, or the body itself when it has no such array. */
function inputs(body: unknown, key: string): Record<string, unknown>[] {
  if (Array.isArray(body)) return body.filter(isObject);
  if (!isObject(body)) return [];
  const listed = body[key];
  if (Array.isArray(listed)) return listed.filter(isObject);
  const arrays = Object.values(body).filter(Array.isArray);
  if (arrays.length === 1 && arrays[0]!.every(isObject)) return arrays[0] as Record<string, unknown>[];
  return Object.keys(body).length > 0 ? [body] : [];
}

// Zoho lists settings 200 to a page at most, as it does records.
const PER_PAGE = 200;

function list(items: Map<string, CollectionItem>, key: string, url: URL, token: RouteContext['token']): Response {
  let rows = [...items.values()];
  const ids = url.searchParams.get('ids');
  if (ids !== null) {
    const wanted = new Set(idList(ids));
    rows = rows.filter((row) => wanted.has(row.id));
  }
  const perPage = Math.min(PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? PER_PAGE) || PER_PAGE));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const slice = rows.slice((page - 1) * perPage, page * perPage);
  // Zoho answers an empty list with 204 and no body.
  if (slice.length === 0) return noContent();
  return crmJson({ [key]: slice, info: { per_page: perPage, count: slice.length, page, more_records: page * perPage < rows.length } }, 200, token);
}

function invalidId(id: string): never {
  return failWith('INVALID_DATA', 'the id given seems to be invalid', { id, resource_path_index: 0 });
}

function emptyBody(key: string): never {
  return failWith('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: key, json_path: `$.${key}` });
}
