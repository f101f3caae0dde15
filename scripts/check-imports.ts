/**
 * Fails when the import graph of src/ and persistence/ has a circle that the layering
 * forbids. Two rules, checked on the files as written (type-only imports told apart):
 *
 * 1. No circle of value imports at all. A value circle makes module evaluation order
 *    matter (a class used before its file finished loading), which bundlers and edge
 *    runtimes punish.
 * 2. No circle, even of types only, that spans two groups (a product, the core, the CLI,
 *    the simulator, persistence). Inside one product a child may name its parent's type
 *    (a record naming its module), which is a type-only circle and allowed.
 *
 * A third rule keeps the runtime graph honest: `import { type A } from './a.js'`, every name
 * marked type-only, still loads a.js at runtime under verbatimModuleSyntax (it compiles to
 * `import {} from './a.js'`). Such a statement is refused; `import type { A }` says the same
 * and loads nothing. Every module loaded for nothing costs the package's cold import.
 *
 * Run: `tsx scripts/check-imports.ts` (part of `npm test`). Prints each circle it refuses.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIRS = ['src', 'persistence'];

interface Edge {
  to: string;
  /** True when the statement is erased from the compiled file. */
  typeOnly: boolean;
}

/** The group a file belongs to: a product, the CLI, the simulator, persistence, or the core. */
export function groupOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'persistence') return 'persistence';
  if (parts[0] === 'generated') return 'generated';
  const top = parts[1] ?? '';
  if (['crm', 'analytics', 'creator', 'desk', 'cli', 'testing'].includes(top)) return top;
  // The entries and the full client wire products together; nothing imports them back.
  if (file === 'src/index.ts' || file === 'src/zoho.ts' || top === 'entries') return 'entry';
  return 'core';
}

function listFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return listFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** One file's syntax tree; both checks below take it, so main() parses each file once. */
function parsed(file: string, source: string | ts.SourceFile): ts.SourceFile {
  return typeof source === 'string' ? ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS) : source;
}

/** The relative imports and re-exports of one file, each marked type-only or not. */
export function importsOf(file: string, text: string | ts.SourceFile): Edge[] {
  const source = parsed(file, text);
  const edges: Edge[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      typeOnly = statement.importClause?.isTypeOnly === true;
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      specifier = statement.moduleSpecifier;
      typeOnly = statement.isTypeOnly;
    }
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier.text)).replace(/\.js$/, '.ts');
    edges.push({ to: target, typeOnly });
  }
  return edges;
}

/**
 * The statements of one file that name only types yet stay in the compiled file as a bare
 * `import {} from` / `export {} from`, as their source text.
 */
export function typeImportsKeptAtRuntime(file: string, text: string | ts.SourceFile): string[] {
  const source = parsed(file, text);
  const allTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>): boolean => elements.length > 0 && elements.every((e) => e.isTypeOnly);
  return source.statements
    .filter((statement) => {
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const named = clause?.namedBindings;
        return clause !== undefined && !clause.isTypeOnly && clause.name === undefined && named !== undefined && ts.isNamedImports(named) && allTypes(named.elements);
      }
      if (ts.isExportDeclaration(statement)) {
        const named = statement.exportClause;
        return !statement.isTypeOnly && named !== undefined && ts.isNamedExports(named) && allTypes(named.elements);
      }
      return false;
    })
    .map((statement) => statement.getText(source));
}

/** Strongly connected components with more than one file (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

/** The refused circles of a set of files: value circles, and circles across groups. */
export function refusedCircles(files: Map<string, Edge[]>): { kind: 'value' | 'cross-group'; files: string[] }[] {
  const all = new Map<string, string[]>();
  const values = new Map<string, string[]>();
  for (const [file, edges] of files) {
    all.set(file, edges.map((e) => e.to));
    values.set(file, edges.filter((e) => !e.typeOnly).map((e) => e.to));
  }
  const refused: { kind: 'value' | 'cross-group'; files: string[] }[] = circles(values).map((c) => ({ kind: 'value' as const, files: c }));
  for (const component of circles(all)) {
    if (new Set(component.map(groupOf)).size > 1) refused.push({ kind: 'cross-group', files: component });
  }
  return refused;
}

function main(): void {
  const files = new Map<string, Edge[]>();
  const kept: string[] = [];
  for (const file of DIRS.flatMap(listFiles)) {
    const source = parsed(file, readFileSync(join(ROOT, file), 'utf8'));
    files.set(file, importsOf(file, source));
    kept.push(...typeImportsKeptAtRuntime(file, source).map((statement) => `${file}: ${statement}`));
  }
  const refused = refusedCircles(files);
  for (const circle of refused) {
    console.error(`import circle (${circle.kind}): ${circle.files.map((f) => `${f} [${groupOf(f)}]`).join(' -> ')}`);
  }
  for (const line of kept) console.error(`types imported as a value (write \`import type\` / \`export type\`): ${line}`);
  if (refused.length + kept.length > 0) {
    console.error(`check-imports: ${refused.length} refused circle(s), ${kept.length} type import(s) kept at runtime, in ${files.size} files`);
    process.exit(1);
  }
  console.log(`check-imports: ${files.size} files, no value circle, no circle across products or layers, no type import kept at runtime`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
