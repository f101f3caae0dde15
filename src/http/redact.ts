/**
 * Secret redaction for everything that leaves the transport as text: log lines, error
 * messages, body excerpts. Two nets: (1) the values of keys that hold secrets, in JSON,
 * form bodies and query strings; (2) any exact secret we were told about (client secret,
 * tokens the token manager has seen), wherever it appears.
 */

const SECRET_KEYS = [
  'access_token', 'refresh_token', 'client_secret', 'code', 'token', 'id_token',
  'accessToken', 'refreshToken', 'clientSecret', 'grant_token', 'password',
];
const KEY_ALTERNATION = SECRET_KEYS.join('|');
// "key":"value" in JSON.
const JSON_PAIR = new RegExp(`("(?:${KEY_ALTERNATION})"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)(")`, 'g');
// key=value in query strings and form bodies.
const FORM_PAIR = new RegExp(`((?:^|[?&\\s])(?:${KEY_ALTERNATION})=)([^&\\s"]*)`, 'g');
// Authorization headers, whatever the scheme.
const AUTH_HEADER = /((?:Zoho-oauthtoken|Bearer)\s+)[^\s",]+/gi;
// Zoho tokens and grant codes look like 1000.<hex>.<hex>.
const ZOHO_TOKEN = /\b1000\.[0-9a-f]{16,}\.[0-9a-f]{16,}\b/gi;

export const REDACTED = '[REDACTED]';
// A Zoho token or grant code and nothing else: the pattern above already catches these
// wherever they appear, so they need not be remembered one by one.
const ZOHO_TOKEN_EXACT = /^1000\.[0-9a-f]{16,}\.[0-9a-f]{16,}$/i;
// Runs of the characters secrets are made of (client secrets, opaque tokens). Every run of a
// line is looked up in a Set: the cost follows the line's length, not how many secrets we know.
const WORD = /^[A-Za-z0-9._~-]+$/;
const WORD_RUNS = /[A-Za-z0-9._~-]{8,}/g;
const EDGES = /^[._~-]+|[._~-]+$/g;
const MAX_SECRETS = 10_000;
// Up to this many, searching the line for each is cheaper than scanning its runs.
const FEW_SECRETS = 16;
// Secrets with other characters (`+`, `/`...) are searched for one by one: there are few.
const MAX_ODD_SECRETS = 64;

export class Redactor {
  readonly #words = new Set<string>();
  readonly #odd = new Set<string>();

  /** Registers an exact secret; short strings are ignored so we do not redact "a". */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 8 || ZOHO_TOKEN_EXACT.test(secret)) return;
    const set = WORD.test(secret) ? this.#words : this.#odd;
    if (set.has(secret)) return;
    set.add(secret);
    // Bounded: a long-lived process may see a new opaque token per user per hour. The oldest
    // are long expired.
    if (set.size > (set === this.#words ? MAX_SECRETS : MAX_ODD_SECRETS)) {
      set.delete(set.values().next().value!); // over the bound, so never empty
    }
  }

  redact(text: string): string {
    let out = text
      .replace(JSON_PAIR, `$1${REDACTED}$3`)
      .replace(FORM_PAIR, `$1${REDACTED}`)
      .replace(AUTH_HEADER, `$1${REDACTED}`)
      .replace(ZOHO_TOKEN, REDACTED);
    if (this.#words.size > FEW_SECRETS) out = out.replace(WORD_RUNS, this.#maskRun);
    else for (const secret of this.#words) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    for (const secret of this.#odd) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  /** A run that is a secret, or one with punctuation stuck to it ("…token abc123def."). */
  readonly #maskRun = (run: string): string => {
    if (this.#words.has(run)) return REDACTED;
    const core = run.replace(EDGES, '');
    return core !== run && this.#words.has(core) ? run.replace(core, REDACTED) : run;
  };
}
