import { isInteger, isSafeNumber, parse } from 'lossless-json';

// Zoho's official Python and Java SDKs send record ids in JSON bodies as numbers
// (`{"id": 3739783577073858594}`); JSON.parse would round such an id to a neighbour's.
// A run of 16 digits is the shortest that can exceed 2^53, so bodies without one (most)
// take the fast native parser.
const LONG_DIGITS = /\d{16}/;

/**
 * JSON text parsed without losing integer precision: an integer beyond 2^53 becomes the
 * string of its digits (as Zoho answers ids), every other number a JS number.
 * Throws SyntaxError for text that is not JSON, as JSON.parse does.
 */
export function parseJsonLossless(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text) as unknown;
  return parse(text, null, numberOf);
}

function numberOf(digits: string): number | string {
  if (isSafeNumber(digits)) return Number(digits);
  // An integer too long for a double keeps its digits; a long fraction loses only precision.
  return isInteger(digits) ? digits : Number(digits);
}

// Bodies the request lifecycle already parsed to check them against spec/, so the handler
// does not read and parse them a second time.
const parsed = new WeakMap<Request, unknown>();

/** Records `value` as the parsed JSON body of `request`. */
export function rememberJsonBody(request: Request, value: unknown): void {
  parsed.set(request, value);
}

/** The request's JSON body (lossless), or undefined when there is none or it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (parsed.has(request)) return parsed.get(request);
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return parseJsonLossless(text);
  } catch (error) {
    // Not JSON: the caller answers with the product's "invalid body" error.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
