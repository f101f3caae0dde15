import { ZohoAuthError, ZohoConfigError, ZohoConnectionError, ZohoError, ZohoStoreError } from '../errors.js';

/**
 * What the exit status says, so scripts can branch on it:
 * 0 done · 1 unexpected failure · 2 bad usage or config · 3 Zoho refused the credentials ·
 * 4 Zoho answered with an error · 5 Zoho could not be reached · 6 the token store failed.
 */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, auth: 3, api: 4, network: 5, store: 6 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof ZohoConfigError) return EXIT.usage;
  if (error instanceof ZohoAuthError) return EXIT.auth;
  if (error instanceof ZohoConnectionError) return EXIT.network;
  if (error instanceof ZohoStoreError) return EXIT.store;
  if (error instanceof ZohoError) return EXIT.api;
  return EXIT.unexpected;
}

/** One plain line for stderr; `--verbose` adds status, code and details. */
export function describeError(error: unknown, verbose: boolean): string {
  if (!(error instanceof Error)) return `error: ${String(error)}`;
  const lines = [`error: ${explain(error)}`];
  if (verbose && error instanceof ZohoError) {
    lines.push(`  product ${error.product}, status ${error.status ?? '-'}, code ${error.code ?? '-'}, attempts ${error.attempts}`);
    if (error.details !== undefined) lines.push(`  details ${JSON.stringify(error.details)}`);
    if (error.bodyExcerpt) lines.push(`  body ${error.bodyExcerpt}`);
  }
  return lines.join('\n');
}

function explain(error: Error): string {
  if (error instanceof ZohoAuthError) {
    switch (error.reason) {
      case 'no-token':
        return `${error.message}. Run \`zohokit auth\` first.`;
      case 'throttled':
        return `Zoho is throttling token requests for this user; wait ${Math.ceil((error.retryAfterMs ?? 60_000) / 1000)} s and try again.`;
      default:
        return error.message;
    }
  }
  if (error instanceof ZohoConnectionError) return `${error.message} (is the data centre right, and is the network up?)`;
  return error.message;
}
