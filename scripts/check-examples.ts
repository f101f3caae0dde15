/**
 * Lists the public methods of zohokit's entry (`src/index.ts` and what it re-exports) whose
 * JSDoc has no `@example`. Public means: a method or function reachable from the package
 * entry, not private, not `#`, not a constructor, not named with a leading underscore, not
 * marked `@internal` (TypeDoc leaves those out).
 *
 * Run: `tsx scripts/check-examples.ts` (prints the gaps; `--fail` exits 1 when any).
 */
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const ENTRIES = ['src/index.ts', 'persistence/index.ts', 'persistence/file-token-store.ts', 'persistence/mysql-token-store.ts', 'persistence/mysql-budget-backend.ts', 'persistence/redis-budget-backend.ts', 'src/testing/index.ts'];
// Classes that implement these are called by zohokit, not by users: the class carries the example.
const PLUGGABLE = new Set(['TokenStore', 'BudgetBackend']);
const SURFACES = new Set(['ZohoClientBase', 'Page', 'Simulator', 'SimulatorServer']);
// The simulator's state stores are reachable for seeding, but their seeding methods are
// documented in the README's simulator section, not one by one.
const SKIP_FILES = /src\/testing\/(?!simulator\.ts)/;

export interface Gap {
  file: string;
  name: string;
}

/**
 * The exported classes', interfaces' and functions' public methods that lack an `@example`,
 * and every file holding a method it checked (the files whose examples the docs test type-checks).
 */
export function exampleGaps(entries: readonly string[] = ENTRIES): { checked: number; gaps: Gap[]; files: string[] } {
  const program = ts.createProgram(entries.map((e) => resolve(ROOT, e)), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, allowJs: false, noEmit: true });
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Declaration>();
  const gaps: Gap[] = [];
  const files = new Set<string>();
  let checked = 0;
  const check = (declaration: ts.Declaration, name: string): void => {
    if (seen.has(declaration)) return;
    seen.add(declaration);
    checked++;
    files.add(relative(ROOT, declaration.getSourceFile().fileName));
    const hasExample = ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example');
    if (!hasExample) gaps.push({ file: relative(ROOT, declaration.getSourceFile().fileName), name });
  };
  for (const entry of entries) {
    const source = program.getSourceFile(resolve(ROOT, entry));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        if (file.includes('/generated/') || SKIP_FILES.test(relative(ROOT, file))) continue;
        if (ts.isFunctionDeclaration(declaration) && !isOverloadImplementation(declaration)) check(declaration, exported.name);
        // Interfaces are checked only where they are a client's surface; the rest (TokenStore,
        // BudgetBackend, Logger, the conformance runners) are implemented by users, not called.
        if (ts.isClassDeclaration(declaration) || (ts.isInterfaceDeclaration(declaration) && SURFACES.has(exported.name))) {
          const implemented = declaration.heritageClauses?.flatMap((c) => c.types.map((t) => t.expression.getText())) ?? [];
          if (ts.isClassDeclaration(declaration) && implemented.some((name) => PLUGGABLE.has(name))) {
            check(declaration, exported.name);
            continue;
          }
          for (const member of declaration.members) {
            if (!(ts.isMethodDeclaration(member) || ts.isMethodSignature(member)) || !member.name) continue;
            const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
            if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
            const name = member.name.getText();
            if (name.startsWith('#') || name.startsWith('_') || name.startsWith('[')) continue;
            if (isOverloadImplementation(member)) continue;
            // `@internal` members are left out of the docs (TypeDoc's excludeInternal), so they need no example.
            if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) continue;
            check(member, `${exported.name}.${name}`);
          }
        }
      }
    }
  }
  return { checked, gaps, files: [...files].sort() };
}

/**
 * The body of an overloaded function or method: callers see only its overload signatures
 * (each of which needs its own example), never this one, and TypeDoc does not show it.
 */
function isOverloadImplementation(declaration: ts.FunctionDeclaration | ts.MethodDeclaration | ts.MethodSignature): boolean {
  if (ts.isMethodSignature(declaration) || declaration.body === undefined || !declaration.name) return false;
  const name = declaration.name.getText();
  const parent = declaration.parent;
  const siblings: readonly ts.Node[] = ts.isClassLike(parent) ? parent.members : ts.isSourceFile(parent) || ts.isModuleBlock(parent) ? parent.statements : [];
  return siblings.some((other) => (ts.isFunctionDeclaration(other) || ts.isMethodDeclaration(other)) && other.body === undefined && other.name?.getText() === name);
}

function main(): void {
  const { checked, gaps } = exampleGaps();
  const byFile = new Map<string, string[]>();
  for (const gap of gaps) byFile.set(gap.file, [...(byFile.get(gap.file) ?? []), gap.name]);
  for (const [file, names] of [...byFile].sort()) console.log(`${file}: ${names.join(', ')}`);
  console.log(`check-examples: ${checked - gaps.length} of ${checked} public methods carry an @example`);
  if (process.argv.includes('--fail') && gaps.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
