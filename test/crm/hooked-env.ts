import { createZoho, type Zoho } from '../../src/index.js';
import { createSimulator, type Simulator } from '../../src/testing/index.js';
import { redactionGuard } from '../support/redaction-guard.js';

/** What a hook does with a request: answer in the simulator's place, or undefined to pass it on. */
export type FetchHook = (request: Request, sim: Simulator) => Promise<Response> | undefined;

/**
 * A simulator and a client bound to user `ana`, whose fetch runs `hook` before the
 * simulator: the hook may answer itself, reject as a dropped socket does, or abort the
 * caller's signal at a chosen request (deterministic, no timers).
 */
export async function hookedEnv(hook: FetchHook, options: { retries?: number } = {}): Promise<{ sim: Simulator; crm: Zoho['crm'] }> {
  const sim = createSimulator();
  redactionGuard.watch(() => sim.secrets());
  const { clientId, clientSecret } = sim.createClient();
  const zoho = createZoho({
    credentials: { clientId, clientSecret },
    dataCenter: sim.dataCenter,
    retry: { maxRetries: options.retries ?? 4, baseDelayMs: 5, maxDelayMs: 50 },
    fetch: (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      return hook(request, sim) ?? sim.fetch(request);
    },
  });
  await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ana' }), user: 'ana' });
  return { sim, crm: zoho.as('ana').crm };
}

/** A socket error as undici raises it after the request was sent. */
export function socketReset(): Promise<never> {
  return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }));
}

/** Whether `request` is `method` on exactly `path`. */
export function isCall(request: Request, method: string, path: string): boolean {
  return request.method === method && new URL(request.url).pathname === path;
}
