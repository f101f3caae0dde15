/**
 * Creator's criteria language, as the simulator understands it: the Deluge-style conditions
 * that `criteria` takes on Get/Update/Delete Records and bulk reads, on field link names.
 *
 *   (Status == "Open" && Amount > 100) || !Name.contains("test")
 *   Region in ("East", "West")      Notes is null      ID == 3888833000000114027
 *
 * Supported: == != < > <= >=, && ||, !, parentheses, `in` / `not in` with a (…) or {…}
 * list, `is null` / `is not null` (and `== null`), and the text functions `.contains()`,
 * `.startsWith()`, `.endsWith()` (Deluge's names; Zoho's criteria docs). Strings take
 * "double" or 'single' quotes with backslash escapes. Dates compare as text: the simulator
 * does not read Creator's `dd-MMM-yyyy` formats.
 */

export type CriteriaValue = string | number | boolean | null;
export type Predicate = (record: Readonly<Record<string, unknown>>) => boolean;

/** A criteria the simulator could not read; routes answer it as an invalid parameter. */
export class CriteriaSyntaxError extends Error {
  override name = 'CriteriaSyntaxError';
}

type Token =
  | { kind: 'ident'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'op'; value: string };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '{', '}', ',', '.'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if (char === '"' || char === "'") {
      let value = '';
      let end = at + 1;
      for (; end < source.length && source[end] !== char; end++) {
        if (source[end] === '\\' && end + 1 < source.length) end++;
        value += source[end];
      }
      if (end >= source.length) throw new CriteriaSyntaxError(`unterminated string at ${at}`);
      tokens.push({ kind: 'string', value });
      at = end + 1;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(at));
    if (number && !(tokens.at(-1)?.kind === 'ident' || tokens.at(-1)?.kind === 'number')) {
      tokens.push({ kind: 'number', value: number[0] });
      at += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at));
    if (ident) {
      tokens.push({ kind: 'ident', value: ident[0] });
      at += ident[0].length;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, at));
    if (!op) throw new CriteriaSyntaxError(`unexpected "${char}" at ${at}`);
    tokens.push({ kind: 'op', value: op });
    at += op.length;
  }
  return tokens;
}

type Operand = { field: string } | { value: CriteriaValue };

/** Parses `source` into a predicate over records. Throws CriteriaSyntaxError. */
export function parseCriteria(source: string): Predicate {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (value: string): boolean => peek()?.kind === 'op' && peek()?.value === value;
  const isWord = (value: string): boolean => peek()?.kind === 'ident' && peek()?.value.toLowerCase() === value;
  const expect = (value: string): void => {
    if (!isOp(value)) throw new CriteriaSyntaxError(`expected "${value}" at token ${at}`);
    at++;
  };

  const or = (): Predicate => {
    const parts = [and()];
    while (isOp('||')) {
      at++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0]! : (record) => parts.some((part) => part(record));
  };
  const and = (): Predicate => {
    const parts = [unary()];
    while (isOp('&&')) {
      at++;
      parts.push(unary());
    }
    return parts.length === 1 ? parts[0]! : (record) => parts.every((part) => part(record));
  };
  const unary = (): Predicate => {
    if (isOp('!')) {
      at++;
      const inner = unary();
      return (record) => !inner(record);
    }
    if (isOp('(')) {
      at++;
      const inner = or();
      expect(')');
      return inner;
    }
    return condition();
  };
  const operand = (): Operand => {
    const token = peek();
    if (!token) throw new CriteriaSyntaxError('criteria ends too early');
    at++;
    if (token.kind === 'string' || token.kind === 'number') return { value: token.value };
    if (token.kind === 'ident') {
      const word = token.value.toLowerCase();
      if (word === 'null') return { value: null };
      if (word === 'true' || word === 'false') return { value: word === 'true' };
      return { field: token.value };
    }
    throw new CriteriaSyntaxError(`unexpected "${token.value}" at token ${at - 1}`);
  };
  const list = (): CriteriaValue[] => {
    const close = isOp('(') ? ')' : isOp('{') ? '}' : undefined;
    if (!close) throw new CriteriaSyntaxError('expected a list after "in"');
    at++;
    const values: CriteriaValue[] = [];
    while (!isOp(close)) {
      const item = operand();
      if (!('value' in item)) throw new CriteriaSyntaxError('a list holds values, not fields');
      values.push(item.value);
      if (isOp(',')) at++;
      else if (!isOp(close)) throw new CriteriaSyntaxError(`expected "," or "${close}"`);
    }
    at++;
    return values;
  };
  const condition = (): Predicate => {
    const left = operand();
    if (isOp('.')) {
      at++;
      const method = peek();
      if (method?.kind !== 'ident') throw new CriteriaSyntaxError('expected a function name after "."');
      at++;
      expect('(');
      const argument = operand();
      expect(')');
      const test = TEXT_FUNCTIONS[method.value.toLowerCase()];
      if (!test) throw new CriteriaSyntaxError(`unknown function ${method.value}()`);
      return (record) => test(text(valueOf(left, record)), text(valueOf(argument, record)));
    }
    if (isWord('is')) {
      at++;
      const negate = isWord('not') ? (at++, true) : false;
      if (!isWord('null')) throw new CriteriaSyntaxError('expected "null" after "is"');
      at++;
      return (record) => isEmpty(valueOf(left, record)) !== negate;
    }
    if (isWord('in') || isWord('not')) {
      const negate = isWord('not');
      at += negate ? 1 : 0;
      if (!isWord('in')) throw new CriteriaSyntaxError('expected "in" after "not"');
      at++;
      const values = list();
      return (record) => values.some((value) => equal(valueOf(left, record), value)) !== negate;
    }
    const op = peek();
    if (op?.kind !== 'op' || !COMPARATORS[op.value]) {
      // A bare field or value: true when it holds something (a checkbox, a decision box).
      return (record) => truthy(valueOf(left, record));
    }
    at++;
    const compare = COMPARATORS[op.value]!;
    const right = operand();
    return (record) => compare(valueOf(left, record), valueOf(right, record));
  };

  const predicate = or();
  if (at !== tokens.length) throw new CriteriaSyntaxError(`unexpected "${String(tokens[at]?.value)}" at token ${at}`);
  return predicate;
}

