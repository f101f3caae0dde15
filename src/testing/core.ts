import { OAuthState } from './accounts/oauth-state.js';
import { answerFault, CONNECTION_RESET, DEFAULT_FAULTS, fromMix, matches, type FaultSettings, type QueuedFault, type SimAnswer } from './faults.js';
import { productError, productOf } from './products.js';
import { SeededRandom } from './random.js';
import { parseJsonLossless, rememberJsonBody } from './lossless-json-body.js';
import { Router, type Route, type RouteContext } from './router.js';
import { SimError } from './sim-error.js';
import { checkBody, checkQuery, SPEC_TABLES, type SpecRoute } from './spec-check.js';
import { methodNotAllowed, violationAnswer } from './spec-violation-answers.js';
import { StatsCounter } from './stats.js';
import { LimitEnforcer } from './limits/limit-enforcer.js';
import type { SimLimitsOptions } from './limits/sim-limits.js';

export interface CoreOptions {
  now: () => number;
  seed: number;
  accessTokenTtlMs: number;
  faults: Partial<FaultSettings>;
  limits?: SimLimitsOptions | undefined;
}

/**
 * The simulator's engine: state, routes and faults, answering one Request at a time.
 * It knows nothing about transports; simulator.ts serves it as fetch, msw and HTTP.
 */
export class SimulatorCore {
  readonly now: () => number;
  readonly random: SeededRandom;
  readonly oauth: OAuthState;
  readonly router = new Router();
  readonly stats = new StatsCounter();
  readonly faults: FaultSettings;
  readonly queued: QueuedFault[] = [];
  /**
   * Per product, the route that serves a spec/ operation no hand-written route has (the CRM
   * collection engine): so every documented operation answers.
   */
  readonly fallbacks = new Map<ReturnType<typeof productOf>, Route>();
  /** Zoho's org limits (concurrency by edition, heavy APIs, credits, per-minute windows). */
  readonly limits: LimitEnforcer;
  #inFlight = 0;

  constructor(options: CoreOptions) {
    this.now = options.now;
    this.random = new SeededRandom(options.seed);
    this.oauth = new OAuthState(this.random, this.now, options.accessTokenTtlMs);
    this.faults = { ...DEFAULT_FAULTS, ...options.faults };
    this.limits = new LimitEnforcer(options.limits, this.now);
  }

  /**
   * Answers one request. `arrivedAt` (performance.now()) is when it reached the server, so
   * reading its body counts against the latency, as it would on a real one.
   */
  async handle(request: Request, arrivedAt = performance.now()): Promise<SimAnswer> {
    const url = new URL(request.url);
    const product = productOf(url.pathname);
    this.stats.requests++;
    this.#inFlight++;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.#inFlight);
    let admitted: (() => void) | undefined;
    try {
      const admission = await this.limits.admit(request, url, product);
      if (admission.refusal) return admission.refusal;
      admitted = admission.release;
      if (this.#inFlight > this.faults.concurrencyLimit) return productError(product, 'rate-limit', { 'retry-after': '1' });
      // Latency is how long an answer takes, as a server's response time: the work happens
      // within it, not after it, so a 50 ms latency answers in 50 ms however busy we are
      // (unless the work alone takes longer).
      const wait = this.faults.latencyMs - (performance.now() - arrivedAt);
      const answered = wait > 0 ? delay(wait) : undefined;
      const answer = await this.#answer(request, url, product);
      await answered;
      return answer;
    } finally {
      this.#inFlight--;
      admitted?.();
    }
  }

  async #answer(request: Request, url: URL, product: ReturnType<typeof productOf>): Promise<SimAnswer> {
    const fault = this.#takeFault(request, product) ?? (this.faults.mix.length > 0 ? fromMix(this.faults.mix, this.random.next(), request, product) : undefined);
    if (fault?.type === 'reset-after-apply') {
      await this.#route(request, url, product);
      return CONNECTION_RESET;
    }
    if (fault) return answerFault(fault, product);
    if (this.faults.errorRate > 0 && this.random.next() < this.faults.errorRate) {
      return answerFault({ type: 'status', status: this.faults.errorStatus }, product);
    }
    return await this.#route(request, url, product);
  }

