import type { SimulatorCore } from '../core.js';
import { json } from '../products.js';
import type { Route } from '../router.js';
import { admit, DESK_ERRORS, noContent, scopeRefusal } from './desk-answers.js';
import { deskConversationRoutes } from './desk-conversation-routes.js';
import { readPageRequest } from './desk-paging.js';
import { ACCOUNT_RULES, CONTACT_RULES } from './desk-people-rules.js';
import { deskRecordRoutes } from './desk-record-routes.js';
import type { DeskState } from './desk-state.js';
import { TICKET_RULES } from './desk-ticket-rules.js';

/**
 * Desk v1 endpoints: organizations, departments, tickets (with comments and threads),
 * contacts and accounts. Every call but `GET /organizations` needs the `orgId` header.
 */
export function deskRoutes(core: SimulatorCore, state: DeskState): Route[] {
  // Created and modified times follow the simulator's clock, which tests may move.
  state.clock = core.now;
  return [
    {
      method: 'GET',
      path: '/api/v1/organizations',
      auth: true,
      handle: ({ token }) => scopeRefusal(state, token, ['Desk.basic.READ']) ?? json({ data: [...state.orgs.values()].map((org) => org.toJSON()) }),
    },
    {
      method: 'GET',
      path: '/api/v1/departments',
      auth: true,
      handle: ({ request, url, token }) => {
        const org = admit(state, request, token, 'Desk.basic.READ');
        if (org instanceof Response) return org;
        // Zoho documents limit 1-200 for this list (spec/desk.yaml, listDepartments).
        const page = readPageRequest(url, { allowed: ['isEnabled', 'searchStr', 'chatStatus'], sortKeys: [], maxLimit: 200 });
        if (page instanceof Response) return page;
        const enabled = url.searchParams.get('isEnabled');
        if (enabled !== null && enabled !== 'true' && enabled !== 'false') return DESK_ERRORS.invalidParameter('isEnabled');
        const prefix = url.searchParams.get('searchStr')?.toLowerCase();
        const data = [...org.departments.values()]
          .filter((d) => enabled === null || String(d['isEnabled']) === enabled)
          .filter((d) => prefix === undefined || String(d['name']).toLowerCase().startsWith(prefix))
          .slice(page.from, page.from + page.limit);
        return data.length === 0 ? noContent() : json({ data });
      },
    },
    ...deskRecordRoutes(state, TICKET_RULES),
    ...deskRecordRoutes(state, CONTACT_RULES),
    ...deskRecordRoutes(state, ACCOUNT_RULES),
    ...deskConversationRoutes(state),
  ];
}
