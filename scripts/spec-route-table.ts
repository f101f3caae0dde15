// spec/*.yaml → a compact table of each operation's method, path, query parameters and body
// shape, appended to generated/<product>.ts so the simulator checks requests against the
// spec (as Prism does for any OpenAPI file) without parsing YAML at runtime.
import { bundle, type Config } from '@redocly/openapi-core';

/** One query parameter as the simulator checks it. */
export interface SpecParam {
  name: string;
  required: boolean;
  /** JSON Schema type of the value, when the spec names a simple one. */
  type?: string;
  enum?: (string | number | boolean)[];
}

/** The top level of a JSON request body. */
export interface SpecBody {
  required: boolean;
  /** `object`, `array`, or `other` (multipart, binary, or a schema too loose to check). */
  type: 'object' | 'array' | 'other';
  /** Properties the body must have. */
  requiredProperties: string[];
  /** Properties whose value must be a JSON array. */
  arrays: string[];
  /** For an object body: its properties when no others are allowed, else undefined. */
  closed?: string[];
  /** Required properties of the items of each array property (`tags` → ["name"]). */
  itemRequired?: Record<string, string[]>;
}

export interface SpecRoute {
  method: string;
  path: string;
  operationId: string;
  query: SpecParam[];
  body?: SpecBody;
  /** Array properties of the 2xx JSON answer: where a list puts its items (`tags`, `data`). */
  listKeys: string[];
}

type Schema = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The route table of one spec file. */
export async function routeTable(file: string, config: Config): Promise<SpecRoute[]> {
  const { bundle: document } = await bundle({ ref: file, config, dereference: true });
  const paths = ((document.parsed as { paths?: Record<string, Schema> }).paths ?? {}) as Record<string, Schema>;
  const routes: SpecRoute[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const shared = Array.isArray(item['parameters']) ? (item['parameters'] as Schema[]) : [];
    for (const method of METHODS) {
      const operation = item[method] as Schema | undefined;
      if (!operation) continue;
      const own = Array.isArray(operation['parameters']) ? (operation['parameters'] as Schema[]) : [];
      // An operation's parameter overrides a path-level one of the same name and place.
      const byKey = new Map<string, Schema>();
      for (const param of [...shared, ...own]) byKey.set(`${String(param['in'])}:${String(param['name'])}`, param);
      const query = [...byKey.values()].filter((p) => p['in'] === 'query').map(paramOf).sort((a, b) => a.name.localeCompare(b.name));
      const route: SpecRoute = { method: method.toUpperCase(), path, operationId: String(operation['operationId'] ?? ''), query, listKeys: listKeysOf(operation) };
      const body = bodyOf(operation['requestBody'] as Schema | undefined);
      if (body) route.body = body;
      routes.push(route);
    }
  }
  return routes.sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path < b.path ? -1 : 1));
}

function paramOf(param: Schema): SpecParam {
  const schema = (param['schema'] ?? {}) as Schema;
  const out: SpecParam = { name: String(param['name']), required: param['required'] === true };
  const type = simpleType(schema);
  if (type) out.type = type;
  if (Array.isArray(schema['enum'])) out.enum = schema['enum'] as (string | number | boolean)[];
  return out;
}

function simpleType(schema: Schema): string | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  // `[string, 'null']` and the like: the first non-null type.
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  return undefined;
}

function bodyOf(requestBody: Schema | undefined): SpecBody | undefined {
  if (!requestBody) return undefined;
  const required = requestBody['required'] === true;
  const content = (requestBody['content'] ?? {}) as Record<string, Schema>;
  const media = content['application/json'];
  const schema = media ? merged((media['schema'] ?? {}) as Schema) : undefined;
  const type = schema ? simpleType(schema) : undefined;
  if (!schema || (type !== 'object' && type !== 'array')) return { required, type: 'other', requiredProperties: [], arrays: [] };
  if (type === 'array') return { required, type: 'array', requiredProperties: [], arrays: [] };
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const arrays = Object.entries(properties).filter(([, s]) => simpleType(merged(s)) === 'array').map(([name]) => name).sort();
  const body: SpecBody = { required, type: 'object', requiredProperties: ((schema['required'] ?? []) as string[]).slice().sort(), arrays };
  if (schema['additionalProperties'] === false) body.closed = Object.keys(properties).sort();
  const itemRequired: Record<string, string[]> = {};
  for (const name of arrays) {
    const items = merged(((merged(properties[name]!))['items'] ?? {}) as Schema);
    const req = Array.isArray(items['required']) ? (items['required'] as string[]).slice().sort() : [];
    if (req.length > 0) itemRequired[name] = req;
  }
  if (Object.keys(itemRequired).length > 0) body.itemRequired = itemRequired;
  return body;
}

function listKeysOf(operation: Schema): string[] {
  const responses = (operation['responses'] ?? {}) as Record<string, Schema>;
  const keys = new Set<string>();
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    const schema = ((response['content'] ?? {}) as Record<string, Schema>)['application/json']?.['schema'] as Schema | undefined;
    if (!schema) continue;
    const properties = (merged(schema)['properties'] ?? {}) as Record<string, Schema>;
    for (const [name, s] of Object.entries(properties)) if (simpleType(merged(s)) === 'array') keys.add(name);
  }
  return [...keys].sort();
}

/** A schema with its `allOf` parts folded in (properties and required joined). */
function merged(schema: Schema): Schema {
  const parts = schema['allOf'];
  if (!Array.isArray(parts)) return schema;
  const out: Schema = { ...schema, properties: { ...((schema['properties'] ?? {}) as Schema) }, required: [...((schema['required'] ?? []) as string[])] };
  for (const part of parts.map((p) => merged(p as Schema))) {
    out['type'] ??= part['type'];
    Object.assign(out['properties'] as Schema, part['properties'] ?? {});
    (out['required'] as string[]).push(...((part['required'] ?? []) as string[]));
    if (part['additionalProperties'] === false) out['additionalProperties'] = false;
  }
  delete out['allOf'];
  return out;
}

/** The table as TypeScript source, appended to a generated file. */
export function routeTableSource(routes: SpecRoute[]): string {
  const lines = routes.map((route) => `  ${JSON.stringify(route)},`);
  return [
    '',
    '/** The operations of this spec as the simulator checks requests: method, path, query parameters, body shape. */',
    'export const specRoutes: readonly {',
    '  method: string;',
    '  path: string;',
    '  operationId: string;',
    '  query: readonly { name: string; required: boolean; type?: string; enum?: readonly (string | number | boolean)[] }[];',
    '  body?: { required: boolean; type: "object" | "array" | "other"; requiredProperties: readonly string[]; arrays: readonly string[]; closed?: readonly string[]; itemRequired?: Readonly<Record<string, readonly string[]>> };',
    '  listKeys: readonly string[];',
    '}[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
