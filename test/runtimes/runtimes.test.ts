/**
 * zohokit on the runtimes it promises besides Node: Cloudflare's workerd with no
 * compatibility flags (no Buffer, no node: modules, no AsyncLocalStorage), Deno with only
 * network access to the simulator, and Bun. The app in scenario.ts is bundled by esbuild
 * into one file with the conditions each runtime's resolver matches (see CONDITIONS: for
 * workerd as a Workers user would, platform neutral, browser conditions, nothing external),
 * and run against a simulator served from this process over HTTP.
 *
 * The binaries come from `npm run runtimes` (scripts/runtimes.ts: pinned, cached in .cache/runtimes).
 * Without them these tests skip with a loud banner; ZOHOKIT_REQUIRE_RUNTIMES=1 (set by
 * .ci/run) makes that a failure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIMES, runtimeBinary, type RuntimeName } from '../../scripts/runtimes.js';
import { createSimulator, type SimulatorServer } from '../../src/testing/index.js';
import type { ScenarioResults, ScenarioSetup } from './scenario.js';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;

// A date before workerd turned Node compatibility on by default: this worker gets none.
const WORKERD_COMPATIBILITY_DATE = '2026-06-01';

function available(name: RuntimeName): string | undefined {
  const binary = runtimeBinary(name);
  if (binary) return binary;
  const why = `${name} ${RUNTIMES[name].version} was not found in .cache/runtimes`;
  if (process.env['ZOHOKIT_REQUIRE_RUNTIMES'] === '1') throw new Error(`ZOHOKIT_REQUIRE_RUNTIMES=1 but ${why}; run \`npm run runtimes\`.`);
  const line = '='.repeat(78);
  console.warn(['', line, `  ${name.toUpperCase()} RUNTIME TESTS SKIPPED`, `  ${why}.`, '  Fetch the pinned runtimes with `npm run runtimes`.', '  Set ZOHOKIT_REQUIRE_RUNTIMES=1 to make this a failure instead.', line, ''].join('\n'));
  return undefined;
}

/** A simulator over HTTP, seeded for the scenario, and its setup. */
async function serveSimulator(): Promise<{ server: SimulatorServer; setup: ScenarioSetup }> {
  const sim = createSimulator();
  const server = await sim.listen();
  const { clientId, clientSecret } = sim.createClient();
  const grants = Object.fromEntries(['ana@example.com', 'ben@example.com'].map((user) => [user, sim.createGrantCode({ clientId, user })]));
  sim.analytics.createWorkspace({ name: 'Sales', owner: 'ana@example.com' });
  sim.creator.createApp({
    owner: 'zylker',
    app: 'store',
    forms: [{ name: 'Order', fields: [{ link_name: 'Email', type: 'email', mandatory: true, unique: true }, { link_name: 'Amount', type: 'number' }] }],
    reports: [{ name: 'All_Orders', form: 'Order' }],
  });
  const desk = sim.desk.createOrg({ id: '60001', companyName: 'Acme', departments: ['Support'] });
  return {
    server,
    setup: {
      dataCenter: server.dataCenter,
      clientId,
      clientSecret,
      grants,
      analyticsOrgId: sim.analytics.orgId,
      deskOrgId: desk.id,
      deskDepartmentId: [...desk.departments.keys()][0]!,
      creator: { owner: 'zylker', app: 'store' },
      workspace: 'Sales',
    },
  };
}

/**
 * The conditions each runtime's own resolver matches: a Workers bundler asks for the browser
 * build of a package (csv-parse's brings its own Buffer and stream); Deno and Bun ask for
 * the Node build, and serve Node's built-ins (left to them, with the `node:` prefix Deno needs).
 */
const CONDITIONS: Record<RuntimeName, string[]> = { workerd: ['workerd', 'worker', 'browser'], deno: ['deno', 'node'], bun: ['bun', 'node'] };

const NODE_BUILTINS = new Set(builtinModules);
const nodeBuiltinsExternal: Plugin = {
  name: 'node-builtins-external',
  setup(build) {
    build.onResolve({ filter: /^[a-z_/:]+$/ }, ({ path }) => {
      const name = path.replace(/^node:/, '');
      return NODE_BUILTINS.has(name) ? { path: `node:${name}`, external: true } : undefined;
    });
  },
};

