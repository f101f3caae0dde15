import { createSimulator } from '../testing/simulator.js';
import { simLimitsFromFlags, type SimulateLimitFlags } from './simulate-limits-options.js';

export interface SimulateOptions extends SimulateLimitFlags {
  port?: number;
  latency?: number;
  seed?: boolean;
  user?: string;
}

/**
 * `zohokit simulate`: serves the simulator on localhost until SIGINT/SIGTERM. With --seed
 * it registers a client and a user and prints credentials any program can use, including
 * other SDKs (these are the simulator's own, not secrets of any real account).
 */
export async function runSimulate(options: SimulateOptions, print: (line: string) => void): Promise<void> {
  const sim = createSimulator({ limits: simLimitsFromFlags(options), ...(options.latency ? { faults: { latencyMs: options.latency } } : {}) });
  const server = await sim.listen(options.port);
  print(`Zoho simulator listening on ${server.url}`);
  print(`  accounts, CRM, Analytics, Creator and Desk all answer there (use --dc ${server.url})`);
  const limits = simLimitsFromFlags(options);
  if (Object.keys(limits).length > 0) print(`  enforcing Zoho's limits: ${JSON.stringify(limits)}`);
  if (options.seed) {
    const user = options.user ?? 'demo@example.com';
    const { clientId, clientSecret } = sim.createClient();
    const refreshToken = sim.issueRefreshToken({ clientId, user });
    print(`  user:          ${user}`);
    print(`  client id:     ${clientId}`);
    print(`  client secret: ${clientSecret}`);
    print(`  refresh token: ${refreshToken}`);
    print(`  grant code:    ${sim.createGrantCode({ clientId, user })}   (valid 3 minutes)`);
  }
  print('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  print('Simulator stopped.');
}
