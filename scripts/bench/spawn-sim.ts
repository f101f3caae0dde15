import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface SpawnedSim {
  url: string;
  clientId: string;
  clientSecret: string;
  grants: { user: string; code: string }[];
  stop(): Promise<void>;
}

/** Starts scripts/bench/sim-server.ts in a child process and reads its first line. */
export async function spawnSim(env: Record<string, string> = {}): Promise<SpawnedSim> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./sim-server.ts', import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  // A simulator that fails to start (say, a module that does not load) exits before its
  // first line; say so instead of waiting for that line forever.
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the simulator process exited (code ${String(code)}) before printing its address`);
  });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  exited.catch(() => undefined); // settled later by stop(), after the race is over
  const info = JSON.parse(line) as Omit<SpawnedSim, 'stop'>;
  return {
    ...info,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
