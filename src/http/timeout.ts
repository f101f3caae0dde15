import { ZohoTimeoutError } from '../errors.js';
import type { Handler, Layer, RequestContext } from './handler.js';
import { stripQuery } from './normalise.js';
import { callerSignal } from './zoho-request.js';

export interface TimeoutOptions {
  /**
   * Whether the answer may ignore the signal: true for a fetch given in the options. Such an
   * attempt is raced against the timer as well as handed the signal: a custom `fetch` may
   * answer with a body stream that never ends, and reading it would otherwise hang for ever
   * (issue #11). Node's fetch ends the call and its body on abort, so the signal alone does.
   */
  race: boolean;
}

/**
 * Aborts an attempt that takes longer than `ms`, reading the body included, and fails it
 * with a ZohoTimeoutError. The caller's own signal still works: both feed one AbortSignal,
 * and a caller's abort surfaces as the caller's reason.
 *
 * The usual attempt (Node's fetch, no caller signal) costs one AbortController, one timer
 * and one promise reaction, no closure but the two handlers: about what
 * `AbortSignal.timeout()` costs a hand-written call (scripts/bench/transport.ts compares
 * them). A signal shared by many requests would be cheaper here but dearer in Node's fetch,
 * which adds a listener per request to it and drops them only at garbage collection. With
 * `ms` 0 (or Infinity) the layer is the identity: not even a pass-through call is left.
 */
export function timeoutLayer(ms: number, options: TimeoutOptions): Layer {
  if (ms <= 0 || !Number.isFinite(ms)) return (next) => next;
  return (next) => (request, context) => {
    const caller = callerSignal(request);
    if (caller || options.race) return raced(next, request, context, ms, caller);
    const timer = new AbortController();
    const handle = setTimeout(expire, ms, timer);
    context.signal = timer.signal;
    return next(request, context).then(
      (response) => {
        clearTimeout(handle);
        context.signal = undefined;
        return response;
      },
      (error: unknown) => {
        clearTimeout(handle);
        context.signal = undefined;
        // Whatever the abort surfaced as below (an AbortError, a body cut off), it was the timer.
        throw timer.signal.aborted ? timedOut(request, context, ms) : error;
      },
    );
  };
}

function expire(timer: AbortController): void {
  timer.abort();
}

/** An attempt raced against the timer and the caller's signal: whichever ends first decides. */
function raced(next: Handler, request: Request, context: RequestContext, ms: number, caller: AbortSignal | undefined): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const timer = new AbortController();
    const finish = (): void => {
      clearTimeout(handle);
      caller?.removeEventListener('abort', follow);
      context.signal = undefined;
    };
    const handle = setTimeout(() => {
      finish();
      timer.abort();
      reject(timedOut(request, context, ms));
    }, ms);
    // Follow the caller's signal with one listener (AbortSignal.any costs far more per call).
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

function timedOut(request: Request, context: RequestContext, ms: number): ZohoTimeoutError {
  return new ZohoTimeoutError(`${context.product}: ${request.method} ${stripQuery(request.url)} timed out after ${ms} ms`, {
    product: context.product,
    attempts: context.attempt,
    method: request.method,
    url: stripQuery(request.url),
    user: context.user,
  });
}
