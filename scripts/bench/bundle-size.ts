/**
 * Bundle size of a Cloudflare Worker using zohokit: one that uses CRM only against one that
 * uses every product, each bundled by esbuild as wrangler would (one ESM file, platform
 * neutral with browser conditions, minified), from `dist/` as npm users get it.
 *
 *   npm run bench:bundle-size
 *
 * The CRM-only worker uses createZohoCore() and crm(view); the same worker through
 * createZoho() shows what building all four products costs. Prints minified and gzipped
 * bytes, the CRM-only worker as a share of the full one, whether zod got in, and the biggest
 * contributors of each, so a product layer that stops tree-shaking shows up.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

const WORKERS: Record<string, string> = {
  'CRM only': `
    import { createZohoCore, crm } from 'zohokit';
    import { MemoryTokenStore } from 'zohokit/persistence';
    export default {
      async fetch(request, env) {
        const zoho = createZohoCore({ credentials: { clientId: env.ID, clientSecret: env.SECRET }, dataCenter: 'eu', store: new MemoryTokenStore() });
        const page = await crm(zoho.as('ana@example.com')).module('Leads').records.list({ fields: ['Last_Name'] });
        return Response.json(page.items);
      },
    };`,
  // The same worker through createZoho(), which builds (and so bundles) all four products.
  'CRM, createZoho': `
    import { createZoho } from 'zohokit';
    import { MemoryTokenStore } from 'zohokit/persistence';
    export default {
      async fetch(request, env) {
        const zoho = createZoho({ credentials: { clientId: env.ID, clientSecret: env.SECRET }, dataCenter: 'eu', store: new MemoryTokenStore() });
        const page = await zoho.as('ana@example.com').crm.module('Leads').records.list({ fields: ['Last_Name'] });
        return Response.json(page.items);
      },
    };`,
  'all products': `
    import { createZoho } from 'zohokit';
    import { MemoryTokenStore } from 'zohokit/persistence';
    export default {
      async fetch(request, env) {
        const zoho = createZoho({ credentials: { clientId: env.ID, clientSecret: env.SECRET }, dataCenter: 'eu', store: new MemoryTokenStore(), desk: { orgId: '1' }, analytics: { orgId: '1' } });
        const ana = zoho.as('ana@example.com');
        const leads = await ana.crm.module('Leads').records.list({ fields: ['Last_Name'] });
        const rows = await ana.analytics.workspace('Sales').exportSql('select * from sales');
        const orders = await ana.creator.app('zylker', 'store').report('All_Orders').list();
        const tickets = await ana.desk.tickets.list();
        return Response.json({ leads: leads.items, rows, orders, tickets });
      },
    };`,
};

interface Size {
  minified: number;
  gzipped: number;
  metafile: Metafile;
}

async function bundle(source: string, project: string): Promise<Size> {
  const result = await build({
    stdin: { contents: source, resolveDir: project, loader: 'js', sourcefile: 'worker.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}

/** Bytes in the output per area: each zohokit folder, and each dependency. */
function areas(metafile: Metafile): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const own = /dist\/(src\/[^/]+|persistence|generated)/.exec(input);
      const area = dependency ? dependency[1]! : own ? `zohokit ${own[1]!.replace(/\.js$/, '')}` : input;
      sizes.set(area, (sizes.get(area) ?? 0) + bytesInOutput);
    }
  }
  return sizes;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

// A user's project: `zohokit` in its node_modules (a link to this package), resolved through
// the package's exports to dist/, as npm users get it.
const project = await mkdtemp(join(tmpdir(), 'zohokit-bundle-'));
const sizes = new Map<string, Size>();
try {
  await mkdir(join(project, 'node_modules'));
  await symlink(root, join(project, 'node_modules', 'zohokit'));
  for (const [name, source] of Object.entries(WORKERS)) sizes.set(name, await bundle(source, project));
} finally {
  await rm(project, { recursive: true, force: true });
}

console.log('Cloudflare Worker bundles (esbuild, minified, one file)');
console.log(`  ${'worker'.padEnd(16)} ${'minified'.padStart(10)} ${'gzipped'.padStart(10)}`);
for (const [name, size] of sizes) console.log(`  ${name.padEnd(16)} ${kb(size.minified).padStart(10)} ${kb(size.gzipped).padStart(10)}`);
const crm = sizes.get('CRM only')!;
const all = sizes.get('all products')!;
console.log(`  CRM only ÷ all products: ${(crm.minified / all.minified).toFixed(2)} minified, ${(crm.gzipped / all.gzipped).toFixed(2)} gzipped`);

for (const [name, size] of sizes) {
  // Only the notification payload check uses zod, and loads it lazily: a worker that
  // receives no notifications should not carry it.
  const zod = areas(size.metafile).get('zod') ?? 0;
  console.log(`  ${name}: zod ${zod > 0 ? `bundled (${kb(zod)})` : 'not bundled'}`);
}

for (const [name, size] of sizes) {
  const top = [...areas(size.metafile)].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`\n  ${name}: largest parts (minified bytes in the bundle)`);
  for (const [area, bytes] of top) console.log(`    ${area.padEnd(28)} ${kb(bytes).padStart(10)}`);
}
