import { ZohoTimeoutError } from '../errors.js';
import type { Layer } from './handler.js';
import { stripQuery } from './normalise.js';
import { callerSignal } from './zoho-request.js';

/**
 * Aborts an attempt that takes longer than `ms`, reading the body included. The caller's own
 * signal still works: both feed one AbortSignal, and a caller's abort surfaces as the
 * caller's reason.
 *
 * The attempt is raced against the timer, not only handed a signal: a custom `fetch` may
 * return a body stream that ignores the signal, and reading it would otherwise hang for ever
 * (issue #11). Through Node's fetch the signal alone would do; the race costs one promise.
 *
 * The price per attempt is one AbortController and one timer, less than
 * `AbortSignal.timeout()`, which also registers the signal for garbage collection
 * (scripts/bench/transport-layers.ts and transport.ts compare them). A signal shared by many
 * requests would be cheaper here but dearer in Node's fetch, which adds a listener per
 * request to it and drops them only at garbage collection. With `ms` 0 (or Infinity) the
 * layer is the identity: not even a pass-through call is left on the path.
 */
export function timeoutLayer(ms: number): Layer {
  if (ms <= 0 || !Number.isFinite(ms)) return (next) => next;
  return (next) => (request, context) =>
    new Promise<Response>((resolve, reject) => {
      const timer = new AbortController();
      const caller = callerSignal(request);
      const finish = (): void => {
        clearTimeout(handle);
        caller?.removeEventListener('abort', follow);
        context.signal = undefined;
      };
      const handle = setTimeout(() => {
        finish();
        timer.abort();
        reject(
          new ZohoTimeoutError(`${context.product}: ${request.method} ${stripQuery(request.url)} timed out after ${ms} ms`, {
            product: context.product,
            attempts: context.attempt,
            method: request.method,
            url: stripQuery(request.url),
            user: context.user,
          }),
        );
      }, ms);
      // Follow the caller's signal, if there is one, with one listener (AbortSignal.any
      // costs far more per call).
      const follow = (): void => {
        finish();
        timer.abort(caller?.reason);
        reject(caller?.reason);
      };
      if (caller?.aborted) return follow();
      caller?.addEventListener('abort', follow, { once: true });
      context.signal = timer.signal;
      next(request, context).then(
        (response) => {
          finish();
          resolve(response);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
}
