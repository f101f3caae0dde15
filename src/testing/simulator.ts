import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DataCenter } from '../auth/data-centers.js';
import { accountsRoutes } from './accounts/oauth-handlers.js';
import { SimulatorCore } from './core.js';
import { analyticsRoutes } from './analytics/analytics-routes.js';
import { AnalyticsState } from './analytics/analytics-state.js';
import { creatorRoutes } from './creator/creator-routes.js';
import { CreatorState } from './creator/creator-state.js';
import { crmJobsRoutes } from './crm/jobs/crm-jobs-routes.js';
import { crmRoutes } from './crm/crm-routes.js';
import { CrmState } from './crm/crm-state.js';
import { crmSubresourceRoutes } from './crm/crm-subresource-routes.js';
import { deskRoutes } from './desk/desk-routes.js';
import { DeskState } from './desk/desk-state.js';
import { createControlApi, isControlRequest } from './control/control-api.js';
import { CONNECTION_RESET, DEFAULT_FAULTS, type Fault, type FaultMatch, type FaultSettings, type SimAnswer } from './faults.js';
import { serveHttp } from './http-server.js';
import type { SimulatorStats } from './stats.js';
import type { SimLimitsOptions } from './limits/sim-limits.js';

export interface SimulatorOptions {
  /** The clock; tests move time by passing their own. Default Date.now. */
  now?: () => number;
  /** Seeds ids, tokens and random faults so runs repeat. Default 1. */
  seed?: number;
  /** Access-token lifetime; Zoho's is 3600 s. */
  accessTokenTtlSeconds?: number;
  /** Standing faults from the start (latency, error rate, concurrency limit). */
  faults?: Partial<FaultSettings>;
  /** The in-process origin used by `sim.fetch` and `sim.handlers`. */
  origin?: string;
  /** Zoho's org limits to enforce: CRM concurrency by edition, heavy APIs, credits, uploads, per-minute windows. */
  limits?: SimLimitsOptions;
}

/** A listening simulator: its URL and the DataCenter to give createZoho. */
export interface SimulatorServer {
  url: string;
  port: number;
  dataCenter: DataCenter;
  /**
   * Stops the server and closes its connections.
   *
   * @example
   * const server = await sim.listen();
   * try {
   *   console.log(`a Zoho for any program at ${server.url}`);
   * } finally {
   *   await server.close();
   * }
   */
  close(): Promise<void>;
}

const DEFAULT_ORIGIN = 'https://zoho.simulator.test';

/**
 * A stateful fake of Zoho, served three ways from one set of handlers:
 * `sim.fetch` (in process), `sim.handlers` (msw) and `sim.listen()` (real HTTP).
 */
export class Simulator {
  readonly #options: SimulatorOptions;
  readonly #origin: string;
  #world: SimulatorWorld;
  #keptResets = 0;
  readonly #control: (request: Request) => Promise<Response>;

  constructor(options: SimulatorOptions = {}) {
    this.#options = options;
    this.#origin = (options.origin ?? DEFAULT_ORIGIN).replace(/\/+$/, '');
    this.#world = buildWorld(options);
    this.#control = createControlApi(this);
  }

  /** Each product's state, for seeding and inspecting from tests. */
  get crm(): CrmState {
    return this.#world.crm;
  }
  get analytics(): AnalyticsState {
    return this.#world.analytics;
  }
  get creator(): CreatorState {
    return this.#world.creator;
  }
  get desk(): DeskState {
    return this.#world.desk;
  }
  /** Standing fault settings; assign to its fields to change them mid-test. */
  get faults(): FaultSettings {
    return this.#world.core.faults;
  }

