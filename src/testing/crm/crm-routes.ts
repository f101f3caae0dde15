import type { SimulatorCore } from '../core.js';
import { json } from '../products.js';
import type { Route } from '../router.js';
import type { CrmState } from './crm-state.js';

const BASE = '/crm/v8';
// CRM allows 100 records per insert and 200 per page.
const MAX_WRITE = 100;
const MAX_PER_PAGE = 200;

/** The CRM endpoints the foundation needs: current user, org, record list and insert. */
export function crmRoutes(core: SimulatorCore, crm: CrmState): Route[] {
  return [
    {
      method: 'GET',
      path: `${BASE}/users`,
      auth: true,
      handle: ({ url, token }) => {
        const type = url.searchParams.get('type') ?? 'AllUsers';
        const me = crm.userFor(token!.user);
        const users = type === 'CurrentUser' ? [me] : [...crm.users.values()];
        return json({ users: users.map(asUser), info: { per_page: 200, count: users.length, page: 1, more_records: false } });
      },
    },
    {
      method: 'GET',
      path: `${BASE}/org`,
      auth: true,
      handle: () => json({ org: [{ id: crm.orgId, company_name: 'zohokit simulator', domain_name: `org${crm.orgId}`, currency: 'USD', time_zone: 'UTC' }] }),
    },
    {
      method: 'GET',
      path: `${BASE}/{module_api_name}`,
      auth: true,
      handle: ({ url, params }) => {
        const fields = url.searchParams.get('fields');
        if (!fields) return json({ code: 'REQUIRED_PARAM_MISSING', details: { param_name: 'fields' }, message: 'One of the expected parameter is missing', status: 'error' }, 400);
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE), MAX_PER_PAGE);
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const all = [...crm.module(params['module_api_name']!).values()];
        const slice = all.slice((page - 1) * perPage, page * perPage);
        // Zoho answers an empty page with 204 and no body.
        if (slice.length === 0) return new Response(null, { status: 204 });
        const wanted = new Set(['id', ...fields.split(',')]);
        const data = slice.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => wanted.has(key))));
        return json({ data, info: { per_page: perPage, count: data.length, page, more_records: page * perPage < all.length, sort_by: 'id', sort_order: 'desc' } });
      },
    },
    {
      method: 'POST',
      path: `${BASE}/{module_api_name}`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const body = (await request.json().catch(() => undefined)) as { data?: unknown } | undefined;
        if (!body || !Array.isArray(body.data)) return json({ code: 'INVALID_DATA', details: { expected_data_type: 'jsonarray', api_name: 'data' }, message: 'invalid data', status: 'error' }, 400);
        if (body.data.length > MAX_WRITE) return json({ code: 'LIMIT_EXCEEDED', details: { limit: MAX_WRITE, api_name: 'data' }, message: 'the number of records exceeds the limit', status: 'error' }, 400);
        const me = crm.userFor(token!.user);
        const at = new Date(core.now()).toISOString().replace(/\.\d{3}Z$/, '+00:00');
        const results = body.data.map((input) => {
          const id = crm.newId();
          crm.module(params['module_api_name']!).set(id, { ...(input as object), id, Created_Time: at, Modified_Time: at, Owner: { id: me.id, name: me.full_name, email: me.email } });
          return {
            code: 'SUCCESS',
            details: { id, Created_Time: at, Modified_Time: at, Created_By: { id: me.id, name: me.full_name }, Modified_By: { id: me.id, name: me.full_name } },
            message: 'record added',
            status: 'success',
          };
        });
        return json({ data: results }, 201);
      },
    },
  ];
}

function asUser(user: { id: string; email: string; full_name: string }) {
  return { id: user.id, email: user.email, full_name: user.full_name, status: 'active', role: { name: 'CEO', id: '1' }, profile: { name: 'Administrator', id: '1' } };
}
