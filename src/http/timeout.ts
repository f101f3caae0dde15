import { ZohoTimeoutError } from '../errors.js';
import type { Handler, RequestContext } from './handler.js';
import { stripQuery } from './normalise.js';

/**
 * An attempt's time limit, in ms: 0 for none (a `timeoutMs` of 0, a negative one or Infinity).
 */
export function attemptLimit(timeoutMs: number): number {
  return timeoutMs > 0 && Number.isFinite(timeoutMs) ? timeoutMs : 0;
}

/** The timer's callback: one function for every attempt, so arming a timer builds no closure. */
export function expire(timer: AbortController): void {
  timer.abort();
}

/**
 * An attempt raced against its timer and the caller's signal: whichever ends first decides.
 * For the attempts whose answer may ignore the signal: those of a fetch given in the options
 * (a custom fetch may answer with a body stream that never ends, issue #11) and those with a
 * signal of the caller's, which the timer's signal must follow. The usual attempt needs no
 * race: Node's fetch ends the call and its body on abort (see attempt.ts).
 */
export function raced(next: Handler, request: Request, context: RequestContext, ms: number, caller: AbortSignal | undefined): Promise<Response> {
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

export function timedOut(request: Request, context: RequestContext, ms: number): ZohoTimeoutError {
  return new ZohoTimeoutError(`${context.product}: ${request.method} ${stripQuery(request.url)} timed out after ${ms} ms`, {
    product: context.product,
    attempts: context.attempt,
    method: request.method,
    url: stripQuery(request.url),
    user: context.user,
  });
}
