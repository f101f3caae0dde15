/**
 * Zoho's official TypeScript SDK (@zohocrm/typescript-sdk-8.0, a devDependency used only by
 * benchmarks), set up against the simulator and reduced to the two calls the comparison
 * makes: list a page of records and insert a batch.
 *
 * The SDK is loaded with require() and described by the few members used here, so the
 * project's type check does not have to load its ~1,700 declaration files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The members of the SDK's OAuthToken that a token store touches. */
interface SdkToken {
  getId(): string | null | undefined;
  setId(id: string | null): void;
  getClientId(): string | null | undefined;
  setClientId(id: string): void;
  getClientSecret(): string | null | undefined;
  setClientSecret(secret: string): void;
  getGrantToken(): string | null | undefined;
  setGrantToken(code: string | null): void;
  getRefreshToken(): string | null | undefined;
  setRefreshToken(token: string | null): void;
  getAccessToken(): string | null | undefined;
  setAccessToken(token: string | null): void;
  getExpiresIn(): string | null | undefined;
  setExpiresIn(expiresIn: string): void;
  getAPIDomain(): string | null | undefined;
  setAPIDomain(domain: string): void;
}

interface SdkApiResponse {
  getStatusCode(): number;
  getObject(): unknown;
}

interface SdkRecord {
  addKeyValue(apiName: string, value: unknown): void;
}

type SdkClass<T = unknown> = new (...args: never[]) => T;

interface OAuthBuilder {
  clientId(id: string): OAuthBuilder;
  clientSecret(secret: string): OAuthBuilder;
  grantToken(code: string): OAuthBuilder;
  refreshToken(token: string): OAuthBuilder;
  findUser(find: boolean): OAuthBuilder;
  build(): SdkToken;
}

interface InitializeBuilder {
  environment(environment: object): InitializeBuilder;
  token(token: SdkToken): InitializeBuilder;
  store(store: object): InitializeBuilder;
  SDKConfig(config: object): InitializeBuilder;
  resourcePath(path: string): InitializeBuilder;
  logger(logger: object): InitializeBuilder;
  initialize(): Promise<void>;
}

interface ConfigBuilder {
  pickListValidation(validate: boolean): ConfigBuilder;
  autoRefreshFields(refresh: boolean): ConfigBuilder;
  build(): object;
}

interface LogBuilder {
  level(level: string): LogBuilder;
  filePath(path: string | null): LogBuilder;
  build(): object;
}

/** The part of the SDK's module namespace the benchmark uses. */
export interface SdkModule {
  Environment: new (url: string, accountsUrl: string, fileUploadUrl: string) => object;
  OAuthBuilder: new () => OAuthBuilder;
  OAuthToken: new () => SdkToken;
  InitializeBuilder: new () => InitializeBuilder;
  FileStore: new (path: string) => { saveToken(token: SdkToken): Promise<void> };
  SDKConfigBuilder: new () => ConfigBuilder;
  LogBuilder: new () => LogBuilder;
  Levels: { OFF: string };
  ParameterMap: new () => { add(param: unknown, value: unknown): Promise<void> };
  Converter: { getEncodedFileName(): Promise<string> };
  Record: {
    RecordOperations: new (moduleApiName: string) => {
      getRecords(params: object, headers?: object): Promise<SdkApiResponse>;
      createRecords(body: object, headers?: object): Promise<SdkApiResponse>;
    };
    GetRecordsParam: { FIELDS: unknown; PER_PAGE: unknown };
    Record: new () => SdkRecord;
    BodyWrapper: new () => { setData(records: SdkRecord[]): void };
    ResponseWrapper: SdkClass<{ getData(): SdkRecord[] }>;
    ActionWrapper: SdkClass<{ getData(): unknown[] }>;
    SuccessResponse: SdkClass;
    APIException: SdkClass<{ getCode(): { getValue(): string }; getMessage(): { getValue(): string } }>;
  };
}

/** Loads the SDK's CommonJS entry; every file of the package is required eagerly by it. */
export function loadOfficialSdk(): SdkModule {
  return createRequire(import.meta.url)('@zohocrm/typescript-sdk-8.0') as SdkModule;
}

interface TokenRow {
  clientId: string | null;
  clientSecret: string | null;
  grant: string | null;
  refresh: string | null;
  access: string | null;
  expires: string | null;
  domain: string | null;
}

