import { simZoho, type SimZoho } from './sim-zoho.js';

/** A simulator and client (as simZoho) whose client keeps a copy of every request it sends. */
export async function recordingSimZoho(user: string): Promise<SimZoho & { sent: Request[]; paths: (path: string) => Request[] }> {
  const sent: Request[] = [];
  const holder: { sim?: SimZoho['sim'] } = {};
  const env = await simZoho({
    zoho: {
      fetch: (input, init) => {
        const request = new Request(input, init);
        sent.push(request.clone());
        return holder.sim!.fetch(request);
      },
    },
  });
  holder.sim = env.sim;
  // Authorised after the simulator is known to the fetch above.
  await env.zoho.authorize({ code: env.sim.createGrantCode({ clientId: env.clientId, user }), user });
  return { ...env, sent, paths: (path) => sent.filter((request) => new URL(request.url).pathname === path) };
}
