/**
 * How the control API answers: JSON in and out, and one error shape for a control request
 * it cannot carry out, `{ "error": { "code", "message" } }`, so a test in any language can
 * print the message and know what to fix.
 */

/** A control request that is malformed or names something that does not exist. */
export class ControlError extends Error {
  override name = 'ControlError';

  constructor(
    message: string,
    readonly status: 400 | 404 | 405 = 400,
    readonly code: 'BAD_REQUEST' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' = status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST',
  ) {
    super(message);
  }
}

export function controlJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json;charset=UTF-8' } });
}

export function controlErrorAnswer(error: ControlError): Response {
  return controlJson({ error: { code: error.code, message: error.message } }, error.status);
}
