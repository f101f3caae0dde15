import { describe, expect, it } from 'vitest';
import { groupOf, importsOf, refusedCircles, typeImportsKeptAtRuntime } from '../../scripts/check-imports.js';

type Edges = Map<string, { to: string; typeOnly: boolean }[]>;
const graph = (edges: [string, string, 'type' | 'value'][]): Edges => {
  const files: Edges = new Map();
  for (const [from, to, kind] of edges) {
    files.set(from, [...(files.get(from) ?? []), { to, typeOnly: kind === 'type' }]);
    if (!files.has(to)) files.set(to, []);
  }
  return files;
};

describe('check-imports: which circles are refused', () => {
  it.each<[string, [string, string, 'type' | 'value'][], string[]]>([
    ['no circle', [['src/crm/a.ts', 'src/crm/b.ts', 'value']], []],
    ['a type-only circle inside one product (a record naming its module)', [['src/crm/module.ts', 'src/crm/record.ts', 'value'], ['src/crm/record.ts', 'src/crm/module.ts', 'type']], []],
    ['a value circle inside one product', [['src/crm/a.ts', 'src/crm/b.ts', 'value'], ['src/crm/b.ts', 'src/crm/a.ts', 'value']], ['value']],
    ['a type-only circle from a product through the core', [['src/crm/a.ts', 'src/page.ts', 'type'], ['src/page.ts', 'src/crm/a.ts', 'type']], ['cross-group']],
    ['a type-only circle between two products', [['src/desk/a.ts', 'src/creator/b.ts', 'type'], ['src/creator/b.ts', 'src/desk/a.ts', 'type']], ['cross-group']],
    ['a value circle across products counts twice', [['src/desk/a.ts', 'src/crm/b.ts', 'value'], ['src/crm/b.ts', 'src/desk/a.ts', 'value']], ['value', 'cross-group']],
    ['the entry importing every product, imported by none', [['src/index.ts', 'src/crm/a.ts', 'value'], ['src/index.ts', 'src/desk/a.ts', 'value'], ['src/crm/a.ts', 'src/errors.ts', 'value']], []],
  ])('%s', (_name, edges, kinds) => {
    expect(refusedCircles(graph(edges)).map((c) => c.kind)).toEqual(kinds);
  });

  it('tells type-only imports and re-exports from value ones, as compiled', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B } from './b.js';",
      "import { C, type D } from './c.js';",
      "export type { E } from './e.js';",
      "export { F } from './f.js';",
      "import 'node:fs';",
    ].join('\n');
    expect(importsOf('src/crm/x.ts', text)).toEqual([
      { to: 'src/crm/a.ts', typeOnly: true },
      // `{ type B }` compiles to `import {} from './b.js'`: b.js still loads.
      { to: 'src/crm/b.ts', typeOnly: false },
      { to: 'src/crm/c.ts', typeOnly: false },
      { to: 'src/crm/e.ts', typeOnly: true },
      { to: 'src/crm/f.ts', typeOnly: false },
    ]);
  });

  it('finds statements that name only types but still load their module', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B, type C } from './b.js';",
      "import { D, type E } from './d.js';",
      "export { type F } from './f.js';",
      "export type { G } from './g.js';",
      "import {} from './h.js';",
    ].join('\n');
    expect(typeImportsKeptAtRuntime('src/crm/x.ts', text)).toEqual(["import { type B, type C } from './b.js';", "export { type F } from './f.js';"]);
  });

  it('groups files by product and layer', () => {
    expect(['src/crm/records/record.ts', 'src/http/transport.ts', 'src/page.ts', 'src/zoho.ts', 'src/entries/crm.ts', 'src/testing/router.ts', 'persistence/file-token-store.ts'].map(groupOf)).toEqual(['crm', 'core', 'core', 'entry', 'entry', 'testing', 'persistence']);
  });
});
