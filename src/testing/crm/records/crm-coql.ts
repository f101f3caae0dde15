import type { MatchOp, MatchTree } from './crm-match.js';

/** A parsed COQL query. */
export interface CoqlQuery {
  fields: string[];
  module: string;
  where: MatchTree | undefined;
  orderBy: { field: string; descending: boolean }[];
  /** Rows to return; Zoho's default is 200 when LIMIT is absent. */
  limit: number;
  offset: number;
}

/** A COQL syntax error, located the way Zoho's SYNTAX_ERROR details are: line, column, near. */
export class CoqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly near: string,
  ) {
    super(message);
  }
}

type TokenKind = 'word' | 'string' | 'number' | 'op' | 'punct' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  /** The value: unescaped text of a string, the number of a number. */
  value: string | number;
  line: number;
  column: number;
}

const DEFAULT_LIMIT = 200;

/**
 * A parser for the COQL subset Zoho documents: `select f1, f2 from Module [where ...]
 * [order by f [asc|desc], ...] [limit offset, count | limit count [offset n]]`. Conditions
 * use `= != <> < <= > >=`, `[not] in (...)`, `[not] between a and b`, `[not] like '%x%'`,
 * `is [not] null`, grouped with parentheses and joined with `and`/`or` (`and` first).
 * Strings are single-quoted; a backslash escapes the next character.
 */
export function parseCoql(text: string): CoqlQuery {
  return new CoqlParser(tokenize(text)).query();
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let line = 1;
  let lineStart = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\n') {
      line++;
      lineStart = at + 1;
      at++;
      continue;
    }
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    const start = at;
    const column = at - lineStart + 1;
    const push = (kind: TokenKind, value: string | number): void => {
      tokens.push({ kind, text: text.slice(start, at), value, line, column });
    };
    if (char === "'") {
      let value = '';
      at++;
      for (;;) {
        const c = text[at];
        if (c === undefined) throw new CoqlSyntaxError('unterminated string', line, column, text.slice(start, start + 20));
        if (c === '\\' && at + 1 < text.length) {
          value += text[at + 1];
          at += 2;
          continue;
        }
        at++;
        if (c === "'") break;
        value += c;
      }
      push('string', value);
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(text.slice(at));
    if (number && !/[A-Za-z_]/.test(text[at + number[0].length] ?? '')) {
      at += number[0].length;
      // Record ids have 19 digits: past 2^53 they stay text, or they would lose digits.
      const parsed = Number(number[0]);
      push('number', Number.isSafeInteger(parsed) || number[1] !== undefined ? parsed : number[0]);
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_$.]*/.exec(text.slice(at));
    if (word) {
      at += word[0].length;
      push('word', word[0]);
      continue;
    }
    const op = /^(<=|>=|!=|<>|=|<|>)/.exec(text.slice(at));
    if (op) {
      at += op[0].length;
      push('op', op[0]);
      continue;
    }
    if ('(),*'.includes(char)) {
      at++;
      push('punct', char);
      continue;
    }
    throw new CoqlSyntaxError(`unexpected character ${char}`, line, column, text.slice(at, at + 20));
  }
  tokens.push({ kind: 'end', text: '', value: '', line, column: text.length - lineStart + 1 });
  return tokens;
}

