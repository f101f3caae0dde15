/**
 * A file name safe to send and to write to disk:
 * - the last path segment only, so `../x` or `C:\dir\x` cannot point anywhere;
 * - no control characters: CR/LF would break a multipart header;
 * - double quotes become single quotes: multipart encoders send `"` as `%22`, which servers
 *   that do not decode it (most) would store literally;
 * - never empty, `.` or `..` (then `fallback`).
 * Everything else (apostrophes, semicolons, Unicode, emoji) is kept as is.
 */
export function safeFileName(name: string, fallback: string): string {
  // After the last separator of either kind (lastIndexOf answers -1 for none: the whole name).
  const last = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').replace(/"/g, "'").trim();
  return clean === '' || clean === '.' || clean === '..' ? fallback : clean;
}
