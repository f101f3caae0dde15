/**
 * The file name a Content-Disposition header carries: RFC 5987's `filename*=UTF-8''...`
 * when present (it is the only form that can hold any Unicode name), else `filename`,
 * quoted or bare. Undefined when there is none or it cannot be decoded.
 */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^';]*)'[^']*'([^;]*)/i.exec(header);
  if (extended) {
    // Group 1 always takes part in a match (it may be empty), so it is always a string.
    const charset = extended[1]!.trim().toLowerCase();
    const decoded = decodePercent(extended[2]!.trim(), charset);
    if (decoded !== undefined) return decoded;
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  const bare = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare?.[1];
}

function decodePercent(value: string, charset: string): string | undefined {
  if (charset === 'utf-8' || charset === '') {
    try {
      return decodeURIComponent(value);
    } catch (error) {
      // Malformed escapes: fall back to the plain `filename` parameter.
      void error;
      return undefined;
    }
  }
  if (charset === 'iso-8859-1') {
    return value.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return undefined;
}
