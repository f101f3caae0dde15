import { createSimulator, type Simulator } from '../../src/testing/index.js';

export interface RawAnswer {
  status: number;
  /** The body as text (JSON numbers stay as sent). */
  text: string;
  /** The body parsed (undefined when empty). */
  body: unknown;
}

export interface RawCrm {
  sim: Simulator;
  /** Sends `body` as raw JSON text (so 19-digit numbers reach the simulator as written). */
  call(method: string, path: string, body?: string | object): Promise<RawAnswer>;
}

/**
 * A simulator and one signed-in user, talked to with plain fetch through `sim.fetch`, the way
 * an SDK in another language would: no zohokit client in between.
 */
export async function rawCrm(user = 'ana@example.com'): Promise<RawCrm> {
  const sim = createSimulator();
  const { clientId, clientSecret } = sim.createClient();
  const code = sim.createGrantCode({ clientId, user });
  const origin = sim.dataCenter.api;
  const grant = await sim.fetch(`${origin}/oauth/v2/token?grant_type=authorization_code&client_id=${clientId}&client_secret=${clientSecret}&code=${code}`, { method: 'POST' });
  const { access_token: token } = (await grant.json()) as { access_token: string };
  return {
    sim,
    call: async (method, path, body) => {
      const headers: Record<string, string> = { authorization: `Zoho-oauthtoken ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await sim.fetch(`${origin}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, text, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
  };
}
