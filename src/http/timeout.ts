import { ZohoTimeoutError } from '../errors.js';
import type { Layer } from './handler.js';
import { stripQuery } from './normalise.js';

/**
 * Aborts an attempt that takes longer than `ms`. The caller's own signal still works:
 * both feed one AbortSignal, and a caller's abort surfaces as the caller's reason.
 */
export function timeoutLayer(ms: number): Layer {
  return (next) => async (request, context) => {
    if (ms <= 0 || !Number.isFinite(ms)) return next(request, context);
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), ms);
    // Follow the caller's signal with one listener (AbortSignal.any costs far more per call).
    const follow = (): void => timer.abort(request.signal.reason);
    if (request.signal.aborted) follow();
    else request.signal.addEventListener('abort', follow, { once: true });
    context.signal = timer.signal;
    try {
      return await next(request, context);
    } catch (error) {
      if (timer.signal.aborted && !request.signal.aborted) {
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
      request.signal.removeEventListener('abort', follow);
      context.signal = undefined;
    }
  };
}
