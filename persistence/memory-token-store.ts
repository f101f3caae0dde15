import { assertCompleteToken, tokenKeyId, type StoredToken, type TokenKey, type TokenStore } from './token-store.js';

/**
 * Keeps tokens in this process only. The default store: right for tests, scripts and
 * short-lived workers; a restart forgets every grant.
 *
 * @example
 * import { MemoryTokenStore } from 'zohokit/persistence';
 *
 * const store = new MemoryTokenStore([{ user: 'ana@example.com', clientId: '1000.XXXX', environment: 'production', refreshToken: process.env.ZOHO_REFRESH_TOKEN! }]);
 * const zoho = createZoho({ credentials: { clientId: '1000.XXXX', clientSecret: 'secret' }, store });
 */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();

  constructor(initial: Iterable<StoredToken> = []) {
    for (const token of initial) {
      assertCompleteToken(token);
      this.#tokens.set(tokenKeyId(token), copy(token));
    }
  }

  async get(key: TokenKey): Promise<StoredToken | undefined> {
    const found = this.#tokens.get(tokenKeyId(key));
    return found && copy(found);
  }

  async set(token: StoredToken): Promise<void> {
    assertCompleteToken(token);
    this.#tokens.set(tokenKeyId(token), copy(token));
  }

  async delete(key: TokenKey): Promise<void> {
    this.#tokens.delete(tokenKeyId(key));
  }

  async list(): Promise<StoredToken[]> {
    return [...this.#tokens.values()].map(copy);
  }
}

// Copies keep callers from mutating the store's state behind its back.
function copy(token: StoredToken): StoredToken {
  return { ...token, ...(token.scopes ? { scopes: [...token.scopes] } : {}) };
}
