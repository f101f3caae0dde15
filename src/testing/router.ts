import type { AccessTokenRecord } from './accounts/oauth-state.js';
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

export interface Route {
  method: string;
  /** A path with `{name}` placeholders, as in spec/. */
  path: string;
  /** Whether the route needs a valid `Zoho-oauthtoken`. */
  auth: boolean;
  handle(context: RouteContext): Response | Promise<Response>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  /** Literal segments outnumbering placeholders wins: `/Leads/search` before `/{module}/{id}`. */
  specificity: number;
}

/** A small path router: placeholders match one segment; the most literal route wins. */
export class Router {
  readonly #routes: CompiledRoute[] = [];

  add(...routes: Route[]): void {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literal = route.path.split('/').filter((s) => s && !s.startsWith('{')).length;
      this.#routes.push({ route, pattern: new RegExp(`^${source}/?$`), names, specificity: literal });
    }
    this.#routes.sort((a, b) => b.specificity - a.specificity);
  }

  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const { route, pattern, names } of this.#routes) {
      const found = pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}
