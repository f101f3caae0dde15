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
  const [line] = (await once(lines, 'line')) as [string];
  const info = JSON.parse(line) as Omit<SpawnedSim, 'stop'>;
  return {
    ...info,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
