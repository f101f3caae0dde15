import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const PRODUCT_ENTRIES = ['zohokit/crm', 'zohokit/analytics', 'zohokit/creator', 'zohokit/desk'];

/** What record-imports.mjs printed: every specifier resolved, and the package files loaded. */
function loadedBy(stdout: string): { imports: string[]; modules: string[] } {
  const line = (tag: string): string[] => JSON.parse(stdout.split(`\n${tag} `)[1]!.split('\n')[0]!) as string[];
  const modules = line('MODULES')
    .filter((url) => url.includes('/node_modules/zohokit/'))
    .map((url) => url.split('/node_modules/zohokit/')[1]!);
  return { imports: line('IMPORTS'), modules };
}

/**
 * The package as npm users get it: packed with `npm pack` (after the test command's build),
 * linted by publint and arethetypeswrong, then unpacked into a throwaway project whose
 * other dependencies are linked from ours (no network), and used from ESM and TypeScript.
 */
describe('the packed package', () => {
  let dir: string;
  let tarball: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zohokit-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    // A consumer project: zohokit unpacked from the tarball, every other package linked.
    const modules = join(dir, 'consumer', 'node_modules');
    await mkdir(join(modules, 'zohokit'), { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', join(modules, 'zohokit'), '--strip-components=1']);
    for (const entry of await readdir(join(root, 'node_modules'))) {
      if (entry === 'zohokit' || entry.startsWith('.')) continue;
      await symlink(join(root, 'node_modules', entry), join(modules, entry));
    }
    await cp(join(root, 'test/package/record-imports.mjs'), join(dir, 'consumer/record-imports.mjs'));
    await cp(join(root, 'test/package/record-imports-hooks.mjs'), join(dir, 'consumer/record-imports-hooks.mjs'));
    await writeFile(join(dir, 'consumer/package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('passes publint', async () => {
    const { stdout } = await run(bin('publint'), ['run', tarball, '--strict']);
    expect(stdout).toContain('All good');
  });

  it('passes arethetypeswrong for ESM consumers (node16 and bundler)', async () => {
    // CommonJS resolutions are ignored on purpose: the package is ESM-only and Node ≥ 20.19
    // lets CJS require() it. Any problem left makes attw exit non-zero.
    await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  });

  it.each(['zohokit', ...PRODUCT_ENTRIES, 'zohokit/persistence', 'zohokit/persistence/file', 'zohokit/persistence/mysql', 'zohokit/persistence/mysql-budget', 'zohokit/persistence/redis', 'zohokit/testing'])('imports %s from ESM', async (entry) => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const m = await import('${entry}'); console.log(Object.keys(m).sort().join(','))`], { cwd: join(dir, 'consumer') });
    expect(stdout.trim().length).toBeGreaterThan(0);
  });

  it.each(['zohokit', ...PRODUCT_ENTRIES, 'zohokit/persistence'])('`import "%s"` loads no Node-only module, so it runs anywhere fetch exists', async (entry) => {
    const { stdout } = await run(process.execPath, ['--import', './record-imports.mjs', '--input-type=module', '-e', `await import('${entry}')`], { cwd: join(dir, 'consumer') });
    const { imports } = loadedBy(stdout);
    const nodeOnly = imports.filter((s) => s.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'mysql2', 'mysql2/promise', 'msw', 'msw/node', 'child_process'].includes(s));
    expect(nodeOnly).toEqual([]);
    if (entry !== 'zohokit/persistence') expect(imports).toContain('openapi-fetch');
  });

  it('`import "zohokit"` loads no schema library: zod waits for the first notification (cold start, #13)', async () => {
    const { stdout } = await run(process.execPath, ['--import', './record-imports.mjs', '--input-type=module', '-e', "await import('zohokit')"], { cwd: join(dir, 'consumer') });
    const { imports } = loadedBy(stdout);
    expect(imports.filter((s) => s === 'zod' || s.startsWith('zod/'))).toEqual([]);
  });

  it('`import "zohokit"` loads neither the CSV libraries, the bulk jobs, nor Node\'s fetch: the first bulk job and the first request do (cold start)', async () => {
    const script = "await import('zohokit'); console.log('UNDICI ' + process.moduleLoadList.some((m) => m.includes('undici')))";
    const { stdout } = await run(process.execPath, ['--import', './record-imports.mjs', '--input-type=module', '-e', script], { cwd: join(dir, 'consumer') });
    const { imports, modules } = loadedBy(stdout);
    expect(imports.filter((s) => /^(#?csv-(parse|stringify)|fflate)(\/|$)/.test(s))).toEqual([]);
    // Module.load/bulkRead/bulkWrite, the write read-back, Creator's bulk read and Analytics'
    // importData import these on first use.
    const firstUse = ['crm/jobs/bulk-read.js', 'crm/jobs/bulk-write.js', 'crm/records/load.js', 'crm/records/reconcile.js', 'creator/bulk-read.js', 'bulk/zip-csv-rows.js', 'analytics/import-data.js'];
    expect(modules.filter((file) => firstUse.some((lazy) => file.endsWith(`dist/src/${lazy}`)))).toEqual([]);
    expect(modules).toContain('dist/src/crm/module.js');
    expect(stdout).toContain('UNDICI false');
  });

  it.each([
    ['zohokit/crm', 'crm'],
    ['zohokit/analytics', 'analytics'],
    ['zohokit/creator', 'creator'],
    ['zohokit/desk', 'desk'],
  ])('`import "%s"` loads the core and its product, no module of the other three', async (entry, product) => {
    const { stdout } = await run(process.execPath, ['--import', './record-imports.mjs', '--input-type=module', '-e', `await import('${entry}')`], { cwd: join(dir, 'consumer') });
    const { modules } = loadedBy(stdout);
    const productOf = (file: string): string | undefined => /^dist\/(?:src|generated)\/(crm|analytics|creator|desk)[/.]/.exec(file)?.[1];
    expect(new Set(modules.map(productOf).filter((p) => p !== undefined))).toEqual(new Set([product]));
    expect(modules).toContain('dist/src/zoho-core.js');
  });

  it('the product entries and `zohokit` hand out the same classes, so they mix', async () => {
    const script = [
      "const all = await import('zohokit');",
      "const [crm, desk] = [await import('zohokit/crm'), await import('zohokit/desk')];",
      'const same = crm.ZohoError === all.ZohoError && crm.CrmRecord === all.CrmRecord && crm.crm === all.crm && desk.Desk === all.Desk && desk.createZohoCore === all.createZohoCore;',
      // Every name a product entry exports, zohokit exports as the same value.
      "const mismatched = [crm, desk].flatMap((m) => Object.keys(m).filter((k) => m[k] !== all[k]));",
      "console.log(JSON.stringify({ same, mismatched }));",
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(dir, 'consumer') });
    expect(JSON.parse(stdout)).toEqual({ same: true, mismatched: [] });
  });

  it.each(['node16', 'bundler'])('type-checks a TypeScript consumer with moduleResolution %s', async (resolution) => {
    const project = join(dir, 'consumer');
    await writeFile(
      join(project, 'consumer.ts'),
      [
        "import { createZoho, ZohoError, type ZohoView } from 'zohokit';",
        "import { MemoryTokenStore, type TokenStore } from 'zohokit/persistence';",
        "import { FileTokenStore } from 'zohokit/persistence/file';",
        "import { MySQLTokenStore } from 'zohokit/persistence/mysql';",
        "import { createSimulator } from 'zohokit/testing';",
        "import { createZohoCore, crm, Module } from 'zohokit/crm';",
        'const sim = createSimulator();',
        'const store: TokenStore = new MemoryTokenStore();',
        "const zoho = createZoho({ credentials: { clientId: 'a', clientSecret: 'b' }, dataCenter: sim.dataCenter, fetch: sim.fetch, store });",
        "const view: ZohoView = zoho.as('ana@example.com');",
        "export const pending = view.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } } });",
        "export const stores = [FileTokenStore, MySQLTokenStore, ZohoError];",
        "const core = createZohoCore({ credentials: { clientId: 'a', clientSecret: 'b' }, dataCenter: sim.dataCenter, fetch: sim.fetch, store });",
        "export const leads: Module = crm(core.as('ana@example.com')).module('Leads');",
        '',
      ].join('\n'),
    );
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    await run(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--skipLibCheck', 'false', '--module', module, '--moduleResolution', resolution, '--target', 'es2022', '--types', 'node', '--typeRoots', join(root, 'node_modules/@types'), 'consumer.ts'], { cwd: project }).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${error.stdout ?? String(error)}`);
    });
  });
});
