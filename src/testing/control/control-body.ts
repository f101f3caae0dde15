import { ControlError } from './control-error.js';

/** A control request's JSON body, as an object; an empty body is `{}`. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's own message quotes the text; ours says what to send.
    throw new ControlError('the body is not valid JSON');
  }
  if (!isObject(parsed)) throw new ControlError('the body must be a JSON object');
  return parsed;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Typed readers of body fields: each names the field when it is missing or of the wrong type. */
export const field = {
  string(body: Record<string, unknown>, name: string): string {
    const value = body[name];
    if (typeof value !== 'string' || value === '') throw new ControlError(`"${name}" must be a non-empty string`);
    return value;
  },
  optionalString(body: Record<string, unknown>, name: string): string | undefined {
    return body[name] === undefined ? undefined : field.string(body, name);
  },
  optionalStrings(body: Record<string, unknown>, name: string): string[] | undefined {
    const value = body[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ControlError(`"${name}" must be an array of strings`);
    return value as string[];
  },
  optionalCount(body: Record<string, unknown>, name: string): number | undefined {
    const value = body[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new ControlError(`"${name}" must be a whole number of at least 1`);
    return value;
  },
  optionalBoolean(body: Record<string, unknown>, name: string): boolean | undefined {
    const value = body[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw new ControlError(`"${name}" must be true or false`);
    return value;
  },
  objects(body: Record<string, unknown>, name: string): Record<string, unknown>[] {
    const value = body[name];
    if (!Array.isArray(value) || !value.every(isObject)) throw new ControlError(`"${name}" must be an array of objects`);
    return value;
  },
  optionalObjects(body: Record<string, unknown>, name: string): Record<string, unknown>[] | undefined {
    return body[name] === undefined ? undefined : field.objects(body, name);
  },
};
