import type { SimulatorCore } from '../../core.js';
import type { Route, RouteContext } from '../../router.js';
import { crmJson, noContent, recordError } from '../records/crm-record-answers.js';
import type { CrmNamedEntity, CrmState, CrmUser } from '../crm-state.js';

const BASE = '/crm/v8';
const MAX_PER_PAGE = 200;

/** CRM org, users, roles and profiles. */
export function crmOrgRoutes(_core: SimulatorCore, crm: CrmState): Route[] {
  const charge = (context: RouteContext): void => crm.charge(context.token!.user, 1);
  const userJson = (user: CrmUser): Record<string, unknown> => {
    const [first, ...rest] = user.full_name.split(' ');
    const ceo = crm.roles[0]!;
    const admin = crm.profiles[0]!;
    return {
      id: user.id,
      email: user.email,
      full_name: user.full_name,
      first_name: rest.length > 0 ? first : null,
      last_name: rest.length > 0 ? rest.join(' ') : user.full_name,
      status: 'active',
      confirm: true,
      role: { name: ceo.name, id: ceo.id },
      profile: { name: admin.name, id: admin.id },
      time_zone: 'UTC',
      locale: 'en_US',
      country_locale: 'en_US',
      date_format: 'MM-dd-yyyy',
      time_format: 'hh:mm a',
      zuid: user.id.slice(0, 9),
    };
  };

  return [
    {
      method: 'GET',
      path: `${BASE}/users`,
      auth: true,
      handle: (context) => {
        charge(context);
        const { url, token } = context;
        const type = url.searchParams.get('type') ?? 'AllUsers';
        const me = crm.userFor(token!.user);
        const all = type === 'CurrentUser' ? [me] : [...crm.users.values()];
        const ids = url.searchParams.get('ids');
        const users = ids === null ? all : all.filter((u) => ids.split(',').includes(u.id));
        const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE) || MAX_PER_PAGE));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const slice = users.slice((page - 1) * perPage, page * perPage);
        if (slice.length === 0) return noContent();
        return crmJson({ users: slice.map(userJson), info: { per_page: perPage, count: slice.length, page, more_records: page * perPage < users.length } }, 200, token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/users/actions/count`,
      auth: true,
      handle: (context) => {
        charge(context);
        return crmJson({ count: crm.users.size }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/users/{user_id}`,
      auth: true,
      handle: (context) => {
        charge(context);
        const user = crm.userById(context.params['user_id'] ?? '');
        if (!user) return recordError('INVALID_DATA', 'the user id given seems to be invalid', { resource_path_index: 1 });
        return crmJson({ users: [userJson(user)] }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/org`,
      auth: true,
      handle: (context) => {
        charge(context);
        const me = crm.userFor(context.token!.user);
        return crmJson({
          org: [{
            id: crm.orgId,
            // zgid is the org id for the X-CRM-ORG header (bulk write uploads).
            zgid: crm.orgId,
            company_name: 'zohokit simulator',
            domain_name: `org${crm.orgId}`,
            primary_email: me.email,
            primary_zuid: me.id.slice(0, 9),
            currency: 'USD',
            currency_symbol: '$',
            iso_code: 'USD',
            currency_locale: 'en_US',
            mc_status: false,
            time_zone: 'UTC',
            country_code: 'US',
            type: 'Production',
            max_per_page: MAX_PER_PAGE,
            license_details: { paid: true, paid_type: 'enterprise', users_license_purchased: 10, trial_type: null, trial_expiry: null, paid_expiry: null, trial_action: null },
          }],
        }, 200, context.token);
      },
    },
    ...entityRoutes(crm, 'roles', crm.roles, (role, index) => ({
      id: role.id,
      name: role.name,
      display_label: role.name,
      admin_user: index === 0,
      reporting_to: index === 0 ? null : { id: crm.roles[0]!.id, name: crm.roles[0]!.name },
      share_with_peers: true,
      description: null,
      forecast_manager: null,
    })),
    ...entityRoutes(crm, 'profiles', crm.profiles, (profile, index) => ({
      id: profile.id,
      name: profile.name,
      display_label: profile.name,
      default: index === 0,
      custom: false,
      type: 'normal_profile',
      category: false,
      description: index === 0 ? 'This profile will have all the permissions.' : 'This profile will have all the permissions except administrative privileges.',
      created_by: null,
      modified_by: null,
    })),
  ];
}

function entityRoutes(crm: CrmState, key: 'roles' | 'profiles', list: CrmNamedEntity[], render: (entity: CrmNamedEntity, index: number) => Record<string, unknown>): Route[] {
  return [
    {
      method: 'GET',
      path: `${BASE}/settings/${key}`,
      auth: true,
      handle: (context) => {
        crm.charge(context.token!.user, 1);
        return crmJson({ [key]: list.map(render) }, 200, context.token);
      },
    },
    {
      method: 'GET',
      path: `${BASE}/settings/${key}/{${key === 'roles' ? 'role_id' : 'profile_id'}}`,
      auth: true,
      handle: (context) => {
        crm.charge(context.token!.user, 1);
        const id = context.params[key === 'roles' ? 'role_id' : 'profile_id'];
        const index = list.findIndex((entity) => entity.id === id);
        if (index === -1) return recordError('INVALID_DATA', `the ${key === 'roles' ? 'role' : 'profile'} id given seems to be invalid`, { resource_path_index: 2 });
        return crmJson({ [key]: [render(list[index]!, index)] }, 200, context.token);
      },
    },
  ];
}
