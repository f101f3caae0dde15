import { delegateOnFirstUse } from './delegate-to-real.js';

/**
 * A successful JSON answer whose body the transport has read and parsed, as the Response
 * handed to openapi-fetch and to user code: a Response to anyone who looks (`instanceof
 * Response`, status, headers, every method), answering json() and text() from the one read.
 * Anything else that needs a body (arrayBuffer(), blob(), clone().body) gets a standard
 * Response rebuilt from the text, built only then.
 *
 * Why not hand on undici's Response with json() and text() replaced, as zohokit once did:
 * own properties added to it give it a new hidden class on every call, and this object
 * costs less to build than those assignments. It is measured together with directCall
 * and reading JSON with text() rather than arrayBuffer() (see src/direct-call.ts).
 */
export interface ReadResponse extends Response {}

export class ReadResponse {
  /** The parsed body: what json() answers, and what the shape check reads. */
  readonly value: unknown;
  readonly #text: string;
  readonly #source: Response;
  readonly #headers: Headers | undefined;
  #real: Response | undefined;

  /** `headers` replaces the source's (see withLength). */
  constructor(source: Response, text: string, value: unknown, headers?: Headers) {
    complete();
    this.#source = source;
    this.#text = text;
    this.value = value;
    this.#headers = headers;
  }

  get status(): number {
    return this.#source.status;
  }

  get statusText(): string {
    return this.#source.statusText;
  }

  get ok(): boolean {
    return this.#source.ok;
  }

  get headers(): Headers {
    return this.#headers ?? this.#source.headers;
  }

  get url(): string {
    return this.#source.url;
  }

  get redirected(): boolean {
    return this.#source.redirected;
  }

  get type(): ResponseType {
    return this.#source.type;
  }

  get body(): Response['body'] {
    return this.real().body;
  }

  get bodyUsed(): boolean {
    return this.#real?.bodyUsed ?? false;
  }

  /** The value parsed once; every call answers the same object. */
  json(): Promise<unknown> {
    return Promise.resolve(this.value);
  }

  text(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  clone(): Response {
    return new ReadResponse(this.#source, this.#text, this.value, this.#headers);
  }

  /**
   * The same answer, saying how long its body is where the server did not (Zoho answers
   * chunked). openapi-fetch reads a JSON body without a Content-Length with text() and
   * parses it again; with one, it calls json(), which answers the value parsed once.
   */
  withLength(): ReadResponse {
    if (this.headers.has('content-length')) return this;
    const headers = new Headers(this.headers);
    headers.set('content-length', String(UTF8.encode(this.#text).byteLength));
    return new ReadResponse(this.#source, this.#text, this.value, headers);
  }

  /** A standard Response with the same status, headers and body, built once, for whoever needs the real thing. */
  real(): Response {
    return (this.#real ??= new Response(this.#text, { status: this.status, statusText: this.statusText, headers: this.headers }));
  }
}

const UTF8 = new TextEncoder();

const complete = delegateOnFirstUse(ReadResponse, () => Response);
