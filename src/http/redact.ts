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
const MAX_SECRETS = 10_000;

export class Redactor {
  readonly #secrets = new Set<string>();

  /** Registers an exact secret; short strings are ignored so we do not redact "a". */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 8 || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    // Bounded: a long-lived process sees a new access token per user per hour. The oldest
    // are long expired, and the Zoho token pattern above still catches them.
    if (this.#secrets.size > MAX_SECRETS) {
      const oldest = this.#secrets.values().next().value;
      if (oldest !== undefined) this.#secrets.delete(oldest);
    }
  }

  redact(text: string): string {
    let out = text
      .replace(JSON_PAIR, `$1${REDACTED}$3`)
      .replace(FORM_PAIR, `$1${REDACTED}`)
      .replace(AUTH_HEADER, `$1${REDACTED}`)
      .replace(ZOHO_TOKEN, REDACTED);
    for (const secret of this.#secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }
}
