import type { MatchOp, MatchTree } from './crm-match.js';

/** Comparators of Zoho's search criteria (`(field:comparator:value)`). */
const COMPARATORS = new Set<MatchOp>([
  'equals', 'not_equal', 'starts_with', 'in', 'not_in', 'between', 'not_between', 'greater_than', 'greater_equal', 'less_than', 'less_equal',
]);

/** Why a criteria string could not be read, with where it went wrong. */
export class CriteriaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/**
 * Parses Zoho's search criteria: `(Field:comparator:value)` conditions, grouped in
 * parentheses and joined with `and`/`or`, e.g. `((Last_Name:equals:Burns)and(Company:starts_with:Zyl))`.
 * Inside a value a backslash escapes the next character, so `\(`, `\)`, `\,` and `\\` are
 * literal: an escaped parenthesis never closes a group, which is what keeps a hostile value
 * from changing the query's structure. Unescaped commas separate the values of `in` and
 * `between`. `and` binds tighter than `or` within one group.
 */
export function parseSearchCriteria(text: string): MatchTree {
  const parser = new Parser(text);
  const tree = parser.expression();
  parser.end();
  return tree;
}

class Parser {
  #at = 0;

  constructor(private readonly text: string) {}

  expression(): MatchTree {
    const terms: MatchTree[][] = [[this.group()]];
    for (;;) {
      const joiner = this.#joiner();
      if (joiner === undefined) break;
      const group = this.group();
      if (joiner === 'and') terms[terms.length - 1]!.push(group);
      else terms.push([group]);
    }
    const ands = terms.map((parts): MatchTree => (parts.length === 1 ? parts[0]! : { kind: 'and', parts }));
    return ands.length === 1 ? ands[0]! : { kind: 'or', parts: ands };
  }

  group(): MatchTree {
    this.#expect('(');
    const tree = this.text[this.#at] === '(' ? this.expression() : this.#condition();
    this.#expect(')');
    return tree;
  }

  end(): void {
    if (this.#at !== this.text.length) throw new CriteriaSyntaxError(`unexpected text after the criteria: ${this.text.slice(this.#at, this.#at + 20)}`, this.#at);
  }

  #condition(): MatchTree {
    const field = this.#name('field');
    this.#expect(':');
    const comparator = this.#name('comparator') as MatchOp;
    if (!COMPARATORS.has(comparator)) throw new CriteriaSyntaxError(`unknown comparator ${comparator}`, this.#at);
    this.#expect(':');
    const values = this.#values();
    if ((comparator === 'between' || comparator === 'not_between') && values.length !== 2) {
      throw new CriteriaSyntaxError(`${comparator} needs two values separated by a comma`, this.#at);
    }
    const single = comparator !== 'in' && comparator !== 'not_in' && comparator !== 'between' && comparator !== 'not_between';
    // For single-value comparators an unescaped comma is part of the value.
    return { kind: 'condition', condition: { field, op: comparator, values: single ? [values.join(',')] : values } };
  }

  #name(what: string): string {
    const match = /^[A-Za-z0-9_$.]+/.exec(this.text.slice(this.#at));
    if (!match) throw new CriteriaSyntaxError(`expected a ${what} name`, this.#at);
    this.#at += match[0].length;
    return match[0];
  }

  /** Values up to the unescaped `)`, split on unescaped commas, escapes removed. */
  #values(): string[] {
    const values: string[] = [];
    let current = '';
    while (this.#at < this.text.length) {
      const char = this.text[this.#at]!;
      if (char === '\\') {
        const next = this.text[this.#at + 1];
        if (next === undefined) throw new CriteriaSyntaxError('a backslash ends the criteria', this.#at);
        current += next;
        this.#at += 2;
        continue;
      }
      if (char === ')') break;
      if (char === '(') throw new CriteriaSyntaxError('an unescaped ( inside a value', this.#at);
      if (char === ',') {
        values.push(current);
        current = '';
      } else {
        current += char;
      }
      this.#at++;
    }
    values.push(current);
    return values;
  }

  #joiner(): 'and' | 'or' | undefined {
    const rest = this.text.slice(this.#at, this.#at + 3).toLowerCase();
    if (rest.startsWith('and')) {
      this.#at += 3;
      return 'and';
    }
    if (rest.startsWith('or')) {
      this.#at += 2;
      return 'or';
    }
    return undefined;
  }

  #expect(char: string): void {
    if (this.text[this.#at] !== char) throw new CriteriaSyntaxError(`expected "${char}"`, this.#at);
    this.#at++;
  }
}
