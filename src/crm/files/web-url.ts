/**
 * Whether `value` is an http(s) URL: what CRM accepts as an attachment link. Shared by the
 * client (which refuses a bad link before sending) and the simulator (which answers
 * INVALID_URL_PATTERN), so both draw the line in the same place.
 */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch (error) {
    void error; // not parseable: not a URL at all
    return false;
  }
}
