// spec/<name>.yaml → the top-level shape of each operation's JSON success body, as a small
// table the transport checks answers against (src/http/response-shape.ts). Only what is
// cheap to check and certain from the spec: the body is an object or an array, required
// keys are present, keys declared as arrays hold arrays (of objects, where the items are
// declared objects), keys declared as objects hold objects. Nothing deeper: the point is to
// stop a wrong answer at the door, not to validate Zoho's data.
import { bundle, type Config } from '@redocly/openapi-core';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The generated module for one spec: `export const shapes = { 'GET /path': shape, ... }`. */
export async function shapesModule(file: string, config: Config, header: string): Promise<string> {
  const { bundle: document } = await bundle({ ref: file, config, dereference: true });
  const paths = (document.parsed as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const lines: string[] = [];
  for (const route of Object.keys(paths).sort()) {
    for (const method of METHODS) {
      const operation = paths[route]?.[method] as { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } | undefined;
      const shape = operation ? shapeOf(successSchema(operation.responses ?? {})) : undefined;
      if (shape) lines.push(`  ${JSON.stringify(`${method.toUpperCase()} ${route}`)}: ${shape},`);
    }
  }
  return `${header}import type { ResponseShape } from '../src/http/response-shape.js';

/** Top-level shapes of JSON success bodies, by "METHOD /path" (see scripts/response-shapes.ts). */
export const shapes: { readonly [operation: string]: ResponseShape } = {
${lines.join('\n')}
};
`;
}

/** The JSON schema of the first 2xx answer, if it has one. */
function successSchema(responses: Record<string, { content?: Record<string, { schema?: Schema }> }>): Schema | undefined {
  const status = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort()[0];
  const content = status === undefined ? undefined : responses[status]?.content;
  if (!content) return undefined;
  const json = Object.entries(content).find(([type]) => /json/i.test(type));
  return json?.[1].schema;
}

/** `{ t, r?, k? }` as source text, or undefined when the spec does not pin the shape down. */
function shapeOf(schema: Schema | undefined): string | undefined {
  const flat = merged(schema);
  if (!flat || nullable(flat)) return undefined;
  const kind = kindOf(flat);
  if (kind === 'array') return `{ t: 'array' }`;
  if (kind !== 'object') return undefined;
  const keys: string[] = [];
  for (const [name, property] of Object.entries(flat.properties ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const value = merged(property);
    if (!value) continue;
    const code = keyCode(value);
    if (code) keys.push(`${JSON.stringify(name)}: '${code}'`);
  }
  const required = (flat.required ?? []).filter((name) => flat.properties?.[name] !== undefined).sort();
  const parts = [`t: 'object'`];
  if (required.length > 0) parts.push(`r: ${JSON.stringify(required)}`);
  if (keys.length > 0) parts.push(`k: { ${keys.join(', ')} }`);
  return `{ ${parts.join(', ')} }`;
}

/** 'A' array of objects, 'a' array, 'o' object; '?' when null is allowed too. */
function keyCode(schema: Schema): string | undefined {
  const kind = kindOf(schema);
  const orNull = nullable(schema) ? '?' : '';
  if (kind === 'array') {
    const items = merged(schema.items);
    return (items && kindOf(items) === 'object' && !nullable(items) ? 'A' : 'a') + orNull;
  }
  if (kind === 'object') return `o${orNull}`;
  return undefined;
}

/** allOf folded into one schema; oneOf/anyOf only when every branch has the same kind. */
function merged(schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.allOf) {
    const parts = schema.allOf.map(merged).filter((part): part is Schema => part !== undefined);
    const out: Schema = { ...schema, properties: { ...schema.properties }, required: [...(schema.required ?? [])] };
    delete out.allOf;
    for (const part of parts) {
      if (out.type === undefined && part.type !== undefined) out.type = part.type;
      Object.assign(out.properties!, part.properties);
      out.required!.push(...(part.required ?? []));
      if (part.items) out.items ??= part.items;
    }
    return out;
  }
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) {
    const kinds = new Set(branches.map((branch) => (nullable(merged(branch) ?? {}) ? 'null' : kindOf(merged(branch) ?? {}))));
    if (kinds.size !== 1) return undefined;
    // Same kind everywhere: only the kind is certain, not the keys.
    return { type: [...kinds][0] as string };
  }
  return schema;
}

function kindOf(schema: Schema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : schema.type === undefined ? [] : [schema.type];
  if (types.length === 1) return types[0];
  if (types.length === 0 && schema.properties) return 'object';
  if (types.length === 0 && schema.items) return 'array';
  return undefined;
}

function nullable(schema: Schema): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null')) || schema.type === 'null';
}
