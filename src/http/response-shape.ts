/**
 * The top-level shape of a JSON success body, as the spec declares it (generated into
 * generated/<product>.shapes.ts by scripts/response-shapes.ts). Checked on every typed call,
 * so it stays to what costs next to nothing: the kind of the body, the presence of required
 * keys, and the kind of each key that is declared an array or an object (and, for arrays of
 * objects, that each item is an object). A body that fails it would otherwise be handed to
 * user code as data of the wrong type.
 */
export interface ResponseShape {
  /** What the body is. */
  readonly t: 'object' | 'array';
  /** Keys that must be present. */
  readonly r?: readonly string[];
  /** Per key: 'a' array, 'A' array of objects, 'o' object; a trailing '?' allows null. */
  readonly k?: { readonly [key: string]: 'a' | 'A' | 'o' | 'a?' | 'A?' | 'o?' };
}

/** The JSON path of the first place `body` breaks `shape` and what was found there, or undefined. */
export function shapeMismatch(shape: ResponseShape, body: unknown): { path: string; expected: string; found: string } | undefined {
  if (shape.t === 'array') return Array.isArray(body) ? undefined : { path: '$', expected: 'an array', found: kind(body) };
  if (!isObject(body)) return { path: '$', expected: 'an object', found: kind(body) };
  if (shape.r) {
    for (const key of shape.r) if (!(key in body)) return { path: `$.${key}`, expected: 'a required key', found: 'nothing' };
  }
  if (shape.k) {
    for (const key in shape.k) {
      const value = body[key];
      if (value === undefined) continue;
      const code = shape.k[key]!;
      if (value === null) {
        if (code.length === 2) continue;
        return { path: `$.${key}`, expected: code[0] === 'o' ? 'an object' : 'an array', found: 'null' };
      }
      if (code[0] === 'o') {
        if (!isObject(value)) return { path: `$.${key}`, expected: 'an object', found: kind(value) };
        continue;
      }
      if (!Array.isArray(value)) return { path: `$.${key}`, expected: 'an array', found: kind(value) };
      if (code[0] === 'A') {
        for (let i = 0; i < value.length; i++) {
          if (!isObject(value[i])) return { path: `$.${key}[${i}]`, expected: 'an object', found: kind(value[i]) };
        }
      }
    }
  }
  return undefined;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
