import { join } from 'node:path';
import envPaths from 'env-paths';
import { FileTokenStore } from '../../persistence/file-token-store.js';
import type { TokenStore } from '../../persistence/token-store.js';

export interface OpenedStore {
  store: TokenStore;
  /** Where the tokens live, for humans; a MySQL URL loses its password. */
  description: string;
}

/** The file store in the user's config dir (mode 0600), unless `--store` says otherwise. */
export function defaultStorePath(): string {
  return join(envPaths('zohokit', { suffix: '' }).config, 'tokens.json');
}

/** `--store`: a file path, or `mysql://user:pass@host:port/db` for the MySQL store. */
export async function openStore(option: string | undefined): Promise<OpenedStore> {
  if (option?.startsWith('mysql://')) {
    // Loaded only here, so mysql2 is needed only by those who use it.
    const { MySQLTokenStore } = await import('../../persistence/mysql-token-store.js');
    const url = new URL(option);
    url.password = url.password ? '***' : '';
    return { store: new MySQLTokenStore({ uri: option }), description: `MySQL ${url.toString()}` };
  }
  const path = option ?? defaultStorePath();
  return { store: new FileTokenStore(path), description: path };
}
