import type { SimLimitStats } from './limits/limit-enforcer.js';

/** What the simulator counted: requests and refreshes, per user and per client. */
export interface SimulatorStats {
  /** Every request that reached the simulator, faults included. */
  requests: number;
  /** Access tokens minted through the refresh_token grant. */
  refreshes: number;
  /** Refresh tokens issued through the authorization_code grant. */
  grants: number;
  /** Authenticated requests, keyed by the user whose token signed them. */
  requestsByUser: Record<string, number>;
  refreshesByUser: Record<string, number>;
  requestsByClient: Record<string, number>;
  refreshesByClient: Record<string, number>;
  /** Requests refused for a missing, expired or revoked token. */
  rejectedTokens: number;
  /** The most requests that were in flight at once. */
  maxInFlight: number;
  /** What the org limits saw (see SimulatorOptions.limits): in flight per product, credits, refusals. */
  limits: SimLimitStats;
}

export class StatsCounter {
  requests = 0;
  refreshes = 0;
  grants = 0;
  rejectedTokens = 0;
  maxInFlight = 0;
  readonly #requestsByUser = new Map<string, number>();
  readonly #refreshesByUser = new Map<string, number>();
  readonly #requestsByClient = new Map<string, number>();
  readonly #refreshesByClient = new Map<string, number>();

  countRequest(user: string, clientId: string): void {
    bump(this.#requestsByUser, user);
    bump(this.#requestsByClient, clientId);
  }

  countRefresh(user: string, clientId: string): void {
    this.refreshes++;
    bump(this.#refreshesByUser, user);
    bump(this.#refreshesByClient, clientId);
  }

  snapshot(): Omit<SimulatorStats, 'limits'> {
    return {
      requests: this.requests,
      refreshes: this.refreshes,
      grants: this.grants,
      requestsByUser: Object.fromEntries(this.#requestsByUser),
      refreshesByUser: Object.fromEntries(this.#refreshesByUser),
      requestsByClient: Object.fromEntries(this.#requestsByClient),
      refreshesByClient: Object.fromEntries(this.#refreshesByClient),
      rejectedTokens: this.rejectedTokens,
      maxInFlight: this.maxInFlight,
    };
  }

  reset(): void {
    this.requests = this.refreshes = this.grants = this.rejectedTokens = this.maxInFlight = 0;
    for (const map of [this.#requestsByUser, this.#refreshesByUser, this.#requestsByClient, this.#refreshesByClient]) map.clear();
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
