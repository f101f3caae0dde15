// spec/*.yaml → generated/*.ts: validate each spec as OpenAPI 3.1, then run openapi-typescript.
// scripts/generate.ts is the CLI; this module is separate so tests can run it on temp dirs.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BaseResolver,
  createConfig,
  getLineColLocation,
  lintDocument,
  ResolveError,
  YamlParseError,
  type Config,
  type Document,
  type LocationObject,
} from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { routeTable, routeTableSource } from './spec-route-table.js';
import { shapesModule } from './response-shapes.js';

export interface GenerateOptions {
  specDir: string;
  outDir: string;
  /** Compare with outDir instead of writing to it. */
  check: boolean;
}

export interface GenerateResult {
  /** Validation errors as `spec/x.yaml:line:col message (rule)`. Nothing is generated if any. */
  problems: string[];
  /** Check mode: output files that differ, are missing, or whose spec is gone. */
  stale: string[];
  /** Generate mode: output files written because their content changed. */
  written: string[];
  /** Generate mode: output files deleted because their spec is gone. */
  removed: string[];
}

const HEADER_PREFIX = '// This file is generated from spec/';
const header = (name: string) =>
  `${HEADER_PREFIX}${name}.yaml by scripts/generate.ts. Do not edit.\n\n`;

// Only rules about validity and consistency, all errors. Stylistic rules (operation-4xx-response,
// info-license, operation-summary...) are left out on purpose: the specs mirror Zoho's API as it
// is, not as a style guide would like it. no-ambiguous-paths is left out too, because Zoho
// really has paths such as /{module}/search next to /Leads/{id}.
const RULES = [
  'struct', // the document's shape, checked against the OAS 3.1 types
  'no-unresolved-refs',
  'spec-strict-refs', // $ref only where OpenAPI allows it
  'spec-components-invalid-map-name',
  'operation-operationId-unique', // openapi-typescript keys `operations` by operationId
  'operation-operationId-url-safe',
  'operation-parameters-unique',
  'path-parameters-defined',
  'path-declaration-must-exist',
  'path-not-include-query',
  'no-identical-paths',
  'no-enum-type-mismatch',
  'no-schema-type-mismatch',
  'no-required-schema-properties-undefined',
  'no-example-value-and-externalValue',
  'no-invalid-media-type-examples',
  'no-invalid-parameter-examples',
  'no-invalid-schema-examples',
  'no-undefined-server-variable',
  'no-server-variables-empty-enum',
] as const;

// A raw config without `extends` keeps redocly from falling back to its "recommended" ruleset,
// so exactly these rules apply. The second config has none: openapi-typescript lints before it
// bundles, and the specs have been validated by then, so linting twice would only cost time.
let configs: Promise<{ lint: Config; bundle: Config }> | undefined;
function loadConfigs() {
  configs ??= (async () => ({
    lint: await createConfig({ rules: Object.fromEntries(RULES.map((rule) => [rule, 'error'])) }),
    bundle: await createConfig({ rules: {} }),
  }))();
  return configs;
}