  /**
   * The request lifecycle: match (a hand-written route, else the product's fallback for an
   * operation spec/ documents), authenticate, validate against spec/, run. A handler that
   * throws SimError answers with its response.
   */
  async #route(request: Request, url: URL, product: ReturnType<typeof productOf>): Promise<Response> {
    let spec = SPEC_TABLES[product]?.match(request.method, url.pathname);
    let found = this.router.match(request.method, url.pathname);
    // A hand-written route more literal than the operation spec/ matched (`/settings/
    // territories/{id}/users` against `/{module}/{id}/{list}/{id}`) serves a path the spec
    // does not have yet: the spec's operation says nothing about it.
    if (typeof found === 'object' && typeof spec === 'object' && literalSegments(found.route.path) > literalSegments(spec.route.path)) spec = undefined;
    // A documented operation more literal than the route that caught it (`/{module}/{id}/
    // Locking_Information__s` caught by `/{module}/{id}/{related_list}`) goes to the fallback.
    if (typeof spec === 'object' && (typeof found !== 'object' || literalSegments(spec.route.path) > literalSegments(found.route.path))) {
      const fallback = this.fallbacks.get(product);
      if (fallback) found = { route: fallback, params: spec.params };
    }
    if (found === undefined && spec === undefined) return productError(product, 'not-found');
    if (typeof found !== 'object') {
      const answer = methodNotAllowed(product) ?? productError(product, 'not-found');
      return new Response(answer.body, { status: 405, headers: answer.headers });
    }
    let token;
    if (found.route.auth) {
      const header = request.headers.get('authorization') ?? '';
      const bearer = /^Zoho-oauthtoken\s+(\S+)$/i.exec(header)?.[1];
      token = bearer === undefined ? undefined : this.oauth.validAccessToken(bearer);
      if (!token) {
        this.stats.rejectedTokens++;
        return productError(product, 'auth');
      }
      this.stats.countRequest(token.user, token.clientId);
    }
    const context: RouteContext = { request, url, params: found.params, token };
    if (typeof spec === 'object') {
      context.spec = spec.route;
      const checked = await this.#validate(context, spec.route, product);
      if (checked instanceof Response) return checked;
      context.request = checked;
    }
    return await this.run(found.route, context);
  }

  /** Runs a route's handler; a SimError it throws is its answer. */
  async run(route: Route, context: RouteContext): Promise<Response> {
    try {
      return await route.handle(context);
    } catch (error) {
      if (error instanceof SimError) return error.response;
      throw error;
    }
  }

  /**
   * Checks the query and the JSON body against the operation in spec/. Answers the first
   * violation in the product's envelope, or the request to run (its JSON body parsed once,
   * losslessly, for the handler).
   */
  async #validate(context: RouteContext, spec: SpecRoute, product: ReturnType<typeof productOf>): Promise<Request | Response> {
    const queryViolation = checkQuery(spec, context.url.searchParams, { unknown: product === 'crm' });
    const queryAnswer = queryViolation && violationAnswer(product, queryViolation);
    if (queryAnswer) return queryAnswer;
    const { request } = context;
    const checksBody = spec.body !== undefined && spec.body.type !== 'other';
    const type = request.headers.get('content-type') ?? '';
    if (!checksBody || request.body === null || (type !== '' && !/json/i.test(type))) {
      const bodyViolation = checksBody && request.body === null ? checkBody(spec, undefined, false) : undefined;
      return (bodyViolation && violationAnswer(product, bodyViolation)) ?? request;
    }
    const text = await request.text();
    const replayed = new Request(request.url, { method: request.method, headers: request.headers, body: text, signal: request.signal });
    const sent = text.trim() !== '';
    let body: unknown;
    let json = true;
    try {
      body = sent ? parseJsonLossless(text) : undefined;
    } catch (error) {
      // Not JSON: answered below as an invalid body, as Zoho does.
      if (!(error instanceof SyntaxError)) throw error;
      json = false;
    }
    const violation = json ? checkBody(spec, body, sent) : ({ kind: 'invalid-body', expected: spec.body!.type === 'array' ? 'jsonarray' : 'jsonobject' } as const);
    const answer = violation && violationAnswer(product, violation);
    if (answer) return answer;
    rememberJsonBody(replayed, body);
    return replayed;
  }

  #takeFault(request: Request, product: ReturnType<typeof productOf>) {
    const index = this.queued.findIndex((q) => matches(q.match, request, product));
    if (index === -1) return undefined;
    const queued = this.queued[index]!;
    if (--queued.remaining <= 0) this.queued.splice(index, 1);
    return queued.fault;
  }
}

function literalSegments(path: string): number {
  return path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { CONNECTION_RESET };
