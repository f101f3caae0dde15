import { ZohoTimeoutError } from '../errors.js';
import type { Layer } from './handler.js';
import { stripQuery } from './normalise.js';
import { callerSignal } from './zoho-request.js';

/**
 * Aborts an attempt that takes longer than `ms`. The caller's own signal still works:
 * both feed one AbortSignal, and a caller's abort surfaces as the caller's reason.
 *
 * Node's own AbortSignal.timeout is used rather than a controller plus setTimeout: it is
 * the cheapest abortable fetch there is (scripts/bench/transport.ts compares them), and
 * needs no clearing. AbortSignal.any costs more, so it is used only with a caller's signal.
 */
export function timeoutLayer(ms: number): Layer {
  return (next) => async (request, context) => {
    if (ms <= 0 || !Number.isFinite(ms)) return next(request, context);
    const timer = AbortSignal.timeout(ms);
    const caller = callerSignal(request);
    context.signal = caller ? AbortSignal.any([caller, timer]) : timer;
    try {
      return await next(request, context);
    } catch (error) {
      if (timer.aborted && !caller?.aborted) {
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
      context.signal = undefined;
    }
  };
}
