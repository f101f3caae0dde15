/**
 * Turns a mysql2 failure into a ZohoStoreError that is safe to log. The driver's own
 * error is not kept as the cause: its `sql` may carry bound values, and some server
 * messages quote the offending value ("Duplicate entry '...'"), which may be a token.
 */
import { ZohoStoreError } from '../src/errors.js';

export function mysqlStoreError(action: string, error: unknown): ZohoStoreError {
  if (error instanceof ZohoStoreError) return error;
  const code = field(error, 'code');
  const errno = field(error, 'errno');
  const sqlState = field(error, 'sqlState');
  const message = redactValues(String(field(error, 'message') ?? error));
  return new ZohoStoreError(`MySQLTokenStore could not ${action}: ${message}`, {
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    cause: { code, errno, sqlState },
  });
}

// Server messages that quote data: "Duplicate entry 'x' for key", "Incorrect string
// value: 'x' for column", "Truncated incorrect ... value: 'x'".
function redactValues(message: string): string {
  return message.replace(/\b(entry|value:?) '(?:[^'\\]|\\.)*'/gi, "$1 '[redacted]'");
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}