/**
 * An in-memory token store with the FileStore's semantics (match on grant or refresh token,
 * look up by id, fill only what the caller's token lacks), so the SDK's per-request token
 * lookup costs a Map read instead of reading and splitting the whole CSV file, which is what
 * its FileStore does on every call. The fairest store to give it.
 */
class MemoryStore {
  readonly #rows = new Map<string, TokenRow>();
  #nextId = 1;

  constructor(private readonly newToken: () => SdkToken) {}

  async findToken(token: SdkToken): Promise<SdkToken | null> {
    for (const [id, row] of this.#rows) {
      const sameGrant = row.grant !== null && row.grant === token.getGrantToken();
      const sameRefresh = row.refresh !== null && row.refresh === token.getRefreshToken();
      if (sameGrant || sameRefresh) return fill(token, id, row);
    }
    return null;
  }

  /** Once a token has been saved it carries an id, and the SDK looks it up by id on every call. */
  async findTokenById(id: string): Promise<SdkToken> {
    const row = this.#rows.get(id);
    if (!row) throw new Error(`no token with id ${id}`);
    return fill(this.newToken(), id, row);
  }

  async saveToken(token: SdkToken): Promise<void> {
    const id = token.getId() ?? String(this.#nextId++);
    token.setId(id);
    this.#rows.set(id, {
      clientId: token.getClientId() ?? null,
      clientSecret: token.getClientSecret() ?? null,
      grant: token.getGrantToken() ?? null,
      refresh: token.getRefreshToken() ?? null,
      access: token.getAccessToken() ?? null,
      expires: token.getExpiresIn() ?? null,
      domain: token.getAPIDomain() ?? null,
    });
  }

  async deleteToken(id: string): Promise<void> {
    this.#rows.delete(id);
  }

  async getTokens(): Promise<SdkToken[]> {
    return [...this.#rows].map(([id, row]) => fill(this.newToken(), id, row));
  }

  async deleteTokens(): Promise<void> {
    this.#rows.clear();
  }
}

/**
 * FileStore.setMergeData: copy the stored values the token does not have yet. A token made by
 * `new OAuthToken()` holds undefined where a built one holds null; the SDK tests `== null`.
 */
function fill(token: SdkToken, id: string, row: TokenRow): SdkToken {
  const missing = (value: string | null | undefined): boolean => value === null || value === undefined;
  if (missing(token.getId())) token.setId(id);
  if (missing(token.getClientId())) token.setClientId(row.clientId ?? '');
  if (missing(token.getClientSecret())) token.setClientSecret(row.clientSecret ?? '');
  if (missing(token.getGrantToken())) token.setGrantToken(row.grant);
  if (missing(token.getRefreshToken())) token.setRefreshToken(row.refresh);
  if (missing(token.getAccessToken())) token.setAccessToken(row.access);
  if (missing(token.getExpiresIn()) && row.expires !== null) token.setExpiresIn(row.expires);
  if (missing(token.getAPIDomain()) && row.domain !== null) token.setAPIDomain(row.domain);
  return token;
}

export interface OfficialSdkOptions {
  /** The simulator's base URL, used as API, accounts and content domain. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** A grant code for the SDK's own grant-token flow. */
  code: string;
  /**
   * Exchanges `code` another way, for when the SDK's own exchange fails. Returns the tokens
   * the SDK would have stored.
   */
  exchangeCode: (code: string) => Promise<{ accessToken: string; refreshToken: string; expiresInSeconds: number }>;
  /** Temp directory for the SDK's resource files (module field metadata) and token file. */
  dir: string;
  /** Field metadata to write into the SDK's cache, keyed by module API name, when the simulator lacks /settings/fields. */
  seedFields?: Record<string, string[]>;
  /** 'memory' (the store above) or 'file' (the SDK's own FileStore, its default). */
  store: 'memory' | 'file';
}

export interface OfficialSdkClient {
  list(module: string, fields: string, perPage: number): Promise<number>;
  create(module: string, records: Array<Record<string, string>>): Promise<number>;
  /** What had to be arranged so the SDK could run against the simulator. */
  notes: string[];
}

/**
 * Initialises the SDK (a process-wide singleton) against the simulator: a custom Environment
 * whose API, accounts and content URLs are the simulator's, logging off, picklist
 * validation off, and findUser off (it would add a /users call when a token is saved).
 */