/** The scenario with `setup` built in, and `entry` calling it: one ESM file, nothing external but Node's built-ins on Deno and Bun. */
async function bundle(name: RuntimeName, setup: ScenarioSetup, entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { runScenario } from './scenario.ts';\n${entry}`, resolveDir: here, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: name === 'workerd' ? ['browser', 'module', 'main'] : ['module', 'main'],
    conditions: CONDITIONS[name],
    plugins: name === 'workerd' ? [] : [nodeBuiltinsExternal],
    target: 'es2022',
    define: { ZOHOKIT_SETUP: JSON.stringify(setup) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const PRINT = "console.log('ZOHOKIT_RESULTS ' + JSON.stringify(await runScenario(ZOHOKIT_SETUP)));";

function resultsOf(stdout: string): ScenarioResults {
  const line = stdout.split('\n').find((text) => text.startsWith('ZOHOKIT_RESULTS '));
  if (!line) throw new Error(`the runtime printed no results:\n${stdout}`);
  return JSON.parse(line.slice('ZOHOKIT_RESULTS '.length)) as ScenarioResults;
}

/** Runs the scenario on one runtime, in a temp dir; returns what it reported. */
async function runOn(name: RuntimeName, binary: string, setup: ScenarioSetup, port: number): Promise<ScenarioResults> {
  const dir = await mkdtemp(join(tmpdir(), `zohokit-${name}-`));
  try {
    if (name === 'workerd') {
      await writeFile(join(dir, 'worker.js'), await bundle(name, setup, `export default { async test() { ${PRINT} } };`));
      // No compatibility flags. Outbound fetch may reach 127.0.0.1, where the simulator is.
      await writeFile(
        join(dir, 'config.capnp'),
        [
          'using Workerd = import "/workerd/workerd.capnp";',
          'const config :Workerd.Config = (',
          '  services = [ (name = "main", worker = .worker), (name = "loopback", network = (allow = ["public", "private", "local"])) ],',
          ');',
          'const worker :Workerd.Worker = (',
          '  modules = [ (name = "worker", esModule = embed "worker.js") ],',
          `  compatibilityDate = "${WORKERD_COMPATIBILITY_DATE}",`,
          '  globalOutbound = "loopback",',
          ');',
        ].join('\n'),
      );
      const { stdout } = await run(binary, ['test', 'config.capnp'], { cwd: dir, timeout: 60_000 });
      return resultsOf(stdout);
    }
    await writeFile(join(dir, 'app.js'), await bundle(name, setup, PRINT));
    // Deno: network access to the simulator and nothing else (no files, no env).
    const args = name === 'deno' ? ['run', '--no-prompt', '--no-config', `--allow-net=127.0.0.1:${port}`, 'app.js'] : ['run', 'app.js'];
    const { stdout } = await run(binary, args, { cwd: dir, timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', HOME: dir, DENO_DIR: join(dir, '.deno'), NO_COLOR: '1' } });
    return resultsOf(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What every runtime must report; the rest depends on what the runtime offers. */
const COMMON: ScenarioResults = {
  oauth: 'ana@example.com ben@example.com',
  'crm create': '5 created',
  'crm list': '5 leads',
  'crm paging': '5 leads in pages of 2',
  'crm search': 'Edge 3',
  'crm coql': '5 rows',
  'as()': 'ben@example.com',
  'attachment from bytes': 'proposal.txt (1 attached)',
  'crm bulk read': '5 rows, last Edge 4',
  'crm bulk write': '3 added, 0 failed, 3 ok rows',
  'creator bulk read': '30 rows',
  'analytics import': '2 + 1 rows',
  'analytics export': 'Acme, Inc. 99; Zylker 450; Zylker 750',
  desk: '1 ticket: Printer on fire (Closed)',
};

const EXPECTED: Record<RuntimeName, Record<string, unknown>> = {
  // No Node at all: the features that need it say what to use instead.
  workerd: {
    ...COMMON,
    'node globals': 'none',
    'runAs()': expect.stringMatching(/^ZohoConfigError: .*runAs.*zoho\.as\(user\).*nodejs_als/),
    'analytics import from a path': expect.stringMatching(/^ZohoConfigError: .*node:fs\/promises.*string, bytes, a Blob or a ReadableStream/),
  },
  // Deno has node: modules; its permissions (network to the simulator only) refuse the file.
  deno: { ...COMMON, 'node globals': 'Buffer', 'runAs()': 'ana@example.com', 'analytics import from a path': expect.stringMatching(/^read the file system: NotCapable: Requires read access/) },
  bun: { ...COMMON, 'node globals': 'Buffer', 'runAs()': 'ana@example.com', 'analytics import from a path': 'read the file system: ENOENT' },
};

describe.each(Object.keys(RUNTIMES) as RuntimeName[])('zohokit on %s', (name) => {
  const binary = available(name);
  let results: ScenarioResults = {};
  let server: SimulatorServer | undefined;

  beforeAll(async () => {
    if (!binary) return;
    const served = await serveSimulator();
    server = served.server;
    results = await runOn(name, binary, served.setup, served.server.port);
  }, 90_000);
  afterAll(async () => server?.close());

  it.skipIf(!binary).each(Object.keys(EXPECTED[name]))(`%s`, (check) => {
    expect({ [check]: results[check] }).toEqual({ [check]: EXPECTED[name][check] });
  });
});
