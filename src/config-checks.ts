/**
 * Small synchronous checks for createZoho()'s config. Each check returns the value (with
 * its default or normalisation applied) or throws a ZohoConfigError naming the field.
 *
 * Why not zod: createZoho() is synchronous, so its validation must be loaded with the
 * package, and importing any flavour of zod 4 (`zod/mini` included: its index pulls in every
 * locale) cost about 60% of zohokit's cold import (`npm run bench:import`). The config is a
 * dozen fields; these checks cover them in a few lines. Messages never echo the value, so a
 * secret given in the wrong place cannot reach a log.
 */
import { ZohoConfigError } from './errors.js';

export type Check<T> = (value: unknown, path: string) => T;

function fail(path: string, problem: string): never {
  throw new ZohoConfigError(path || '(config)', problem);
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

export function string(options: { trim?: boolean; min?: number; message?: string } = {}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'must be a string');
    const text = options.trim ? value.trim() : value;
    if (text.length < (options.min ?? 0)) fail(path, options.message ?? (options.min === 1 ? 'must not be empty' : `must be at least ${options.min} characters`));
    return text;
  };
}

export function number(options: { int?: boolean; min?: number; max?: number } = {}): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || Number.isNaN(value)) fail(path, 'must be a number');
    if (options.int && !Number.isInteger(value)) fail(path, 'must be an integer');
    if (options.min !== undefined && value < options.min) fail(path, `must be >= ${options.min}`);
    if (options.max !== undefined && value > options.max) fail(path, `must be <= ${options.max}`);
    return value;
  };
}

/** An http(s) origin or URL; the trailing slashes are dropped so paths can be appended. */
export const origin: Check<string> = (value, path) => url(value, path).replace(/\/+$/, '');

export const url: Check<string> = (value, path) => {
  if (typeof value !== 'string' || !URL.canParse(value)) fail(path, 'must be a URL');
  return value;
};

export function oneOf<const T extends string>(values: readonly T[], message: string): Check<T> {
  return (value, path) => (typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fail(path, message));
}

export function literal<const T>(expected: T): Check<T> {
  return (value, path) => (value === expected ? expected : fail(path, `must be ${String(expected)}`));
}

export function func<T extends (...args: never[]) => unknown>(): Check<T> {
  return (value, path) => (typeof value === 'function' ? (value as T) : fail(path, 'must be a function'));
}

export function custom<T>(test: (value: unknown) => boolean, message: string): Check<T> {
  return (value, path) => (test(value) ? (value as T) : fail(path, message));
}

export function array<T>(item: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'must be an array');
    return value.map((entry, index) => item(entry, join(path, String(index))));
  };
}

/** The first check that accepts the value; else the message, at the union's own path. */
export function union<T>(checks: readonly Check<T>[], message: string): Check<T> {
  return (value, path) => {
    for (const check of checks) {
      try {
        return check(value, path);
      } catch (error) {
        // This branch does not fit: try the next one; the union reports its own message.
        if (!(error instanceof ZohoConfigError)) throw error;
      }
    }
    return fail(path, message);
  };
}

/** Runs `check` for its verdict but keeps the value itself (a logger keeps its `this`). */
export function unchanged<T>(check: Check<unknown>): Check<T> {
  return (value, path) => {
    check(value, path);
    return value as T;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

export function withDefault<T>(check: Check<T>, fallback: T): Check<T> {
  return (value, path) => (value === undefined ? fallback : check(value, path));
}

type Shape = Record<string, Check<unknown>>;
export type ShapeOutput<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * An object with these keys. `strict` refuses unknown keys (a typo such as `datacenter`
 * would otherwise be ignored silently); `partial` makes every key optional.
 */
export function object<S extends Shape>(shape: S, options: { strict?: boolean; message?: string } = {}): Check<ShapeOutput<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, options.message ?? 'must be an object');
    const input = value as Record<string, unknown>;
    if (options.strict) {
      const extra = Object.keys(input).filter((key) => !Object.hasOwn(shape, key));
      if (extra.length > 0) fail(path, `unknown key(s) ${extra.join(', ')}`);
    }
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) output[key] = shape[key]!(input[key], join(path, key));
    return output as ShapeOutput<S>;
  };
}

export function partial<S extends Shape>(shape: S): { [K in keyof S]: Check<ReturnType<S[K]> | undefined> } {
  return Object.fromEntries(Object.entries(shape).map(([key, check]) => [key, optional(check)])) as { [K in keyof S]: Check<ReturnType<S[K]> | undefined> };
}
