/**
 * The SQL the simulated Analytics understands: the subset zohokit and its users need.
 *
 *   select * | col [as alias], ... from table
 *     [where condition] [order by col [asc|desc], ...] [limit n [offset m] | limit m, n]
 *
 * Conditions (also Zoho's row `criteria`): =, <>, !=, <, >, <=, >=, [not] in (...),
 * [not] like, is [not] null, combined with and/or/not and parentheses. Identifiers are bare
 * or double-quoted ("" escapes a quote); strings are single-quoted ('' escapes a quote).
 * Joins, functions and aggregates are not simulated.
 */

export type Literal = string | number | null;

export type Operand = { kind: 'column'; name: string } | { kind: 'literal'; value: Literal };

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; condition: Condition }
  | { kind: 'compare'; op: '=' | '<>' | '<' | '>' | '<=' | '>='; left: Operand; right: Operand }
  | { kind: 'in'; operand: Operand; list: Operand[]; negated: boolean }
  | { kind: 'like'; operand: Operand; pattern: Operand; negated: boolean }
  | { kind: 'null'; operand: Operand; negated: boolean };

export interface SelectStatement {
  columns: '*' | { name: string; alias: string }[];
  table: string;
  where: Condition | undefined;
  orderBy: { column: string; descending: boolean }[];
  limit: number | undefined;
  offset: number;
}

/** Raised for text the subset cannot parse; routes turn it into 7403 (SQL) or 8002 (criteria). */
export class SqlSyntaxError extends Error {
  override name = 'SqlSyntaxError';
}

type Token =
  | { type: 'word'; text: string }
  | { type: 'ident'; text: string }
  | { type: 'string'; text: string }
  | { type: 'number'; value: number }
  | { type: 'symbol'; text: string };

const SYMBOLS = ['<>', '!=', '<=', '>=', '=', '<', '>', '(', ')', ',', '*', '.', ';'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const [text, end] = quoted(source, i, ch);
      tokens.push(ch === "'" ? { type: 'string', text } : { type: 'ident', text });
      i = end;
    } else if (/\d/.test(ch) || (ch === '-' && /\d/.test(source[i + 1] ?? '') && !endsOperand(tokens))) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ type: 'number', value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][\w$]*/.exec(source.slice(i))!;
      tokens.push({ type: 'word', text: match[0] });
      i += match[0].length;
    } else {
      const symbol = SYMBOLS.find((s) => source.startsWith(s, i));
      if (!symbol) throw new SqlSyntaxError(`unexpected character "${ch}" at position ${i + 1}`);
      tokens.push({ type: 'symbol', text: symbol });
      i += symbol.length;
    }
  }
  return tokens;
}

/** A minus after a value is subtraction, not a sign; the subset has no arithmetic, so it is an error later. */
function endsOperand(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && (last.type === 'number' || last.type === 'string' || last.type === 'ident' || (last.type === 'word' && !isKeyword(last.text)));
}

function quoted(source: string, start: number, quote: string): [string, number] {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= source.length) throw new SqlSyntaxError(`unterminated ${quote === "'" ? 'string' : 'identifier'} starting at position ${start + 1}`);
    const ch = source[i]!;
    if (ch === quote) {
      if (source[i + 1] === quote) {
        text += quote;
        i += 2;
        continue;
      }
      return [text, i + 1];
    }
    text += ch;
    i++;
  }
}

const KEYWORDS = new Set(['select', 'from', 'where', 'and', 'or', 'not', 'in', 'like', 'is', 'null', 'order', 'by', 'asc', 'desc', 'limit', 'offset', 'as']);

function isKeyword(word: string): boolean {
  return KEYWORDS.has(word.toLowerCase());
}

class Parser {
  #pos = 0;
  constructor(private readonly tokens: Token[]) {}

  atEnd(): boolean {
    this.#skipSemicolons();
    return this.#pos >= this.tokens.length;
  }

  #skipSemicolons(): void {
    while (this.#peekSymbol(';')) this.#pos++;
  }

  #peek(): Token | undefined {
    return this.tokens[this.#pos];
  }

