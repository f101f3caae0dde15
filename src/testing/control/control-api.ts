/**
 * The simulator's HTTP control API, under `/__zohokit/`: what a test in any language needs
 * to drive the simulator from outside, as stripe-mock and LocalStack offer. JSON in and
 * out; a bad control request is a 400 (404 for an unknown thing) with
 * `{ "error": { "code", "message" } }`. These requests never count in the stats and no
 * fault applies to them. The endpoints are listed in README.md, "Simulator control API".
 */
import type { Fault, FaultMatch } from '../faults.js';
import { Router, type Route } from '../router.js';
import type { SimulatorStats } from '../stats.js';
import { field, readBody } from './control-body.js';
import { ControlError, controlErrorAnswer, controlJson } from './control-error.js';
import { parseFault, parseFaultMatch } from './control-faults.js';
import { seedRoutes, type SeedTargets } from './control-seed.js';
import { applySettings, readSettings, type SettingsTargets } from './control-settings.js';

/** The reserved path prefix; no Zoho API path starts with it. */
export const CONTROL_PREFIX = '/__zohokit';

/** What the control API needs of a simulator: its public methods and state. */
export interface ControlledSimulator extends SeedTargets, SettingsTargets {
  createClient(): { clientId: string; clientSecret: string };
  createGrantCode(options: { clientId: string; user: string; scopes?: string[] }): string;
  issueRefreshToken(options: { clientId: string; user: string; scopes?: string[] }): string;
  expireAccessTokens(user?: string): number;
  revokeTokens(user?: string): number;
  failNext(fault: Fault, options?: FaultMatch & { times?: number }): void;
  clearFaults(): void;
  stats(): SimulatorStats;
  resetStats(): void;
  reset(options?: { keepClients?: boolean }): void;
}

/**
 * True for a request whose path is under the control prefix. On every request's path, so
 * it reads the URL text instead of parsing it; a query that mentions the prefix does not count.
 */
export function isControlRequest(request: Request): boolean {
  const { url } = request;
  const path = url.indexOf('/', url.indexOf('//') + 2);
  if (path === -1 || !url.startsWith(CONTROL_PREFIX, path)) return false;
  const next = url[path + CONTROL_PREFIX.length];
  return next === undefined || next === '/' || next === '?' || next === '#';
}

/** The URLs another SDK needs, from the origin the simulator is reached at. */
export function simulatorUrls(origin: string): Record<string, string> {
  return {
    api: origin,
    accounts: origin,
    tokenEndpoint: `${origin}/oauth/v2/token`,
    fileUpload: `${origin}/crm/v8/upload`,
    analytics: origin,
    desk: origin,
    control: `${origin}${CONTROL_PREFIX}/`,
  };
}

/** Builds the control API's request handler for `sim`. */
export function createControlApi(sim: ControlledSimulator): (request: Request) => Promise<Response> {
  const router = new Router();
  const route = (method: string, path: string, handle: (body: Record<string, unknown>, url: URL) => unknown, status = 200): Route => ({
    method,
    path: `${CONTROL_PREFIX}${path}`,
    auth: false,
    handle: async ({ request, url }) => controlJson(await handle(method === 'GET' || method === 'DELETE' ? {} : await readBody(request), url), status),
  });
  const user = (body: Record<string, unknown>) => field.optionalString(body, 'user');
  const grant = (body: Record<string, unknown>) => {
    const clientId = field.string(body, 'clientId');
    const scopes = field.optionalStrings(body, 'scopes');
    return { clientId, user: field.string(body, 'user'), ...(scopes && { scopes }) };
  };
  const knownClient = <T>(issue: () => T): T => {
    try {
      return issue();
    } catch (error) {
      // The OAuth state's only refusal here is an unknown client id.
      if (error instanceof Error && !(error instanceof ControlError)) throw new ControlError(error.message, 404);
      throw error;
    }
  };

  router.add(
    route('GET', '', (_body, url) => ({ urls: simulatorUrls(url.origin), docs: 'README.md, "Simulator control API"' })),
    route('POST', '/clients', () => sim.createClient(), 201),
    route('POST', '/grant-codes', (body) => {
      const options = grant(body);
      return { code: knownClient(() => sim.createGrantCode(options)), expiresInSeconds: 180 };
    }, 201),
    route('POST', '/refresh-tokens', (body) => {
      const options = grant(body);
      return { refreshToken: knownClient(() => sim.issueRefreshToken(options)) };
    }, 201),
    route('POST', '/tokens/expire', (body) => ({ expired: sim.expireAccessTokens(user(body)) })),
    route('POST', '/tokens/revoke', (body) => ({ revoked: sim.revokeTokens(user(body)) })),
    route(
      'POST',
      '/faults',
      (body) => {
        const fault = parseFault(body['fault']);
        const times = field.optionalCount(body, 'times') ?? 1;
        sim.failNext(fault, { ...parseFaultMatch(body['match']), times });
        return { queued: { fault, times } };
      },
      201,
    ),
    route('DELETE', '/faults', () => {
      sim.clearFaults();
      return { cleared: true };
    }),
    route('GET', '/settings', () => readSettings(sim)),
    route('PATCH', '/settings', (body) => {
      applySettings(sim, body);
      return readSettings(sim);
    }),
    route('GET', '/stats', () => sim.stats()),
    route('DELETE', '/stats', () => {
      sim.resetStats();
      return sim.stats();
    }),
    route('POST', '/reset', (body) => {
      const keepClients = field.optionalBoolean(body, 'keepClients') ?? false;
      sim.reset({ keepClients });
      return { reset: true, keepClients };
    }),
    ...seedRoutes(CONTROL_PREFIX, () => sim),
  );

  return async (request) => {
    const url = new URL(request.url);
    try {
      const found = router.match(request.method, url.pathname.replace(/\/+$/, '') || '/');
      if (found === undefined) throw new ControlError(`no control endpoint ${url.pathname}; GET ${CONTROL_PREFIX}/ lists the URLs, README.md the endpoints`, 404);
      if (found === 'method-not-allowed') throw new ControlError(`${request.method} is not allowed on ${url.pathname}`, 405);
      return await found.route.handle({ request, url, params: found.params, token: undefined });
    } catch (error) {
      if (error instanceof ControlError) return controlErrorAnswer(error);
      throw error;
    }
  };
}