  get #core(): SimulatorCore {
    return this.#world.core;
  }

  /**
   * Starts over as a new simulator with the same options: no data, clients, tokens, faults,
   * settings or stats. With `keepClients`, OAuth clients and the tokens issued to them
   * survive, so a program holding the `--seed` credentials carries on.
   *
   * @example
   * // Between tests: no record, token or fault carries over to the next one.
   * sim.reset();
   * // A served simulator whose printed credentials other programs hold:
   * sim.reset({ keepClients: true });
   */
  reset(options: { keepClients?: boolean } = {}): void {
    const previous = this.#world.core.oauth;
    // Kept clients and tokens must not meet their twins: a fresh world with the same seed
    // would issue the same ids again, so it gets the next seed.
    this.#keptResets += options.keepClients ? 1 : 0;
    this.#world = buildWorld({ ...this.#options, seed: (this.#options.seed ?? 1) + this.#keptResets });
    if (options.keepClients) {
      const { oauth } = this.#world.core;
      for (const [id, client] of previous.clients) oauth.clients.set(id, client);
      for (const [token, record] of previous.refreshTokens) oauth.refreshTokens.set(token, record);
      for (const [token, record] of previous.accessTokens) oauth.accessTokens.set(token, record);
    }
  }

  // Control requests (/__zohokit/...) skip the core: no faults, no stats.
  #handle(request: Request, arrivedAt?: number): Promise<SimAnswer> {
    return isControlRequest(request) ? this.#control(request) : this.#core.handle(request, arrivedAt);
  }

  /** In-process transport: pass as `fetch` to createZoho. A reset fault throws like undici. */
  readonly fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const answer = await abortable(this.#handle(request), request.signal);
    if (answer === CONNECTION_RESET) {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    }
    return answer;
  };

  /** msw request handlers for the in-process origin: `setupServer(...sim.handlers)`. */
  get handlers(): HttpHandler[] {
    return [
      http.all(`${this.#origin}/*`, async ({ request }) => {
        const answer = await this.#handle(request);
        return answer === CONNECTION_RESET ? HttpResponse.error() : answer;
      }),
    ];
  }

  /** Where createZoho should point to reach `sim.fetch` / `sim.handlers`. */
  get dataCenter(): DataCenter {
    return dataCenterAt(this.#origin);
  }

  /**
   * Serves the simulator over HTTP on 127.0.0.1 (a free port unless given), for code that
   * cannot take an injected `fetch`, or for programs in other languages.
   *
   * @example
   * const server = await sim.listen();
   * const zoho = createZoho({ credentials: sim.createClient(), dataCenter: server.dataCenter });
   * await server.close();
   */
  async listen(port?: number): Promise<SimulatorServer> {
    const server = await serveHttp((request, arrivedAt) => this.#handle(request, arrivedAt), port);
    return { ...server, dataCenter: dataCenterAt(server.url) };
  }

  /**
   * Registers an OAuth client (a "self client" in Zoho's console) and returns its credentials.
   *
   * @example
   * const { clientId, clientSecret } = sim.createClient();
   * const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: sim.fetch });
   */
  createClient(): { clientId: string; clientSecret: string } {
    const { clientId, clientSecret } = this.#core.oauth.createClient();
    return { clientId, clientSecret };
  }

  /**
   * Makes a grant code for `user`, valid 3 minutes and usable once, as Zoho's consent page or
   * API console would.
   *
   * @example
   * const code = sim.createGrantCode({ clientId, user: 'ana@example.com', scopes: ['ZohoCRM.modules.ALL'] });
   * await zoho.authorize({ code, user: 'ana@example.com' });
   */
  createGrantCode(options: { clientId: string; user: string; scopes?: string[] }): string {
    return this.#core.oauth.createGrantCode(options.clientId, options.user, options.scopes ?? ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.ALL', 'ZohoCRM.users.READ', 'ZohoCRM.org.READ']);
  }

  /**
   * Issues a refresh token directly, as if the user had consented earlier.
   *
   * @example
   * // A user another SDK authorized long ago: no grant code to exchange.
   * const refreshToken = sim.issueRefreshToken({ clientId, user: 'ben@example.com' });
   * await zoho.authorize({ refreshToken, user: 'ben@example.com' });
   */
  issueRefreshToken(options: { clientId: string; user: string; scopes?: string[] }): string {
    return this.#core.oauth.issueRefreshToken(options.clientId, options.user, options.scopes ?? ['ZohoCRM.modules.ALL']).token;
  }

  /**
   * Makes every live access token (of `user`, or everyone's) expire now, and answers how many.
   *
   * @example
   * sim.expireAccessTokens('ana@example.com');
   * await zoho.as('ana@example.com').crm.module('Leads').records.list();
   * console.log(sim.stats().refreshesByUser['ana@example.com']); // one more refresh
   */
  expireAccessTokens(user?: string): number {
    return this.#core.oauth.expireAccessTokens(user);
  }

  /**
   * Revokes refresh tokens (and their access tokens) of `user`, or everyone's, as a user
   * removing the app's access in Zoho would; answers how many.
   *
   * @example
   * sim.revokeTokens('ana@example.com');
   * const refused = await zoho.as('ana@example.com').crm.module('Leads').records.list().catch((error: unknown) => error);
   * console.log(refused instanceof ZohoAuthError); // true: ana must authorize again
   */
  revokeTokens(user?: string): number {
    return this.#core.oauth.revokeUser(user);
  }

  /**
   * Queues a one-shot fault for the next `times` matching requests.
   *
   * @example
   * sim.failNext({ type: 'rate-limit', retryAfterSeconds: 1 }, { product: 'crm', method: 'GET', times: 2 });
   * // The write is stored, then the answer is lost: the client must reconcile.
   * sim.failNext({ type: 'reset-after-apply' }, { method: 'POST', path: '/crm/v8/Leads' });
   */
  failNext(fault: Fault, options: FaultMatch & { times?: number } = {}): void {
    const { times = 1, ...match } = options;
    this.#core.queued.push({ fault, remaining: times, match });
  }

  /**
   * Drops queued faults and restores the standing settings to none.
   *
   * @example
   * sim.faults.errorRate = 0.2;
   * await zoho.crm.module('Leads').records.list(); // retried through the 5xx answers
   * sim.clearFaults();
   */
  clearFaults(): void {
    this.#core.queued.length = 0;
    Object.assign(this.faults, DEFAULT_FAULTS);
  }

  /**
   * Every secret the simulator ever issued: client secrets, grant codes, refresh and access
   * tokens. Tests use it to prove none leaked into logs or error messages.
   *
   * @example
   * const logged: string[] = []; // filled by the logger given to createZoho
   * const leaked = sim.secrets().filter((secret) => logged.some((line) => line.includes(secret)));
   * if (leaked.length > 0) throw new Error(`${leaked.length} secrets reached the log`);
   */
  secrets(): string[] {
    const { oauth } = this.#core;
    return [
      ...[...oauth.clients.values()].map((c) => c.clientSecret),
      ...oauth.codes.keys(),
      ...oauth.refreshTokens.keys(),
      ...oauth.accessTokens.keys(),
    ];
  }

  /**
   * Reports what reached the simulator: requests and refreshes (in all, by user, by client),
   * refused tokens, the most requests in flight, and what the org limits saw.
   *
   * @example
   * await Promise.all(Array.from({ length: 50 }, () => zoho.crm.module('Leads').records.list()));
   * const { requests, refreshes, maxInFlight } = sim.stats();
   * console.log(requests, refreshes, maxInFlight); // at most one refresh for all 50: it is single-flight
   */
  stats(): SimulatorStats {
    return { ...this.#core.stats.snapshot(), limits: this.#core.limits.stats() };
  }

  /**
   * Zeroes the counts of `stats()`, so a test counts only what the code under test sends.
   *
   * @example
   * sim.resetStats();
   * await zoho.crm.module('Leads').records.create([{ Last_Name: 'Lovelace' }]);
   * console.log(sim.stats().requests); // the create's attempts (and any token refresh), nothing from before
   */
  resetStats(): void {
    this.#core.stats.reset();
    this.#core.limits.resetStats();
  }

  /**
   * Changes the enforced limits mid-run (counts of calls in flight carry on).
   *
   * @example
   * sim.setLimits({ crm: { edition: 'free', credits: { limit: 5_000 } } });
   * sim.setLimits({}); // no limits again
   * @see https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html
   */
  setLimits(limits: SimLimitsOptions): void {
    this.#core.limits.configure(limits);
  }
}

/** Everything a reset replaces: the engine and each product's state, wired together. */
interface SimulatorWorld {
  core: SimulatorCore;
  crm: CrmState;
  analytics: AnalyticsState;
  creator: CreatorState;
  desk: DeskState;
}

function buildWorld(options: SimulatorOptions): SimulatorWorld {
  const core = new SimulatorCore({
    now: options.now ?? Date.now,
    seed: options.seed ?? 1,
    accessTokenTtlMs: (options.accessTokenTtlSeconds ?? 3600) * 1000,
    faults: options.faults ?? {},
    limits: options.limits,
  });
  const world = { core, crm: new CrmState(core.random), analytics: new AnalyticsState(core.random), creator: new CreatorState(core.random), desk: new DeskState(core.random) };
  core.router.add(
    ...accountsRoutes(core),
    ...crmRoutes(core, world.crm),
    ...crmSubresourceRoutes(core, world.crm),
    ...crmJobsRoutes(core, world.crm),
    ...analyticsRoutes(core, world.analytics),
    ...creatorRoutes(core, world.creator),
    ...deskRoutes(core, world.desk),
  );
  return world;
}

/**
 * Creates a stateful fake of Zoho (OAuth, CRM, Analytics, Creator, Desk) for tests, served
 * in process (`sim.fetch`), as msw handlers or over HTTP.
 *
 * @example
 * const sim = createSimulator({ seed: 7 });
 * const { clientId, clientSecret } = sim.createClient();
 * const zoho = createZoho({ credentials: { clientId, clientSecret }, dataCenter: sim.dataCenter, fetch: sim.fetch });
 * await zoho.authorize({ code: sim.createGrantCode({ clientId, user: 'ana@example.com' }), user: 'ana@example.com' });
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  return new Simulator(options);
}

/** One origin serves every product: their paths never overlap (/oauth, /crm, /restapi...). */
function dataCenterAt(origin: string): DataCenter {
  return { name: 'simulator', accounts: origin, api: origin, content: origin, analytics: origin, desk: origin };
}

/** Like real fetch: an aborted signal rejects at once with the signal's reason. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