  #peekWord(word: string): boolean {
    const token = this.#peek();
    return token?.type === 'word' && token.text.toLowerCase() === word;
  }

  #peekSymbol(symbol: string): boolean {
    const token = this.#peek();
    return token?.type === 'symbol' && token.text === symbol;
  }

  #acceptWord(word: string): boolean {
    if (!this.#peekWord(word)) return false;
    this.#pos++;
    return true;
  }

  #acceptSymbol(symbol: string): boolean {
    if (!this.#peekSymbol(symbol)) return false;
    this.#pos++;
    return true;
  }

  #expectWord(word: string): void {
    if (!this.#acceptWord(word)) throw new SqlSyntaxError(`expected "${word}" ${this.#where()}`);
  }

  #expectSymbol(symbol: string): void {
    if (!this.#acceptSymbol(symbol)) throw new SqlSyntaxError(`expected "${symbol}" ${this.#where()}`);
  }

  #where(): string {
    const token = this.#peek();
    if (!token) return 'at the end';
    return `near "${token.type === 'number' ? token.value : token.text}"`;
  }

  /** A possibly qualified name ("t"."c" → c): the subset reads one table, so the qualifier is dropped. */
  identifier(): string {
    let name = this.#name();
    while (this.#acceptSymbol('.')) name = this.#name();
    return name;
  }

  #name(): string {
    const token = this.#peek();
    if (token?.type === 'ident' || (token?.type === 'word' && !isKeyword(token.text))) {
      this.#pos++;
      return token.text;
    }
    throw new SqlSyntaxError(`expected a name ${this.#where()}`);
  }

  #integer(): number {
    const token = this.#peek();
    if (token?.type !== 'number' || !Number.isInteger(token.value) || token.value < 0) throw new SqlSyntaxError(`expected a whole number ${this.#where()}`);
    this.#pos++;
    return token.value;
  }

  select(): SelectStatement {
    this.#expectWord('select');
    let columns: SelectStatement['columns'];
    if (this.#acceptSymbol('*')) {
      columns = '*';
    } else {
      columns = [];
      do {
        const name = this.identifier();
        const alias = this.#acceptWord('as') ? this.#name() : this.#peek()?.type === 'ident' ? this.#name() : name;
        columns.push({ name, alias });
      } while (this.#acceptSymbol(','));
    }
    this.#expectWord('from');
    const table = this.identifier();
    const where = this.#acceptWord('where') ? this.condition() : undefined;
    const orderBy: SelectStatement['orderBy'] = [];
    if (this.#acceptWord('order')) {
      this.#expectWord('by');
      do {
        const column = this.identifier();
        const descending = this.#acceptWord('desc') ? true : (this.#acceptWord('asc'), false);
        orderBy.push({ column, descending });
      } while (this.#acceptSymbol(','));
    }
    let limit: number | undefined;
    let offset = 0;
    if (this.#acceptWord('limit')) {
      limit = this.#integer();
      if (this.#acceptSymbol(',')) {
        // MySQL's "limit offset, count".
        offset = limit;
        limit = this.#integer();
      } else if (this.#acceptWord('offset')) {
        offset = this.#integer();
      }
    }
    if (!this.atEnd()) throw new SqlSyntaxError(`unexpected text ${this.#where()}`);
    return { columns, table, where, orderBy, limit, offset };
  }

  condition(): Condition {
    let left = this.#conjunction();
    while (this.#acceptWord('or')) left = { kind: 'or', left, right: this.#conjunction() };
    return left;
  }

  #conjunction(): Condition {
    let left = this.#negation();
    while (this.#acceptWord('and')) left = { kind: 'and', left, right: this.#negation() };
    return left;
  }

  #negation(): Condition {
    if (this.#acceptWord('not')) return { kind: 'not', condition: this.#negation() };
    return this.#predicate();
  }

  #predicate(): Condition {
    if (this.#peekSymbol('(')) {
      // "(" opens a nested condition here: operands are never parenthesised in the subset.
      this.#pos++;
      const inner = this.condition();
      this.#expectSymbol(')');
      return inner;
    }
    const operand = this.#operand();
    if (this.#acceptWord('is')) {
      const negated = this.#acceptWord('not');
      this.#expectWord('null');
      return { kind: 'null', operand, negated };
    }
    const negated = this.#acceptWord('not');
    if (this.#acceptWord('in')) {
      this.#expectSymbol('(');
      const list: Operand[] = [];
      do list.push(this.#operand());
      while (this.#acceptSymbol(','));
      this.#expectSymbol(')');
      return { kind: 'in', operand, list, negated };
    }
    if (this.#acceptWord('like')) return { kind: 'like', operand, pattern: this.#operand(), negated };
    if (negated) throw new SqlSyntaxError(`expected "in" or "like" after "not" ${this.#where()}`);
    const token = this.#peek();
    const op = token?.type === 'symbol' ? token.text : undefined;
    if (op !== '=' && op !== '<>' && op !== '!=' && op !== '<' && op !== '>' && op !== '<=' && op !== '>=') {
      throw new SqlSyntaxError(`expected a comparison ${this.#where()}`);
    }
    this.#pos++;
    return { kind: 'compare', op: op === '!=' ? '<>' : op, left: operand, right: this.#operand() };
  }

  #operand(): Operand {
    const token = this.#peek();
    if (token?.type === 'string') {
      this.#pos++;
      return { kind: 'literal', value: token.text };
    }
    if (token?.type === 'number') {
      this.#pos++;
      return { kind: 'literal', value: token.value };
    }
    if (this.#acceptWord('null')) return { kind: 'literal', value: null };
    return { kind: 'column', name: this.identifier() };
  }
}

/** Parses a SELECT statement of the subset. */
export function parseSelect(sql: string): SelectStatement {
  return new Parser(tokenize(sql)).select();
}

/** Parses a row criteria (a WHERE condition without the WHERE). */
export function parseCriteria(criteria: string): Condition {
  const parser = new Parser(tokenize(criteria));
  const condition = parser.condition();
  if (!parser.atEnd()) throw new SqlSyntaxError('unexpected text after the criteria');
  return condition;
}
