import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleGaps } from '../../scripts/check-examples.js';
import { typeCheckSnippets } from './type-check-snippets.js';

const root = new URL('../..', import.meta.url).pathname;

// Issue #15 item 11: every public method of the package entries carries an `@example`, and
// every example type-checks against the real API. The files come from exampleGaps() (each
// file holding a public method), so a new file or method needs no list kept by hand here.

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
declare const leads: import('zohokit').Module;
declare const lead: import('zohokit').CrmRecord;
declare const contact: import('zohokit').CrmRecord;
declare const record: import('zohokit').CrmRecord;
declare const workspace: import('zohokit').AnalyticsWorkspace;
declare const table: import('zohokit').AnalyticsTable;
declare const report: import('zohokit').CreatorReport;
declare const ticket: import('zohokit').DeskTicket;
declare const id: string, id1: string, id2: string, noteId: string, attachmentId: string, tagId: string, groupId: string, layoutId: string, userId: string, territoryId: string, lockId: string;
declare const ids: string[];
declare const cache: import('zohokit').AnalyticsQueryCache;
`;

/** Names an example may use unimported, by the entry that exports them. */
const PRELUDE: { [entry: string]: string[] } = {
  zohokit: ['createZoho', 'createZohoCore', 'criteria', 'Criteria', 'escapeSearchValue', 'coql', 'flatten', 'subRequest', 'MemoryBudgetBackend', 'crmCredits', 'Tax', 'LineItem', 'ZohoAuthError', 'type Page', 'type CrmRecordData', 'type FieldValues', 'creatorCriteria', 'quoteColumn', 'sqlLiteral', 'replaceEmoji'],
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
  // One walk of the package entries: every file holding a public method, and the methods without an example.
  let checked: ReturnType<typeof exampleGaps>;
  beforeAll(() => {
    checked = exampleGaps();
  }, 120_000);

  it('every public method reachable from the package entries carries an @example', () => {
    expect(checked.files.length).toBeGreaterThan(40);
    expect(checked.gaps).toEqual([]);
  });

  it('every @example of those files type-checks against the real API', async () => {
    const files: { [fileName: string]: string } = { 'ambient.d.ts': AMBIENT };
    for (const file of checked.files) {
      const blocks = examplesOf(await readFile(join(root, file), 'utf8'));
      blocks.forEach((block, i) => (files[`${file.replace(/[/.]/g, '_')}-${i + 1}.ts`] = asModule(block)));
    }
    const report = await typeCheckSnippets('examples', files);
    if (report !== undefined) throw new Error(`@example blocks do not type-check (file-N is the Nth example of that file, in .tmp/examples):\n${report}`);
    // At least one example per public method (the ambient file aside): the walk found the files.
    expect(Object.keys(files).length).toBeGreaterThan(checked.checked);
  }, 180_000);
});
