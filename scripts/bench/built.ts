/**
 * Benchmarks measure what users run: the tsc build in dist/, not the sources as tsx
 * transpiles them on the fly. The difference is not small: tsx keeps function names by
 * wrapping every named closure in a helper call, which costs several µs per request in a
 * transport made of small closures. The types still come from src/.
 *
 * The bench:* npm scripts build first; run `npm run build` before calling tsx directly.
 */
import type * as Zohokit from '../../src/index.js';
import type * as Testing from '../../src/testing/index.js';
import type * as Persistence from '../../persistence/index.js';
import type * as ZohoRequestModule from '../../src/http/zoho-request.js';
import type * as DirectCallModule from '../../src/direct-call.js';

async function load<T>(path: string): Promise<T> {
  const url = new URL(path, import.meta.url);
  try {
    return (await import(url.href)) as T;
  } catch (error) {
    throw new Error(`cannot load ${url.pathname}: run \`npm run build\` first`, { cause: error });
  }
}

export const zohokit = await load<typeof Zohokit>('../../dist/src/index.js');
export const testing = await load<typeof Testing>('../../dist/src/testing/index.js');
export const persistence = await load<typeof Persistence>('../../dist/persistence/index.js');
/** zohokit's lazy Request and its core without layers (internal; for bench:transport's ceiling). */
export const zohoRequest = await load<typeof ZohoRequestModule>('../../dist/src/http/zoho-request.js');
export const directCallModule = await load<typeof DirectCallModule>('../../dist/src/direct-call.js');