function valueOf(operand: Operand, record: Readonly<Record<string, unknown>>): unknown {
  return 'field' in operand ? record[operand.field] : operand.value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function truthy(value: unknown): boolean {
  return !isEmpty(value) && value !== false && value !== 'false';
}

function text(value: unknown): string {
  if (isEmpty(value)) return '';
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Compares two sides as numbers when both read as one (Creator sends numbers as strings
 * too). Integers compare exactly, as BigInt: record IDs have 19 digits, past what a double
 * holds, and `ID == 3888833000000114027` must match one record only.
 */
function compareNumbers(left: unknown, right: unknown): number | undefined {
  const a = typeof left === 'number' ? String(left) : typeof left === 'string' ? left.trim() : undefined;
  const b = typeof right === 'number' ? String(right) : typeof right === 'string' ? right.trim() : undefined;
  if (a === undefined || b === undefined || !DECIMAL.test(a) || !DECIMAL.test(b)) return undefined;
  if (INTEGER.test(a) && INTEGER.test(b)) {
    const diff = BigInt(a) - BigInt(b);
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  return Number(a) - Number(b);
}

function equal(left: unknown, right: unknown): boolean {
  if (isEmpty(left) || isEmpty(right)) return isEmpty(left) && isEmpty(right);
  // A multi-select or checkbox matches when it holds the value.
  if (Array.isArray(left)) return left.some((item) => equal(item, right));
  const numbers = compareNumbers(left, right);
  if (numbers !== undefined) return numbers === 0;
  return text(left) === text(right);
}

/** The order of two values; undefined when either is empty (Deluge: null compares false). */
function order(left: unknown, right: unknown): number | undefined {
  if (isEmpty(left) || isEmpty(right)) return undefined;
  return compareNumbers(left, right) ?? text(left).localeCompare(text(right));
}

const ordered = (test: (difference: number) => boolean) => (left: unknown, right: unknown): boolean => {
  const difference = order(left, right);
  return difference !== undefined && test(difference);
};

const COMPARATORS: Record<string, (left: unknown, right: unknown) => boolean> = {
  '==': equal,
  '!=': (left, right) => !equal(left, right),
  '<': ordered((d) => d < 0),
  '>': ordered((d) => d > 0),
  '<=': ordered((d) => d <= 0),
  '>=': ordered((d) => d >= 0),
};

// Deluge's text functions are case-sensitive.
const TEXT_FUNCTIONS: Record<string, (value: string, argument: string) => boolean> = {
  contains: (value, argument) => value.includes(argument),
  startswith: (value, argument) => value.startsWith(argument),
  endswith: (value, argument) => value.endsWith(argument),
};
