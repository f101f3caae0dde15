/**
 * The README's custom-store example, run through the conformance suite: a store over any
 * key-value service (here a Map standing in for Redis, DynamoDB, Workers KV...).
 */
import * as vitest from 'vitest';
import { assertCompleteToken, tokenKeyId, type StoredToken, type TokenKey, type TokenStore } from '../../persistence/index.js';
import { describeTokenStoreConformance } from '../../src/testing/index.js';

/** A key-value service with string values, like Redis or Workers KV. */
interface KeyValue {
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  keys(prefix: string): Promise<string[]>;
}

export class KeyValueTokenStore implements TokenStore {
  constructor(
    private readonly kv: KeyValue,
    private readonly prefix = 'zohokit:',
  ) {}

  async get(key: TokenKey): Promise<StoredToken | undefined> {
    const raw = await this.kv.get(this.prefix + tokenKeyId(key));
    return raw === undefined ? undefined : (JSON.parse(raw) as StoredToken);
  }

  async set(token: StoredToken): Promise<void> {
    assertCompleteToken(token);
    await this.kv.put(this.prefix + tokenKeyId(token), JSON.stringify(token));
  }

  async delete(key: TokenKey): Promise<void> {
    await this.kv.remove(this.prefix + tokenKeyId(key));
  }

  async list(): Promise<StoredToken[]> {
    const keys = await this.kv.keys(this.prefix);
    const values = await Promise.all(keys.map((key) => this.kv.get(key)));
    return values.filter((v): v is string => v !== undefined).map((v) => JSON.parse(v) as StoredToken);
  }
}

function mapKeyValue(): KeyValue {
  const map = new Map<string, string>();
  return {
    get: async (key) => map.get(key),
    put: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
    keys: async (prefix) => [...map.keys()].filter((key) => key.startsWith(prefix)),
  };
}

describeTokenStoreConformance(vitest, 'KeyValueTokenStore (README example)', () => new KeyValueTokenStore(mapKeyValue()), { withLock: false });