export async function startOfficialSdk(sdk: SdkModule, options: OfficialSdkOptions): Promise<OfficialSdkClient> {
  const notes: string[] = [];
  // The SDK posts the token request to the accounts URL as given, so it must name the endpoint.
  const environment = new sdk.Environment(options.url, `${options.url}/oauth/v2/token`, options.url);
  const config = new sdk.SDKConfigBuilder().pickListValidation(false).autoRefreshFields(false).build();
  const logger = new sdk.LogBuilder().level(sdk.Levels.OFF).filePath(null).build();
  const store = options.store === 'memory' ? new MemoryStore(() => new sdk.OAuthToken()) : new sdk.FileStore(join(options.dir, 'sdk_tokens.txt'));
  await mkdir(options.dir, { recursive: true });

  const initialize = async (token: SdkToken): Promise<void> => {
    const builder = new sdk.InitializeBuilder();
    // The builder's constructor starts an async task that copies the token and environment of
    // any earlier initialisation into it; let it finish before setting ours, or it overwrites them.
    await new Promise((resolve) => setImmediate(resolve));
    await builder.environment(environment).token(token).store(store).SDKConfig(config).resourcePath(options.dir).logger(logger).initialize();
  };

  const grantToken = new sdk.OAuthBuilder().clientId(options.clientId).clientSecret(options.clientSecret).grantToken(options.code).findUser(false).build();
  try {
    await initialize(grantToken);
  } catch (error) {
    // The SDK sends the token request as multipart/form-data; a simulator that reads only
    // urlencoded bodies refuses it. Seed the store with a token exchanged the Zoho-documented
    // way, which is what the SDK would have stored, and carry on.
    notes.push(`its own grant-code exchange failed (${describe(error)}); its store was seeded with a token exchanged via an urlencoded POST`);
    const tokens = await options.exchangeCode(options.code);
    const token = new sdk.OAuthBuilder().clientId(options.clientId).clientSecret(options.clientSecret).refreshToken(tokens.refreshToken).findUser(false).build();
    token.setAccessToken(tokens.accessToken);
    token.setExpiresIn(String(Date.now() + tokens.expiresInSeconds * 1000));
    token.setAPIDomain(options.url);
    await store.saveToken(token);
    await initialize(token);
  }

  if (options.seedFields) {
    // The shape Utility.getFieldsDetails writes after reading /settings/fields.
    const cache = Object.fromEntries(
      Object.entries(options.seedFields).map(([module, fields]) => [
        module.toLowerCase(),
        Object.fromEntries(fields.map((field) => [field, { name: field, type: 'String', ...(field === 'Last_Name' ? { required: true } : {}) }])),
      ]),
    );
    const file = await sdk.Converter.getEncodedFileName();
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, JSON.stringify(cache));
    notes.push(`its module field cache was pre-written for ${Object.keys(options.seedFields).join(', ')}, because the simulator does not serve GET /crm/v8/settings/fields`);
  }

  return {
    notes,
    async list(module, fields, perPage) {
      const params = new sdk.ParameterMap();
      await params.add(sdk.Record.GetRecordsParam.FIELDS, fields);
      await params.add(sdk.Record.GetRecordsParam.PER_PAGE, perPage);
      const response = await new sdk.Record.RecordOperations(module).getRecords(params);
      const body = response.getObject();
      if (!(body instanceof sdk.Record.ResponseWrapper)) throw new Error(`official SDK list: HTTP ${response.getStatusCode()} ${explain(sdk, body)}`);
      return body.getData().length;
    },
    async create(module, records) {
      const body = new sdk.Record.BodyWrapper();
      body.setData(
        records.map((values) => {
          const record = new sdk.Record.Record();
          for (const [key, value] of Object.entries(values)) record.addKeyValue(key, value);
          return record;
        }),
      );
      const response = await new sdk.Record.RecordOperations(module).createRecords(body);
      const answer = response.getObject();
      if (!(answer instanceof sdk.Record.ActionWrapper)) throw new Error(`official SDK create: HTTP ${response.getStatusCode()} ${explain(sdk, answer)}`);
      const results = answer.getData();
      const failed = results.find((result) => !(result instanceof sdk.Record.SuccessResponse));
      if (failed) throw new Error(`official SDK create: ${explain(sdk, failed)}`);
      return results.length;
    },
  };
}

function explain(sdk: SdkModule, body: unknown): string {
  if (body instanceof sdk.Record.APIException) return `${body.getCode().getValue()}: ${body.getMessage().getValue()}`;
  return String(body);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // SDKException puts its code (e.g. INVALID_TOKEN_ERROR) beside the message.
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
