// Holds spec/crm.yaml to Zoho's own list of CRM v8 operations (../shared/reference, derived from
// Zoho's published v8 OpenAPI files): every operation there must be in the spec, and every
// parameter the spec declares beyond Zoho's files must say, with a URL, where it comes from.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// The reference sits beside the repository (../shared), in CI as in a worktree.
const reference = new URL('../../../shared/reference/', import.meta.url);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Parameter {
  name: string;
  in: string;
  description?: string;
}
interface ReferenceOperation {
  method: string;
  path: string;
  params: { name: string; in: string }[];
}
type Doc = {
  paths: Record<string, Record<string, unknown> & { parameters?: unknown[] }>;
  components?: { parameters?: Record<string, Parameter> };
};

/** Path parameters compared by position: `/x/{a}/y` and `/x/{b}/y` are the same operation. */
const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
const key = (method: string, path: string) => `${method.toUpperCase()} ${shape(path)}`;

let spec: Doc;
let operations: ReferenceOperation[];

beforeAll(async () => {
  const config = await createConfig({});
  const { bundle: bundled } = await bundle({ ref: `${repo}spec/crm.yaml`, config });
  spec = bundled.parsed as Doc;
  const json = JSON.parse(await readFile(new URL('crm-v8-operations.json', reference), 'utf8')) as { operations: ReferenceOperation[] };
  // `GET /` is a placeholder in Zoho's files, not an operation.
  operations = json.operations.filter((operation) => operation.path !== '/');
}, 60_000);

function resolve(parameter: unknown): Parameter {
  const ref = (parameter as { $ref?: string }).$ref;
  if (ref === undefined) return parameter as Parameter;
  const name = ref.replace('#/components/parameters/', '');
  const found = spec.components?.parameters?.[name];
  if (!found) throw new Error(`unresolved parameter ${ref}`);
  return found;
}

/** Every operation of the spec, by method and path shape, with all its parameters. */
function specOperations(): Map<string, { path: string; parameters: Parameter[] }> {
  const found = new Map<string, { path: string; parameters: Parameter[] }>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as { parameters?: unknown[] } | undefined;
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      found.set(key(method, path), { path, parameters });
    }
  }
  return found;
}

describe('the CRM spec against Zoho\'s list of v8 operations', () => {
  it('reads a list of 396 distinct operations', async () => {
    const tsv = await readFile(new URL('crm-v8-operations.tsv', reference), 'utf8');
    const rows = tsv.trim().split('\n').slice(1).map((line) => line.split('\t'));
    const distinct = new Set(rows.filter(([, path]) => path !== '/').map(([method, path]) => key(method!, path!)));
    expect(distinct.size).toBe(396);
    expect(new Set(operations.map((operation) => key(operation.method, operation.path)))).toEqual(distinct);
  });

  it('declares every operation of the list', async () => {
    const tsv = await readFile(new URL('crm-v8-operations.tsv', reference), 'utf8');
    const declared = specOperations();
    const missing = tsv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter(([, path]) => path !== '/')
      .filter(([method, path]) => !declared.has(key(method!, path!)))
      .map(([method, path]) => `${method} ${path}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('cites a source for every parameter Zoho\'s files do not have', () => {
    const zoho = new Map<string, Set<string>>();
    for (const operation of operations) {
      const names = zoho.get(key(operation.method, operation.path)) ?? new Set<string>();
      // An operation listed in two of Zoho's files counts with the parameters of both.
      for (const parameter of operation.params) names.add(`${parameter.in} ${parameter.name}`);
      zoho.set(key(operation.method, operation.path), names);
    }
    const unsourced: string[] = [];
    for (const [operation, { parameters }] of specOperations()) {
      const known = zoho.get(operation);
      if (!known) continue; // not in Zoho's list at all (none today; the test above lists the reverse)
      for (const parameter of parameters) {
        if (parameter.in === 'path') continue; // compared by position, names differ freely
        if (known.has(`${parameter.in} ${parameter.name}`)) continue;
        if (/https?:\/\/\S+/.test(parameter.description ?? '')) continue;
        unsourced.push(`${operation}: ${parameter.in} ${parameter.name}`);
      }
    }
    expect(unsourced).toEqual([]);
  });
});
