import type { AccessTokenRecord } from './accounts/oauth-state.js';
import { PathMatcher, type PathTemplate } from './path-matcher.js';
import type { SpecRoute } from './spec-check.js';

/** What a route handler gets: the request, its parsed URL and path params, and who asked. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The access token that signed the request (routes with `auth: true` only). */
  token: AccessTokenRecord | undefined;
  /** The spec/ operation the request matched, when the product's spec has it. */
  spec?: SpecRoute;
}

export interface Route extends PathTemplate {
  /** Whether the route needs a valid `Zoho-oauthtoken`. */
  auth: boolean;
  handle(context: RouteContext): Response | Promise<Response>;
}

/** A small path router: placeholders match one segment; the most literal route wins. */
export class Router {
  readonly #matcher = new PathMatcher<Route>();

  add(...routes: Route[]): void {
    this.#matcher.add(...routes);
  }

  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | 'method-not-allowed' | undefined {
    const found = this.#matcher.match(method, pathname);
    return typeof found === 'object' ? { route: found.entry, params: found.params } : found;
  }
}

