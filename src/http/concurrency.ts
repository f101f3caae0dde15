import type { Layer } from './handler.js';
import { callerSignal } from './zoho-request.js';

/**
 * At most `limit` requests in flight; the rest wait in FIFO order. Zoho counts concurrent
 * calls per app (CRM: 5-25 by edition) and answers 429 past it, so queueing here is cheaper
 * than being refused there.
 */
export function concurrencyLayer(limit: number): Layer {
  let active = 0;
  const waiting: (() => void)[] = [];

  const acquire = async (signal: AbortSignal | undefined): Promise<void> => {
    if (active < limit) {
      active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const at = waiting.indexOf(grant);
        if (at !== -1) waiting.splice(at, 1);
        reject(signal?.reason);
      };
      waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  const release = (): void => {
    const nextInLine = waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (nextInLine) nextInLine();
    else active--;
  };

  return (next) => async (request, context) => {
    await acquire(callerSignal(request));
    try {
      return await next(request, context);
    } finally {
      release();
    }
  };
}
