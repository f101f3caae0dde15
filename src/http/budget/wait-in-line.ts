/**
 * Joins a FIFO line of waiters: resolves with what the grant passes, or rejects with the
 * signal's reason when it aborts first (and leaves the line). Both slot pools use it: the
 * local counter and the queue in front of a shared backend.
 */
export function waitInLine<T>(line: ((value: T) => void)[], signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    // Fires only while the grant is still in line: a grant leaves the line (shift) and
    // removes this listener before it resolves.
    const onAbort = (): void => {
      line.splice(line.indexOf(grant), 1);
      reject(signal?.reason);
    };
    const grant = (value: T): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    line.push(grant);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
