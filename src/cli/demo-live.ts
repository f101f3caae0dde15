import { MemoryTokenStore } from '../../persistence/memory-token-store.js';
import { createZoho } from '../zoho.js';
import { parseDataCenter } from './dc-option.js';

/**
 * The demo's read-only steps against real Zoho, used when ZOHO_CLIENT_ID,
 * ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN and ZOHO_DC are set. It writes nothing.
 */
export async function runLiveDemo(env: { clientId: string; clientSecret: string; refreshToken: string; dc: string }, print: (line: string) => void): Promise<void> {
  print('Running the read-only demo steps against REAL Zoho (ZOHO_* variables are set); nothing is written.');
  const user = 'live';
  const zoho = createZoho({
    credentials: { clientId: env.clientId, clientSecret: env.clientSecret },
    dataCenter: parseDataCenter(env.dc),
    store: new MemoryTokenStore([{ user, clientId: env.clientId, environment: 'production', refreshToken: env.refreshToken }]),
    defaultUser: user,
  });
  const me = await zoho.crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
  print(`   ✓ signed in as ${me.data?.users?.[0]?.email ?? '(unknown)'}`);
  const org = await zoho.crm.api.GET('/crm/v8/org');
  print(`   ✓ org: ${org.data?.org?.[0]?.company_name ?? '(unknown)'}`);
  const leads = await zoho.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name,Company', per_page: 5 } } });
  print(`   ✓ first ${leads.data?.data?.length ?? 0} leads read`);
}
