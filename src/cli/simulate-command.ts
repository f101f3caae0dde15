import { createSimulator } from '../testing/simulator.js';

export interface SimulateOptions {
  port?: number;
  seed?: boolean;
  user?: string;
}

/**
 * `zohokit simulate`: serves the simulator on localhost until SIGINT/SIGTERM. With --seed
 * it registers a client and a user and prints credentials any program can use, including
 * other SDKs (these are the simulator's own, not secrets of any real account).
 */
export async function runSimulate(options: SimulateOptions, print: (line: string) => void): Promise<void> {
  const sim = createSimulator();
  const server = await sim.listen(options.port);
  print(`Zoho simulator listening on ${server.url}`);
  print(`  accounts, CRM, Analytics, Creator and Desk all answer there (use --dc ${server.url})`);
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
