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
        params[name] = decodeSegment(found[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

/** A path segment decoded; a malformed escape (`%E0%A4%A`) stays as sent, a client's mistake rather than a crash. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    if (error instanceof URIError) return segment;
    throw error;
  }
}
