/**
 * Successful answers that followed an unanswered attempt of the same request. The earlier
 * attempt may have been carried out too: a retried delete then finds its records already
 * gone, and says so as a failure. Kept aside (not a header: a fetch Response's headers are
 * immutable) and weakly, so nothing outlives the response.
 */
const afterLostAnswer = new WeakSet<Response>();

export function markMaybeApplied(response: Response): Response {
  afterLostAnswer.add(response);
  return response;
}

/** Whether an earlier attempt of the request that got `response` went unanswered. */
export function followedLostAnswer(response: Response): boolean {
  return afterLostAnswer.has(response);
}
