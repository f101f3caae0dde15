/**
 * One worker process of the cross-process refresh test: its own zohokit client on a shared
 * MySQL store, firing CALLS concurrent requests at START_AT (so all workers start together).
 * Prints one JSON line: the users the simulator says signed each call.
 */
import { createZoho } from '../../src/index.js';
import { MySQLTokenStore } from '../../persistence/mysql-token-store.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`refresh-worker: ${name} is not set`);
  return value;
};

const url = env('SIM_URL');
const store = new MySQLTokenStore({ uri: env('MYSQL_URI') });
const zoho = createZoho({
  credentials: { clientId: env('CLIENT_ID'), clientSecret: env('CLIENT_SECRET') },
  dataCenter: { name: 'simulator', accounts: url, api: url, content: url, analytics: url, desk: url },
  store,
});
const user = env('ZOHO_USER');
const calls = Number(env('CALLS'));

await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(env('START_AT')) - Date.now())));
const seen = await Promise.all(
  Array.from({ length: calls }, async () => {
    const { data } = await zoho.as(user).crm.api.GET('/crm/v8/users', { params: { query: { type: 'CurrentUser' } } });
    return data?.users?.[0]?.email;
  }),
);
await store.close();
console.log(JSON.stringify({ seen }));
