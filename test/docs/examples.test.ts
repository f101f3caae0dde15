import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleGaps } from '../../scripts/check-examples.js';
import { typeCheckSnippets } from './type-check-snippets.js';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The files whose public methods all carry an `@example` (issue #15 item 11). The files the
 * other branches of this round refactor add their own; when they land, this list becomes
 * every file `exampleGaps()` looks at.
 */
const DOCUMENTED = [
  'src/zoho.ts',
  'src/zoho-core.ts',
  'src/page.ts',
  'persistence/token-store.ts',
  'persistence/memory-token-store.ts',
  'persistence/file-token-store.ts',
  'persistence/mysql-token-store.ts',
  'persistence/mysql-budget-backend.ts',
  'persistence/redis-budget-backend.ts',
  'src/http/budget/memory-budget-backend.ts',
  'src/http/budget/zoho-limits.ts',
  'src/testing/simulator.ts',
  'src/crm/criteria.ts',
  'src/crm/records/record.ts',
  'src/crm/records/line-items.ts',
  'src/crm/records/line-item.ts',
  'src/crm/records/tax.ts',
  'src/crm/records/mass-update.ts',
  'src/crm/records/composite.ts',
  'src/crm/records/flatten.ts',
  'src/crm/records/change-owner.ts',
  'src/crm/records/convert-lead.ts',
  'src/crm/crm-factory.ts',
  'src/crm/metadata/metadata-cache.ts',
];

/** What every example may use without defining it, as the README's snippets do. */
const AMBIENT = `
declare const zoho: import('zohokit').Zoho;
declare const crm: import('zohokit').Crm;
declare const sim: import('zohokit/testing').Simulator;
declare const grantCode: string;
declare const clientId: string;
declare const page: import('zohokit').Page<import('zohokit').CrmRecordData>;
declare const token: import('zohokit/persistence').StoredToken;
declare const store: import('zohokit/persistence').TokenStore;
declare const kv: { put(key: string, value: string): Promise<void> };
`;

/** Names an example may use unimported, by the entry that exports them. */
const PRELUDE: { [entry: string]: string[] } = {
  zohokit: ['createZoho', 'createZohoCore', 'criteria', 'Criteria', 'escapeSearchValue', 'coql', 'flatten', 'subRequest', 'MemoryBudgetBackend', 'crmCredits', 'Tax', 'LineItem', 'ZohoAuthError', 'type Page', 'type CrmRecordData', 'type FieldValues'],
  'zohokit/persistence': ['MemoryTokenStore', 'assertCompleteToken', 'sameTokenKey', 'tokenKeyId', 'type StoredToken', 'type TokenKey', 'type TokenStore'],
  'zohokit/testing': ['createSimulator', 'type Simulator'],
};

/** The `@example` blocks of a file's JSDoc comments, without their ` * ` margins. */
function examplesOf(source: string): string[] {
  const blocks: string[] = [];
  for (const [comment] of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let current: string[] | undefined;
    for (const line of lines) {
      if (/^@example\b/.test(line)) {
        current = [];
        blocks.push('');
        continue;
      }
      if (current && /^@\w/.test(line)) current = undefined;
      if (current) {
        current.push(line);
        blocks[blocks.length - 1] = current.join('\n');
      }
    }
  }
  return blocks.map((block) => block.trim());
}

/** The block as a module: the prelude's names it uses and does not import itself, then the block. */
function asModule(block: string): string {
  const imported = new Set([...block.matchAll(/^import[^{]*\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((name) => name.replace(/^\s*type\s+/, '').trim())));
  const imports = Object.entries(PRELUDE).flatMap(([entry, names]) => {
    const used = names.filter((name) => {
      const bare = name.replace(/^type /, '');
      return !imported.has(bare) && new RegExp(`\\b${bare}\\b`).test(block);
    });
    return used.length > 0 ? [`import { ${used.join(', ')} } from '${entry}';`] : [];
  });
  // Imports go first, so a block's own imports stay above the prelude's statements.
  const own = block.split('\n').filter((line) => line.startsWith('import '));
  const body = block.split('\n').filter((line) => !line.startsWith('import '));
  return [...own, ...imports, ...body, 'export {};', ''].join('\n');
}

describe('JSDoc examples (issue #15 item 11)', () => {
  it('every public method of the documented files carries an @example', () => {
    const { gaps } = exampleGaps();
    expect(gaps.filter((gap) => DOCUMENTED.includes(gap.file))).toEqual([]);
  }, 120_000);

  it('every @example of those files type-checks against the real API', async () => {
    const files: { [fileName: string]: string } = { 'ambient.d.ts': AMBIENT };
    for (const file of DOCUMENTED) {
      const blocks = examplesOf(await readFile(join(root, file), 'utf8'));
      blocks.forEach((block, i) => (files[`${file.replace(/[/.]/g, '_')}-${i + 1}.ts`] = asModule(block)));
    }
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(80);
    const report = await typeCheckSnippets('examples', files);
    if (report !== undefined) throw new Error(`@example blocks do not type-check (file-N is the Nth example of that file, in .tmp/examples):\n${report}`);
  }, 180_000);
});
