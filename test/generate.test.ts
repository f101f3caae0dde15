import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateAll } from '../scripts/generate-lib.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

// Each test works on its own copy of spec/accounts.yaml only, so specs that other people are
// still writing in spec/ cannot make these tests slow or red.
let dir: string;
let specDir: string;
let outDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zohokit-generate-'));
  specDir = path.join(dir, 'spec');
  outDir = path.join(dir, 'generated');
  await mkdir(specDir);
  await cp(path.join(repo, 'spec/accounts.yaml'), path.join(specDir, 'accounts.yaml'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const generate = () => generateAll({ specDir, outDir, check: false });
const check = () => generateAll({ specDir, outDir, check: true });

/** Replaces text in a fixture, failing loudly if the text is not there any more. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text, `fixture ${file} should contain ${from}`).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('scripts/generate', () => {
  it('generates a typed module per spec and then reports it up to date', async () => {
    const first = await generate();
    expect(first).toMatchObject({ problems: [], written: ['accounts.ts', 'accounts.shapes.ts'] });

    const generated = await readFile(path.join(outDir, 'accounts.ts'), 'utf8');
    expect(generated.split('\n')[0]).toBe(
      '// This file is generated from spec/accounts.yaml by scripts/generate.ts. Do not edit.',
    );
    expect(generated).toContain('createToken: {');
    // Beside the types, the table the transport checks answers' top-level shape against.
    const shapes = await readFile(path.join(outDir, 'accounts.shapes.ts'), 'utf8');
    expect(shapes).toContain('"POST /oauth/v2/token": { t: \'object\'');

    expect(await check()).toEqual({ problems: [], stale: [], written: [], removed: [] });
  });

  it('produces byte-identical output on every run', async () => {
    await generate();
    const first = await readFile(path.join(outDir, 'accounts.ts'));
    await rm(outDir, { recursive: true });
    await generate();
    expect(await readFile(path.join(outDir, 'accounts.ts'))).toEqual(first);
  });

  it('reports a hand edit in generated/ as stale, and generate repairs it', async () => {
    await generate();
    await edit(path.join(outDir, 'accounts.ts'), 'expires_in: number;', 'expires_in: string;');

    expect((await check()).stale).toEqual(['accounts.ts']);
    expect((await generate()).written).toEqual(['accounts.ts']);
    expect((await check()).stale).toEqual([]);
  });

  it('reports output whose spec is gone as stale, and generate deletes it', async () => {
    await generate();
    await cp(path.join(specDir, 'accounts.yaml'), path.join(specDir, 'old.yaml'));
    await generate();
    await rm(path.join(specDir, 'old.yaml'));
    await writeFile(path.join(outDir, 'handwritten.ts'), 'export const keep = true;\n');

    expect((await check()).stale).toEqual(['old.shapes.ts', 'old.ts']);
    expect((await generate()).removed).toEqual(['old.shapes.ts', 'old.ts']);
    // Only files carrying the generated header are ever deleted.
    expect((await readdir(outDir)).sort()).toEqual(['accounts.shapes.ts', 'accounts.ts', 'handwritten.ts']);
  });

  it.each([
    [
      'an OpenAPI 3.0 document',
      'openapi: 3.1.0',
      'openapi: 3.0.0',
      /^spec\/accounts\.yaml:1:10 expected `openapi: 3\.1\.x`, found "3\.0\.0"$/,
    ],
    [
      'a path parameter that no operation defines',
      '/oauth/v2/token/revoke:',
      '/oauth/v2/token/{kind}/revoke:',
      /^spec\/accounts\.yaml:\d+:\d+ .*`\{kind\}`.*\(path-parameters-defined\)$/,
    ],
    [
      'a schema with `type: strng`',
      'type: integer',
      'type: strng',
      /^spec\/accounts\.yaml:\d+:\d+ `type` can be one of .*\(struct\)$/,
    ],
    ['a YAML syntax error', 'tags: [oauth]', 'tags: [oauth', /^spec\/accounts\.yaml:\d+:\d+ /],
  ])('rejects %s, naming the file and position', async (_case, from, to, expected) => {
    await edit(path.join(specDir, 'accounts.yaml'), from, to);

    const result = await check();
    expect(result.problems).toContainEqual(expect.stringMatching(expected));
    // Nothing is written from a spec that did not validate.
    expect((await generate()).written).toEqual([]);
  });

  it('resolves shared components in spec/<product>/ and names that file in errors', async () => {
    await mkdir(path.join(specDir, 'widgets'));
    await writeFile(
      path.join(specDir, 'widgets.yaml'),
      `openapi: 3.1.0
info: { title: Widgets, version: '1' }
paths:
  /widgets:
    get:
      operationId: listWidgets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: 'widgets/common.yaml#/components/schemas/Widget' }
`,
    );
    const shared = path.join(specDir, 'widgets', 'common.yaml');
    await writeFile(
      shared,
      `components:
  schemas:
    Widget:
      type: object
      properties:
        id: { type: string }
`,
    );

    expect((await generate()).written.sort()).toEqual(['accounts.shapes.ts', 'accounts.ts', 'widgets.shapes.ts', 'widgets.ts']);
    expect(await readFile(path.join(outDir, 'widgets.ts'), 'utf8')).toContain('Widget: {');

    await edit(shared, 'type: string', 'type: strng');
    expect((await check()).problems).toEqual([
      expect.stringMatching(/^spec\/widgets\/common\.yaml:6:\d+ .*\(struct\)$/),
    ]);
  });

  // Spawns tsx, which takes a few seconds; everything else runs in-process.
  it('makes `generate --check` exit 1 when generated/ is stale', { timeout: 20_000 }, async () => {
    await generate();
    await edit(path.join(outDir, 'accounts.ts'), 'expires_in: number;', 'expires_in: string;');

    const args = ['--import', 'tsx', 'scripts/generate.ts', '--check'];
    args.push('--spec-dir', specDir, '--out-dir', outDir);
    const failure = await promisify(execFile)(process.execPath, args, { cwd: repo }).then(
      () => expect.unreachable('--check should have failed'),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('accounts.ts');
    expect(failure.stderr).toContain('npm run generate');
  });
});
