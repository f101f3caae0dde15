import { ZohoConfigError } from './errors.js';

/** The Node built-ins zohokit's core may load, for the few features that need them. */
interface NodeBuiltins {
  fs: typeof import('node:fs');
  'fs/promises': typeof import('node:fs/promises');
  async_hooks: typeof import('node:async_hooks');
}

/**
 * Loads a Node built-in only when a feature that needs it is used (a file path, `runAs`).
 * The specifier is built at run time so that bundlers (esbuild, wrangler, Vite) leave the
 * import alone: a bundle for Cloudflare Workers or a browser neither fails to resolve it
 * nor hoists it to the top, where it would break code that never uses the feature.
 * Where the runtime has no such module, the error says what to use instead.
 */
export async function nodeBuiltin<K extends keyof NodeBuiltins>(name: K, feature: string, instead: string): Promise<NodeBuiltins[K]> {
  const specifier = ['node', name].join(':');
  try {
    return (await import(/* @vite-ignore */ specifier)) as NodeBuiltins[K];
  } catch (error) {
    throw new ZohoConfigError(feature, `needs Node's "node:${name}", which this runtime does not offer; ${instead}`, { cause: error });
  }
}
