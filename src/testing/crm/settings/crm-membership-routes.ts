import type { Route, RouteContext } from '../../router.js';
import { failure, idText, isObject, jsonBody, success, type ItemAnswer } from '../crm-answers.js';
import type { CollectionItem } from './crm-collection-store.js';
import { crmJson, failWith, noContent } from '../records/crm-record-answers.js';
import type { CrmState } from '../crm-state.js';

const TERRITORIES = '/crm/v8/settings/territories';
const USER_GROUPS = '/crm/v8/settings/user_groups';

/**
 * Memberships that Zoho shows from both sides: a territory's users are the user's territories
 * (`/settings/territories/{id}/users` and `/users/{id}/territories` share one relation, kept
 * in the territory's users collection of the generic engine); a user's groups are the groups
 * whose `sources` name the user; and records carry the territories assigned to them.
 */
export function crmMembershipRoutes(crm: CrmState): Route[] {
  const store = crm.collections;
  const territories = (): Map<string, CollectionItem> => store.items(TERRITORIES);
  const usersOf = (territoryId: string): Map<string, CollectionItem> => store.items(`${TERRITORIES}/${territoryId}/users`);
  const userOf = (context: RouteContext): string => {
    const id = context.params['user_id'] ?? '';
    crm.charge(context.token!.user, 1);
    if (!crm.userById(id)) return failWith('INVALID_DATA', 'the id given seems to be invalid', { id, resource_path_index: 1 });
    return id;
  };
  const territoriesOfUser = (userId: string): CollectionItem[] => [...territories().values()].filter((t) => usersOf(t.id).has(userId));

  const assign = async (context: RouteContext, mode: 'assign' | 'remove'): Promise<Response> => {
    crm.charge(context.token!.user, 1);
    const module = crm.metadata.find(context.params['module_api_name'] ?? '');
    if (!module || module.parent) return failWith('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
    const body = await jsonBody(context.request);
    const data = isObject(body) && Array.isArray(body['data']) ? body['data'] : [];
    const records = crm.module(module.api_name);
    const results = data.map((input, index): ItemAnswer => {
      const id = context.params['record_id'] ?? (isObject(input) ? idText(input['id']) : undefined);
      if (id === undefined || !isObject(input)) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.data[${index}].id` });
      const record = records.get(id);
      if (!record) return failure('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'id', json_path: `$.data[${index}].id` });
      const named = (Array.isArray(input['Territories']) ? input['Territories'] : []).map((t) => (isObject(t) ? idText(t['id']) : undefined));
      const unknown = named.findIndex((t) => t === undefined || !territories().has(t));
      if (named.length === 0 || unknown !== -1) return failure('INVALID_DATA', 'the territory id given seems to be invalid', { api_name: 'Territories', json_path: `$.data[${index}].Territories[${Math.max(unknown, 0)}].id` });
      const current = Array.isArray(record['Territories']) ? (record['Territories'] as { id: string }[]) : [];
      const ids = new Set(named as string[]);
      const next = mode === 'assign' ? [...current.filter((t) => !ids.has(t.id)), ...[...ids].map((t) => ({ id: t, name: territories().get(t)!['name'] ?? null }))] : current.filter((t) => !ids.has(t.id));
      records.set(id, { ...record, Territories: next });
      return success({ id }, mode === 'assign' ? 'territories assigned successfully' : 'territories removed successfully');
    });
    if (results.length === 0) return failWith('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'data', json_path: '$.data' });
    const failed = results.filter((r) => r.status === 'error').length;
    return crmJson({ data: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
  };

  const territoryOf = (context: RouteContext): string => {
    const id = context.params['territory_id'] ?? '';
    crm.charge(context.token!.user, 1);
    if (!territories().has(id)) return failWith('INVALID_DATA', 'the id given seems to be invalid', { id, resource_path_index: 2 });
    return id;
  };
  const userJson = (id: string): Record<string, unknown> => {
    const user = crm.userById(id);
    return { id, name: user?.full_name ?? null, email: user?.email ?? null };
  };

  return [
    {
      method: 'GET',
      path: `${TERRITORIES}/{territory_id}/users`,
      auth: true,
      handle: (context) => {
        const users = [...usersOf(territoryOf(context)).keys()].map(userJson);
        return users.length === 0 ? noContent() : crmJson({ users }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: `${TERRITORIES}/{territory_id}/users/{user_id}`,
      auth: true,
      handle: (context) => {
        const id = context.params['user_id'] ?? '';
        return usersOf(territoryOf(context)).has(id) ? crmJson({ users: [userJson(id)] }, 200, context.token) : noContent();
      },
    },
    ...([`${TERRITORIES}/{territory_id}/users`, `${TERRITORIES}/{territory_id}/users/{user_id}`] as const).map(
      (path): Route => ({
        method: 'PUT',
        path,
        auth: true,
        handle: async (context) => {
          const territory = territoryOf(context);
          const body = await jsonBody(context.request);
          const inputs = context.params['user_id'] !== undefined ? [{ id: context.params['user_id'] }] : isObject(body) && Array.isArray(body['users']) ? body['users'] : [];
          const results = inputs.map((input, index): ItemAnswer => {
            const id = isObject(input) ? idText(input['id']) : undefined;
            if (id === undefined) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.users[${index}].id` });
            if (!crm.userById(id)) return failure('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'id', json_path: `$.users[${index}].id` });
            usersOf(territory).set(id, { id });
            return success({ id }, 'users associated successfully');
          });
          if (results.length === 0) return failWith('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'users', json_path: '$.users' });
          const failed = results.filter((r) => r.status === 'error').length;
          return crmJson({ users: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
        },
      }),
    ),
    ...([`${TERRITORIES}/{territory_id}/users`, `${TERRITORIES}/{territory_id}/users/{user_id}`] as const).map(
      (path): Route => ({
        method: 'DELETE',
        path,
        auth: true,
        handle: (context) => {
          const members = usersOf(territoryOf(context));
          const named = context.params['user_id'] ?? context.url.searchParams.get('ids');
          const ids = named === null || named === undefined ? [...members.keys()] : named.split(',').map((s) => s.trim()).filter(Boolean);
          const results = ids.map((id): ItemAnswer => (members.delete(id) ? success({ id }, 'users removed successfully') : failure('INVALID_DATA', 'the id given seems to be invalid', { id })));
          const failed = results.filter((r) => r.status === 'error').length;
          return crmJson({ users: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
        },
      }),
    ),
    {
      method: 'GET',
      path: '/crm/v8/users/{user_id}/territories',
      auth: true,
      handle: (context) => {
        const found = territoriesOfUser(userOf(context)).map((t) => ({ id: t.id, name: t['name'] ?? null, manager: t['manager'] ?? null }));
        return found.length === 0 ? noContent() : crmJson({ territories: found }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: '/crm/v8/users/{user_id}/territories/{territory_id}',
      auth: true,
      handle: (context) => {
        const user = userOf(context);
        const territory = territoriesOfUser(user).find((t) => t.id === context.params['territory_id']);
        return territory ? crmJson({ territories: [{ id: territory.id, name: territory['name'] ?? null }] }, 200, context.token) : noContent();
      },
    },
    {
      method: 'PUT',
      path: '/crm/v8/users/{user_id}/territories',
      auth: true,
      handle: async (context) => {
        const user = userOf(context);
        const body = await jsonBody(context.request);
        const inputs = isObject(body) && Array.isArray(body['territories']) ? body['territories'] : [];
        const results = inputs.map((input, index): ItemAnswer => {
          const id = isObject(input) ? idText(input['id']) : undefined;
          if (id === undefined) return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'id', json_path: `$.territories[${index}].id` });
          if (!territories().has(id)) return failure('INVALID_DATA', 'the id given seems to be invalid', { id, api_name: 'id', json_path: `$.territories[${index}].id` });
          usersOf(id).set(user, { id: user });
          return success({ id }, 'territories associated successfully');
        });
        const failed = results.filter((r) => r.status === 'error').length;
        return crmJson({ territories: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
      },
    },
    ...(['/crm/v8/users/{user_id}/territories', '/crm/v8/users/{user_id}/territories/{territory_id}'] as const).map(
      (path): Route => ({
        method: 'DELETE',
        path,
        auth: true,
        handle: (context) => {
          const user = userOf(context);
          const named = context.params['territory_id'] ?? context.url.searchParams.get('ids');
          const ids = named === null || named === undefined ? territoriesOfUser(user).map((t) => t.id) : named.split(',').map((s) => s.trim()).filter(Boolean);
          const results = ids.map((id): ItemAnswer => (usersOf(id).delete(user) ? success({ id }, 'territories removed successfully') : failure('INVALID_DATA', 'the id given seems to be invalid', { id })));
          const failed = results.filter((r) => r.status === 'error').length;
          return crmJson({ territories: results }, failed === 0 ? 200 : failed === results.length ? 400 : 207, context.token);
        },
      }),
    ),
    {
      method: 'GET',
      path: '/crm/v8/users/{user_id}/actions/associated_groups',
      auth: true,
      handle: (context) => {
        const user = userOf(context);
        // A group's members are its `sources` of type `users` ({type, source: {id}}).
        const groups = [...store.items(USER_GROUPS).values()].filter((group) =>
          (Array.isArray(group['sources']) ? group['sources'] : []).some((s) => isObject(s) && s['type'] === 'users' && isObject(s['source']) && idText(s['source']['id']) === user),
        );
        return groups.length === 0 ? noContent() : crmJson({ user_groups: groups.map((g) => ({ id: g.id, name: g['name'] ?? null })) }, 200, context.token);
      },
    },
    { method: 'POST', path: '/crm/v8/{module_api_name}/actions/assign_territories', auth: true, handle: (context) => assign(context, 'assign') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/{record_id}/actions/assign_territories', auth: true, handle: (context) => assign(context, 'assign') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/actions/remove_territories', auth: true, handle: (context) => assign(context, 'remove') },
    { method: 'POST', path: '/crm/v8/{module_api_name}/{record_id}/actions/remove_territories', auth: true, handle: (context) => assign(context, 'remove') },
  ];
}
