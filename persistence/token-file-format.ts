/**
 * The JSON that FileTokenStore keeps on disk:
 *
 *   { "format": "zohokit-tokens", "version": 1, "tokens": [ StoredToken, ... ] }
 *
 * Parsing is strict: a file that is not this shape is reported, never treated as empty,
 * because overwriting it would destroy refresh tokens that cannot be recovered without
 * asking every user to authorise again.
 */
import { ZohoStoreError } from '../src/errors.js';
import type { StoredToken } from './token-store.js';

const FORMAT = 'zohokit-tokens';
const VERSION = 1;

export function serializeTokenFile(tokens: readonly StoredToken[]): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, tokens: tokens.map(pickStoredToken) }, null, 2)}\n`;
}

/** Parses the file's text. `path` is only used in error messages. */
export function parseTokenFile(text: string, path: string): StoredToken[] {
  // An empty file holds no tokens, so reading it as an empty store loses nothing.
  if (text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not passed on as the cause: V8's message quotes the text around the error, and the
    // text holds refresh tokens.
    throw corrupt(path, 'it is not valid JSON');
  }
  if (!isRecord(parsed) || parsed['format'] !== FORMAT || !Array.isArray(parsed['tokens'])) {
    throw corrupt(path, 'it is not a zohokit token file');
  }
  if (parsed['version'] !== VERSION) {
    throw corrupt(path, `its version ${String(parsed['version'])} is not ${VERSION}`);
  }
  return parsed['tokens'].map((entry: unknown, index) => {
    const token = toStoredToken(entry);
    if (!token) throw corrupt(path, `entry ${index} is not a valid token`);
    return token;
  });
}

/** Only the fields the contract defines, without undefined values. */
export function pickStoredToken(token: StoredToken): StoredToken {
  return {
    user: token.user,
    clientId: token.clientId,
    environment: token.environment,
    refreshToken: token.refreshToken,
    ...(token.accessToken !== undefined && { accessToken: token.accessToken }),
    ...(token.expiresAt !== undefined && { expiresAt: token.expiresAt }),
    ...(token.apiDomain !== undefined && { apiDomain: token.apiDomain }),
    ...(token.dataCenter !== undefined && { dataCenter: token.dataCenter }),
    ...(token.scopes !== undefined && { scopes: [...token.scopes] }),
  };
}

function toStoredToken(entry: unknown): StoredToken | undefined {
  if (!isRecord(entry)) return undefined;
  const { user, clientId, environment, refreshToken, accessToken, expiresAt, apiDomain, dataCenter, scopes } = entry;
  const required = [user, clientId, environment, refreshToken];
  if (!required.every((value) => typeof value === 'string')) return undefined;
  const optionalStrings = [accessToken, apiDomain, dataCenter];
  if (!optionalStrings.every((value) => value === undefined || typeof value === 'string')) return undefined;
  if (expiresAt !== undefined && typeof expiresAt !== 'number') return undefined;
  if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((scope) => typeof scope === 'string'))) {
    return undefined;
  }
  return pickStoredToken(entry as unknown as StoredToken);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function corrupt(path: string, why: string): ZohoStoreError {
  // Never quote the content: it holds refresh tokens.
  return new ZohoStoreError(`The token file ${path} cannot be read because ${why}. It was left untouched; fix or move it.`);
}
