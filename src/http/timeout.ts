import { ZohoTimeoutError } from '../errors.js';
import type { Layer } from './handler.js';
import { stripQuery } from './normalise.js';
import { callerSignal } from './zoho-request.js';

/**
 * Aborts an attempt that takes longer than `ms`. The caller's own signal still works:
 * both feed one AbortSignal, and a caller's abort surfaces as the caller's reason.
 *
 * The price: Node's fetch follows any signal it is given (a WeakRef, a FinalizationRegistry
 * entry and a listener per request), some tens of µs a call. Against a localhost simulator
 * that is several percent of a request (scripts/bench/transport-layers.ts and transport.ts
 * show it), against a real Zoho round trip nothing. With `ms` 0 (or Infinity) the layer is
 * the identity: not even a pass-through call is left on the path.
 */
export function timeoutLayer(ms: number): Layer {
  if (ms <= 0 || !Number.isFinite(ms)) return (next) => next;
  return (next) => async (request, context) => {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), ms);
    // Follow the caller's signal, if there is one, with one listener (AbortSignal.any
    // costs far more per call).
    const caller = callerSignal(request);
    const follow = (): void => timer.abort(caller?.reason);
    if (caller?.aborted) follow();
    else caller?.addEventListener('abort', follow, { once: true });
    context.signal = timer.signal;
    try {
      return await next(request, context);
    } catch (error) {
      if (timer.signal.aborted && !caller?.aborted) {
        throw new ZohoTimeoutError(`${context.product}: ${request.method} ${stripQuery(request.url)} timed out after ${ms} ms`, {
          product: context.product,
          attempts: context.attempt,
          method: request.method,
          url: stripQuery(request.url),
          user: context.user,
          cause: error,
        });
      }
      throw error;
    } finally {
      clearTimeout(handle);
      caller?.removeEventListener('abort', follow);
      context.signal = undefined;
    }
  };
}
