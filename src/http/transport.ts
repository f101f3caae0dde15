import { attemptLayer } from './attempt.js';
import { authLayer, type AccessTokenSource } from './auth.js';
import type { Budget } from './budget/budget.js';
import { budgetLayer } from './budget/budget-layer.js';
import { compose, type FetchFn, type Handler, type Layer } from './handler.js';
import { loggerLayer, type RedactingLogger } from './logger.js';
import type { Redactor } from './redact.js';
import { retryLayer } from './retry.js';
import type { RetryPolicy } from './retry-policy.js';

export interface TransportOptions {
  /** Undefined: the global fetch, given URL and init (see compose). */
  fetch: FetchFn | undefined;
  retry: RetryPolicy;
  /** The org's request budget (slots, credits, paced windows), shared or per process. */
  budget: Budget;
  timeoutMs: number;
  logger: RedactingLogger;
  redactor: Redactor;
}

/**
 * The whole request path in one place, outermost first:
 *
 *   retry → budget → auth → attempt → log → fetch
 *
 * - retry is outermost so a backoff wait holds no budget slot (src/http/budget/);
 * - auth sits inside retry so each attempt takes the freshest token, and inside it the
 *   attempt has already turned "token refused" into a ZohoAuthError it can act on;
 * - the attempt (attempt.ts) sends under the time limit, reads the body within it, and
 *   normalises the answer (normalise.ts).
 */
export function createApiTransport(options: TransportOptions, tokens: AccessTokenSource, apiOrigin: string): Handler {
  const layers: Layer[] = [
    retryLayer(options.retry, {
      onRetry: ({ request, attempt, delayMs, error }) =>
        options.logger.log('info', `retrying ${request.method} ${request.url} in ${delayMs} ms after attempt ${attempt}: ${error.message}`),
    }),
    budgetLayer(options.budget),
    authLayer(tokens, { apiOrigin }),
    attemptLayer({ redactor: options.redactor, timeoutMs: options.timeoutMs, race: options.fetch !== undefined }),
    ...(options.logger.enabled ? [loggerLayer(options.logger)] : []),
  ];
  return compose(layers, options.fetch);
}

/** Accounts' OAuth calls: same pipeline without auth (they carry the client secret instead). */
export function createAccountsTransport(options: TransportOptions): Handler {
  return compose(
    [
      retryLayer({ ...options.retry, maxRetries: Math.min(options.retry.maxRetries, 2) }),
      attemptLayer({ redactor: options.redactor, timeoutMs: options.timeoutMs, race: options.fetch !== undefined }),
      ...(options.logger.enabled ? [loggerLayer(options.logger)] : []),
    ],
    options.fetch,
  );
}
