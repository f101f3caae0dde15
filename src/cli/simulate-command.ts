import { simulatorUrls } from '../testing/control/control-api.js';
import { createSimulator } from '../testing/simulator.js';
import { simLimitsFromFlags, type SimulateLimitFlags } from './simulate-limits-options.js';

export interface SimulateOptions extends SimulateLimitFlags {
  port?: number;
  latency?: number;
  seed?: boolean;
  /** Commander's default: demo@example.com. */
  user: string;
}

/**
 * `zohokit simulate`: serves the simulator on localhost until SIGINT/SIGTERM (or until
 * `signal` aborts, for a caller running the command in process). With --seed
 * it registers a client and a user and prints credentials any program can use, including
 * other SDKs (these are the simulator's own, not secrets of any real account).
 */
export async function runSimulate(options: SimulateOptions, print: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const sim = createSimulator({ limits: simLimitsFromFlags(options), ...(options.latency ? { faults: { latencyMs: options.latency } } : {}) });
  const server = await sim.listen(options.port);
  const urls = simulatorUrls(server.url);
  print(`Zoho simulator listening on ${server.url}`);
  print(`  accounts, CRM, Analytics, Creator and Desk all answer there (use --dc ${server.url})`);
  print(`  API base:       ${urls['api']}   (CRM /crm/v8, Creator /creator/v2.1, Analytics /restapi/v2, Desk /api/v1)`);
  print(`  accounts URL:   ${urls['accounts']}`);
  print(`  token endpoint: ${urls['tokenEndpoint']}`);
  print(`  file upload:    ${urls['fileUpload']}`);
  print(`  control API:    ${urls['control']}   (seed data, expire tokens, inject faults; see README)`);
  const limits = simLimitsFromFlags(options);
  if (Object.keys(limits).length > 0) print(`  enforcing Zoho's limits: ${JSON.stringify(limits)}`);
  if (options.seed) {
    const user = options.user;
    const { clientId, clientSecret } = sim.createClient();
    const refreshToken = sim.issueRefreshToken({ clientId, user });
    print(`  user:          ${user}`);
    print(`  client id:     ${clientId}`);
    print(`  client secret: ${clientSecret}`);
    print(`  refresh token: ${refreshToken}`);
    print(`  grant code:    ${sim.createGrantCode({ clientId, user })}   (valid 3 minutes)`);
    print('');
    for (const line of pythonExample(server.url, { clientId, clientSecret, refreshToken })) print(`  ${line}`);
    print('');
  }
  print('Press Ctrl+C to stop.');
  await new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      server.close().then(resolve, reject);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
  print('Simulator stopped.');
}

/**
 * Zoho's Python SDK (zohocrmsdk8-0) against the simulator. Its environment takes the API
 * base, the full token endpoint (not the accounts host: given only the base URL, the SDK
 * fails without naming the cause) and the file-upload host.
 */
function pythonExample(url: string, credentials: { clientId: string; clientSecret: string; refreshToken: string }): string[] {
  return [
    "# Zoho's official Python SDK (pip install zohocrmsdk8-0) against this simulator:",
    'from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter',
    'from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken',
    'from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer',
    `environment = DataCenter.Environment("${url}", "${url}/oauth/v2/token", "${url}")`,
    `token = OAuthToken(client_id="${credentials.clientId}", client_secret="${credentials.clientSecret}", refresh_token="${credentials.refreshToken}")`,
    'Initializer.initialize(environment=environment, token=token)',
  ];
}
