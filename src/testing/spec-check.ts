import { specRoutes as accountsRoutes } from '../../generated/accounts.js';
import { specRoutes as analyticsRoutes } from '../../generated/analytics.js';
import { specRoutes as creatorRoutes } from '../../generated/creator.js';
import { specRoutes as crmRoutes } from '../../generated/crm.js';
import { specRoutes as deskRoutes } from '../../generated/desk.js';
import type { ZohoProduct } from '../errors.js';
import { PathMatcher } from './path-matcher.js';

/** One operation of spec/, as generated/ tables it. */
export type SpecRoute = (typeof crmRoutes)[number];

/** What is wrong with a request, in the spec's terms; each product words it its own way. */
export type SpecViolation =
  | { kind: 'missing-param'; name: string }
  | { kind: 'invalid-param'; name: string; expected?: string; supported?: readonly (string | number | boolean)[] }
  | { kind: 'unknown-param'; name: string }
  | { kind: 'invalid-body'; expected: 'jsonobject' | 'jsonarray' }
  | { kind: 'missing-property'; name: string; jsonPath: string }
  | { kind: 'invalid-property'; name: string; jsonPath: string; expected?: string };

/**
 * Every operation of spec/ by product, matched like the simulator's router (one matcher
 * serves both): a placeholder matches one path segment, and the most literal template wins.
 */
export class SpecTable {
  readonly #matcher = new PathMatcher<SpecRoute>();

  constructor(routes: readonly SpecRoute[]) {
    // `/{download_url}` (a URL Zoho hands out) is not a path of the API.
    this.#matcher.add(...routes.filter((route) => !route.path.startsWith('/{')));
  }

  get routes(): SpecRoute[] {
    return this.#matcher.entries;
  }

  /** The operation for method + path, or 'method-not-allowed' when only the path is known. */
  match(method: string, pathname: string): { route: SpecRoute; params: Record<string, string> } | 'method-not-allowed' | undefined {
    const found = this.#matcher.match(method, pathname);
    return typeof found === 'object' ? { route: found.entry, params: found.params } : found;
  }
}

export const SPEC_TABLES: Readonly<Record<ZohoProduct, SpecTable | undefined>> = {
  accounts: new SpecTable(accountsRoutes),
  crm: new SpecTable(crmRoutes),
  analytics: new SpecTable(analyticsRoutes),
  creator: new SpecTable(creatorRoutes),
  desk: new SpecTable(deskRoutes),
  zohokit: undefined,
};

/** The first thing wrong with the query string, checked against the operation's parameters. */
export function checkQuery(route: SpecRoute, query: URLSearchParams, options: { unknown: boolean }): SpecViolation | undefined {
  for (const param of route.query) {
    const value = query.get(param.name);
    if (value === null || value === '') {
      if (param.required) return { kind: 'missing-param', name: param.name };
      continue;
    }
    if (param.enum && !param.enum.some((allowed) => String(allowed) === value)) return { kind: 'invalid-param', name: param.name, supported: param.enum };
    if (!fitsType(value, param.type)) return { kind: 'invalid-param', name: param.name, expected: param.type! };
  }
  if (options.unknown) {
    for (const name of query.keys()) if (!route.query.some((p) => p.name === name)) return { kind: 'unknown-param', name };
  }
  return undefined;
}

/** The first thing wrong with the top level of the JSON body (undefined body = none sent). */
export function checkBody(route: SpecRoute, body: unknown, sent: boolean): SpecViolation | undefined {
  const spec = route.body;
  if (!spec || spec.type === 'other') return undefined;
  if (!sent) return spec.required ? { kind: 'invalid-body', expected: spec.type === 'array' ? 'jsonarray' : 'jsonobject' } : undefined;
  if (spec.type === 'array') return Array.isArray(body) ? undefined : { kind: 'invalid-body', expected: 'jsonarray' };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'invalid-body', expected: 'jsonobject' };
  const object = body as Record<string, unknown>;
  for (const name of spec.requiredProperties) {
    if (object[name] === undefined || object[name] === null) {
      return spec.arrays.includes(name) ? { kind: 'invalid-property', name, jsonPath: `$.${name}`, expected: 'jsonarray' } : { kind: 'missing-property', name, jsonPath: `$.${name}` };
    }
  }
  for (const name of spec.arrays) {
    if (object[name] !== undefined && object[name] !== null && !Array.isArray(object[name])) return { kind: 'invalid-property', name, jsonPath: `$.${name}`, expected: 'jsonarray' };
  }
  if (spec.closed) {
    for (const name of Object.keys(object)) if (!spec.closed.includes(name)) return { kind: 'invalid-property', name, jsonPath: `$.${name}` };
  }
  return undefined;
}

function fitsType(value: string, type: string | undefined): boolean {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(value);
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'boolean':
      return value === 'true' || value === 'false';
    default:
      return true;
  }
}
