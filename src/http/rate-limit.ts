/**
 * The rate-limit and credit headers of a CRM answer, when Zoho sends them.
 *
 * Zoho CRM sends `X-ACCESSTOKEN-RESET` (when the access token used expires). Zoho's SDKs
 * also read `X-RATELIMIT-LIMIT`, `-REMAINING`, `-RESET`, `-DAY-LIMIT` and `-DAY-REMAINING`,
 * which the pre-credit API sent; they are passed on when an answer carries them. Credits
 * themselves are not reported per answer by Zoho (see Setup → APIs → API usage).
 */
export interface RateLimitInfo {
  /** `X-ACCESSTOKEN-RESET`: when the access token that signed the call expires (ISO 8601). */
  accessTokenReset?: string;
  /** `X-RATELIMIT-LIMIT`: calls allowed in the current window. */
  limit?: number;
  /** `X-RATELIMIT-REMAINING`: calls left in the current window. */
  remaining?: number;
  /** `X-RATELIMIT-RESET`: when the current window resets. */
  reset?: string;
  /** `X-RATELIMIT-DAY-LIMIT`: calls allowed today. */
  dayLimit?: number;
  /** `X-RATELIMIT-DAY-REMAINING`: calls left today. */
  dayRemaining?: number;
}

const NUMBERS = { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining', dayLimit: 'x-ratelimit-day-limit', dayRemaining: 'x-ratelimit-day-remaining' } as const;

/** Reads the headers above from an answer; absent headers stay absent. */
export function rateLimitOf(headers: Headers | undefined): RateLimitInfo {
  const info: RateLimitInfo = {};
  if (!headers) return info;
  const reset = headers.get('x-accesstoken-reset');
  if (reset !== null) info.accessTokenReset = reset;
  const windowReset = headers.get('x-ratelimit-reset');
  if (windowReset !== null) info.reset = windowReset;
  for (const [key, name] of Object.entries(NUMBERS) as [keyof typeof NUMBERS, string][]) {
    const value = headers.get(name);
    if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) info[key] = Number(value);
  }
  return info;
}