class CoqlParser {
  #at = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): CoqlQuery {
    this.#keyword('select');
    const fields = [this.#field()];
    while (this.#punct(',')) fields.push(this.#field());
    this.#keyword('from');
    const module = this.#word('a module name');
    const where = this.#isKeyword('where') ? (this.#next(), this.#or()) : undefined;
    const orderBy: CoqlQuery['orderBy'] = [];
    if (this.#isKeyword('order')) {
      this.#next();
      this.#keyword('by');
      do {
        const field = this.#word('a field name');
        let descending = false;
        if (this.#isKeyword('asc')) this.#next();
        else if (this.#isKeyword('desc')) {
          this.#next();
          descending = true;
        }
        orderBy.push({ field, descending });
      } while (this.#punct(','));
    }
    let limit = DEFAULT_LIMIT;
    let offset = 0;
    if (this.#isKeyword('limit')) {
      this.#next();
      const first = this.#integer();
      if (this.#punct(',')) {
        offset = first;
        limit = this.#integer();
      } else {
        limit = first;
        if (this.#isKeyword('offset')) {
          this.#next();
          offset = this.#integer();
        }
      }
    }
    const last = this.#peek();
    if (last.kind !== 'end') throw this.#error(last, 'unexpected text after the query');
    return { fields, module, where, orderBy, limit, offset };
  }

  #or(): MatchTree {
    const parts = [this.#and()];
    while (this.#isKeyword('or')) {
      this.#next();
      parts.push(this.#and());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'or', parts };
  }

  #and(): MatchTree {
    const parts = [this.#factor()];
    while (this.#isKeyword('and')) {
      this.#next();
      parts.push(this.#factor());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'and', parts };
  }

  #factor(): MatchTree {
    if (this.#punct('(')) {
      const inner = this.#or();
      this.#expectPunct(')');
      return inner;
    }
    const field = this.#word('a field name');
    const condition = (op: MatchOp, values: unknown[]): MatchTree => ({ kind: 'condition', condition: { field, op, values } });
    const token = this.#peek();
    if (token.kind === 'op') {
      this.#next();
      const op: MatchOp = { '=': 'equals', '!=': 'not_equal', '<>': 'not_equal', '<': 'less_than', '<=': 'less_equal', '>': 'greater_than', '>=': 'greater_equal' }[token.text] as MatchOp;
      return condition(op, [this.#value()]);
    }
    if (this.#isKeyword('is')) {
      this.#next();
      const negated = this.#isKeyword('not') ? (this.#next(), true) : false;
      this.#keyword('null');
      return condition(negated ? 'is_not_null' : 'is_null', []);
    }
    const negated = this.#isKeyword('not') ? (this.#next(), true) : false;
    if (this.#isKeyword('in')) {
      this.#next();
      this.#expectPunct('(');
      const values = [this.#value()];
      while (this.#punct(',')) values.push(this.#value());
      this.#expectPunct(')');
      return condition(negated ? 'not_in' : 'in', values);
    }
    if (this.#isKeyword('between')) {
      this.#next();
      const low = this.#value();
      this.#keyword('and');
      return condition(negated ? 'not_between' : 'between', [low, this.#value()]);
    }
    if (this.#isKeyword('like')) {
      this.#next();
      return condition(negated ? 'not_like' : 'like', [this.#value()]);
    }
    throw this.#error(this.#peek(), 'expected a comparison operator');
  }

  #value(): unknown {
    const token = this.#next();
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true' || word === 'false') return word;
      if (word === 'null') return null;
    }
    throw this.#error(token, 'expected a value');
  }

  #field(): string {
    const token = this.#peek();
    if (token.kind === 'punct' && token.text === '*') throw this.#error(token, 'select * is not supported; name the fields');
    return this.#word('a field name');
  }

  #integer(): number {
    const token = this.#next();
    if (token.kind !== 'number' || typeof token.value !== 'number' || !Number.isInteger(token.value) || token.value < 0) throw this.#error(token, 'expected a whole number');
    return token.value as number;
  }

  #word(what: string): string {
    const token = this.#next();
    if (token.kind !== 'word') throw this.#error(token, `expected ${what}`);
    return token.text;
  }

  #keyword(word: string): void {
    const token = this.#next();
    if (token.kind !== 'word' || token.text.toLowerCase() !== word) throw this.#error(token, `expected ${word.toUpperCase()}`);
  }

  #isKeyword(word: string): boolean {
    const token = this.#peek();
    return token.kind === 'word' && token.text.toLowerCase() === word;
  }

  #punct(char: string): boolean {
    const token = this.#peek();
    if (token.kind === 'punct' && token.text === char) {
      this.#at++;
      return true;
    }
    return false;
  }

  #expectPunct(char: string): void {
    if (!this.#punct(char)) throw this.#error(this.#peek(), `expected "${char}"`);
  }

  #peek(): Token {
    return this.tokens[this.#at] ?? this.tokens[this.tokens.length - 1]!;
  }

  #next(): Token {
    const token = this.#peek();
    if (token.kind !== 'end') this.#at++;
    return token;
  }

  #error(token: Token, message: string): CoqlSyntaxError {
    return new CoqlSyntaxError(message, token.line, token.column, token.kind === 'end' ? '<end of query>' : token.text);
  }
}
