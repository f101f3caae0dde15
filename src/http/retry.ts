import { ZohoError } from '../errors.js';
import { takeIdempotence, resendable, type Handler, type Layer, type RequestContext } from './handler.js';
import { markMaybeApplied } from './maybe-applied.js';
import { mayHaveBeenApplied, retryVerdict, type RetryPolicy } from './retry-policy.js';
import { sleep } from './sleep.js';

export interface RetryHooks {
  onRetry?: (info: { request: Request; attempt: number; delayMs: number; error: ZohoError }) => void;
}

/**
 * Sends the request again when the policy says so. The body is cloned before each send
 * because a Request body can be read once. The final error carries the attempt count, and
 * whether any attempt went unanswered after it was sent (`maybeApplied`); a success that
 * followed such an attempt is marked too (see maybe-applied.ts), so a write can reconcile.
 */
export function retryLayer(policy: RetryPolicy, hooks: RetryHooks = {}): Layer {
  return (next) => (request, context) => {
    const idempotent = takeIdempotence(request, context);
    context.attempt = 1;
    // The last possible attempt may consume the original; earlier ones need a copy.
    let answer: Promise<Response>;
    try {
      answer = next(policy.maxRetries < 1 ? request : resendable(request), context);
    } catch (error) {
      answer = Promise.reject(error);
    }
    // Most calls succeed the first time: only a failure enters the retry loop, so the usual
    // call pays for no async function here.
    return answer.catch((error: unknown) => retryAfter(error, next, request, context, policy, hooks, idempotent));
  };
}

/** The retry loop, entered with the first attempt's failure. */
async function retryAfter(
  firstError: unknown,
  next: Handler,
  request: Request,
  context: RequestContext,
  policy: RetryPolicy,
  hooks: RetryHooks,
  idempotent: boolean,
): Promise<Response> {
  let error = firstError;
  let unanswered = false;
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) {
      context.attempt = attempt;
      const sent = attempt > policy.maxRetries ? request : resendable(request);
      try {
        const response = await next(sent, context);
        return unanswered ? markMaybeApplied(response) : response;
      } catch (failure) {
        error = failure;
      }
    }
    unanswered ||= mayHaveBeenApplied(policy, error);
    if (error instanceof ZohoError) {
      error.attempts = attempt;
      error.maybeApplied = unanswered;
    }
    const verdict = retryVerdict(policy, error, attempt, idempotent);
    if (!verdict.retry || request.signal.aborted) throw error;
    hooks.onRetry?.({ request, attempt, delayMs: verdict.delayMs, error: error as ZohoError });
    await sleep(verdict.delayMs, request.signal);
  }
}
