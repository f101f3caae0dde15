/**
 * `zohokit/persistence`: the TokenStore contract and what runs on any runtime (Node, Deno,
 * Bun, Cloudflare Workers, browsers). Stores that need Node have their own entries, so that
 * importing this one pulls in no Node module: `zohokit/persistence/file` (FileTokenStore,
 * which needs node:fs) and `zohokit/persistence/mysql` (MySQLTokenStore, which needs mysql2).
 * The conformance suite for your own store is in `zohokit/testing`.
 */
export { ANY_CLIENT, assertCompleteToken, sameTokenKey, tokenKeyId, type StoredToken, type TokenKey, type TokenStore } from './token-store.js';
export { MemoryTokenStore } from './memory-token-store.js';
