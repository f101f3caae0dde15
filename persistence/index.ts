/**
 * `zohokit/persistence`: the TokenStore contract and the stores that need nothing but
 * Node. MySQLTokenStore has its own entry, `zohokit/persistence/mysql`, so that mysql2 is
 * only needed by those who use it.
 */
export { ANY_CLIENT, assertCompleteToken, sameTokenKey, tokenKeyId, type StoredToken, type TokenKey, type TokenStore } from './token-store.js';
export { MemoryTokenStore } from './memory-token-store.js';
export { FileTokenStore, type FileTokenStoreOptions } from './file-token-store.js';
