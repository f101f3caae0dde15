import type { ZohoProduct } from '../errors.js';

/** Which product a path belongs to: all products share one simulator origin. */
export function productOf(pathname: string): ZohoProduct {
  if (pathname.startsWith('/oauth/')) return 'accounts';
  if (pathname.startsWith('/crm/')) return 'crm';
  if (pathname.startsWith('/restapi/')) return 'analytics';
  if (pathname.startsWith('/creator/')) return 'creator';
  if (pathname.startsWith('/api/v1/')) return 'desk';
  return 'zohokit';
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
  texts.set(response, text);
  return response;
}

// The text of each JSON answer, so the HTTP server writes it as it is instead of reading
// the Response's stream back out (a visible cost on a 100-record batch answer).
const texts = new WeakMap<Response, string>();

/** The JSON text `response` was made from by json(), if it was. */
export function jsonText(response: Response): string | undefined {
  return texts.get(response);
}

/**
 * Each product's own way of saying "bad token", "slow down", "not found" and "failed",
 * as the real services answer them (status and envelope).
 */
export function productError(product: ZohoProduct, kind: 'auth' | 'rate-limit' | 'not-found' | 'server', headers: Record<string, string> = {}): Response {
  const status = { auth: 401, 'rate-limit': 429, 'not-found': 404, server: 500 }[kind];
  switch (product) {
    case 'crm': {
      const code = { auth: 'INVALID_TOKEN', 'rate-limit': 'TOO_MANY_REQUESTS', 'not-found': 'INVALID_URL_PATTERN', server: 'INTERNAL_ERROR' }[kind];
      const message = { auth: 'invalid oauth token', 'rate-limit': 'concurrency limit exceeded', 'not-found': 'Please check if the URL trying to access is a correct one', server: 'Internal Server Error' }[kind];
      return json({ code, details: {}, message, status: 'error' }, status, headers);
    }
    case 'analytics': {
      const errorCode = { auth: 8535, 'rate-limit': 6045, 'not-found': 7103, server: 7005 }[kind];
      return json({ status: 'failure', summary: kind, data: { errorCode, errorMessage: `simulated ${kind} error` } }, status, headers);
    }
    case 'creator': {
      const code = { auth: 1030, 'rate-limit': 2955, 'not-found': 1000, server: 2930 }[kind]; // 2955: per-minute limit (HTTP 429); 4000 is the daily limit
      return json({ code, description: `simulated ${kind} error` }, status, headers);
    }
    case 'desk': {
      const errorCode = { auth: 'INVALID_OAUTH', 'rate-limit': 'TOO_MANY_REQUESTS', 'not-found': 'URL_NOT_FOUND', server: 'INTERNAL_SERVER_ERROR' }[kind];
      return json({ errorCode, message: `simulated ${kind} error` }, status, headers);
    }
    default:
      return json({ error: kind === 'auth' ? 'invalid_client' : 'general_error', error_description: `simulated ${kind} error` }, status === 401 ? 400 : status, headers);
  }
}
