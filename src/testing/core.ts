import { OAuthState } from './accounts/oauth-state.js';
import { answerFault, CONNECTION_RESET, DEFAULT_FAULTS, matches, type FaultSettings, type QueuedFault, type SimAnswer } from './faults.js';
import { productError, productOf } from './products.js';
import { SeededRandom } from './random.js';
import { Router } from './router.js';
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
    const fault = this.#takeFault(request, product);
    if (fault) return answerFault(fault, product);
    if (this.faults.errorRate > 0 && this.random.next() < this.faults.errorRate) {
      return answerFault({ type: 'status', status: this.faults.errorStatus }, product);
    }
    return await this.#route(request, url, product);
  }

  async #route(request: Request, url: URL, product: ReturnType<typeof productOf>): Promise<Response> {
    const found = this.router.match(request.method, url.pathname);
    if (found === undefined) return productError(product, 'not-found');
    if (found === 'method-not-allowed') {
      const answer = productError(product, 'not-found');
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
    return await found.route.handle({ request, url, params: found.params, token });
  }

  #takeFault(request: Request, product: ReturnType<typeof productOf>) {
    const index = this.queued.findIndex((q) => matches(q.match, request, product));
    if (index === -1) return undefined;
    const queued = this.queued[index]!;
    if (--queued.remaining <= 0) this.queued.splice(index, 1);
    return queued.fault;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { CONNECTION_RESET };
