/**
 * An answer a handler gives up with: thrown anywhere below a route, caught once by the
 * simulator's request lifecycle (parse → match → validate → run) and sent as it is. Handlers
 * throw it instead of returning an error from every level of a "did that fail?" ladder.
 */
export class SimError extends Error {
  constructor(readonly response: Response) {
    super(`simulator answer ${response.status}`);
    this.name = 'SimError';
  }
}