export async function generateAll(options: GenerateOptions): Promise<GenerateResult> {
  const specDir = path.resolve(options.specDir);
  const outDir = path.resolve(options.outDir);
  // Problems name files relative to the spec dir's parent: `spec/crm.yaml`, `spec/crm/x.yaml`.
  const root = path.dirname(specDir);
  const result: GenerateResult = { problems: [], stale: [], written: [], removed: [] };

  // Only top-level files are specs; spec/<product>/*.yaml hold shared components.
  const names = (await readdir(specDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name.slice(0, -'.yaml'.length))
    .sort();

  const config = await loadConfigs();
  for (const name of names) {
    const file = path.join(specDir, `${name}.yaml`);
    result.problems.push(...(await validate(file, root, config.lint)));
  }
  // A shared file referenced by two specs would otherwise be reported twice.
  result.problems = [...new Set(result.problems)];
  if (result.problems.length > 0) return result;

  const expected = new Map<string, string>();
  for (const name of names) {
    const ast = await openapiTS(pathToFileURL(path.join(specDir, `${name}.yaml`)), {
      redocly: config.bundle,
      silent: true,
      alphabetize: true, // output order must not depend on the order of keys in the YAML
    });
    const file = path.join(specDir, `${name}.yaml`);
    const table = routeTableSource(await routeTable(file, config.bundle));
    expected.set(`${name}.ts`, header(name) + astToString(ast) + table);
    // The runtime check of answers' top-level shape (src/http/response-shape.ts).
    expected.set(`${name}.shapes.ts`, await shapesModule(file, config.bundle, header(name)));
  }

  const existing = await readGenerated(outDir);
  for (const [file, content] of expected) {
    if (existing.get(file) === content) continue;
    if (options.check) {
      result.stale.push(file);
    } else {
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, file), content);
      result.written.push(file);
    }
  }
  for (const file of existing.keys()) {
    if (expected.has(file)) continue;
    if (options.check) {
      result.stale.push(file);
    } else {
      await rm(path.join(outDir, file));
      result.removed.push(file);
    }
  }
  result.stale.sort();
  return result;
}

/** The files in outDir that this script generated, recognised by their header. */
async function readGenerated(outDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    // No output dir yet: every expected file counts as missing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return files;
    throw error;
  }
  for (const file of entries.filter((entry) => entry.endsWith('.ts')).sort()) {
    const content = await readFile(path.join(outDir, file), 'utf8');
    // Hand-written files that may sit beside the output are neither compared nor deleted.
    if (content.startsWith(HEADER_PREFIX)) files.set(file, content);
  }
  return files;
}

interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

async function validate(file: string, root: string, config: Config): Promise<string[]> {
  const problems = await findProblems(file, root, config);
  return problems
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col)
    .map(({ file, line, col, message }) => `${file}:${line}:${col} ${message}`);
}

async function findProblems(file: string, root: string, config: Config): Promise<Problem[]> {
  const name = path.relative(root, file);
  const at = (location: LocationObject | undefined, message: string): Problem => {
    if (!location) return { file: name, line: 1, col: 1, message };
    const { start } = getLineColLocation(location);
    const ref = location.source.absoluteRef;
    const refName = path.isAbsolute(ref) ? path.relative(root, ref) : ref;
    return { file: refName, line: start.line, col: start.col, message };
  };

  const resolver = new BaseResolver(config.resolve);
  let document: Document;
  try {
    // Typed as returning its errors, but it rejects with them (YamlParseError, ResolveError).
    const resolved = await resolver.resolveDocument(null, file, true);
    if (!('parsed' in resolved)) throw resolved;
    document = resolved;
  } catch (error) {
    // Reported, not swallowed. A YAML syntax error has a position; an unreadable file has none.
    const wrapped = error instanceof YamlParseError || error instanceof ResolveError;
    const cause: unknown = wrapped ? error.originalError : error;
    // js-yaml's `reason` is its message without the file name and code frame.
    const reason = (cause as { reason?: unknown }).reason;
    const message =
      typeof reason === 'string' ? reason : cause instanceof Error ? cause.message : String(cause);
    if (!(error instanceof YamlParseError)) return [at(undefined, message)];
    return [{ file: name, line: error.line, col: error.col, message }];
  }

  const version: unknown = (document.parsed as { openapi?: unknown } | null)?.openapi;
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    // Checked first: redocly would happily lint a 3.0 or 2.0 document by that version's rules.
    const found = version === undefined ? 'no `openapi` field' : JSON.stringify(version);
    const location = { source: document.source, pointer: '#/openapi' };
    return [at(location, `expected \`openapi: 3.1.x\`, found ${found}`)];
  }

  const problems = await lintDocument({
    document,
    config: config.styleguide,
    externalRefResolver: resolver,
  });
  return problems
    .filter((problem) => problem.severity === 'error' && !problem.ignored)
    .map((problem) => at(problem.location[0], `${problem.message} (${problem.ruleId})`));
}
