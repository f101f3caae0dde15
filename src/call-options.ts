/** What every call in every product accepts. */
export interface CallOptions {
  /** Aborts the call, and for iterators and jobs, every request and wait still to come. */
  signal?: AbortSignal | undefined;
}

/** The `{ signal }` init to hand openapi-fetch or fetch, only when the caller gave one. */
export function signalOf(options: CallOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
