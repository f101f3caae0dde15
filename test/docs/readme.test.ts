import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckSnippets } from './type-check-snippets.js';

const root = new URL('../..', import.meta.url).pathname;

/** The ```ts blocks of the README, in order. */
async function snippets(): Promise<string[]> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('README', () => {
  it('has TypeScript examples, and every one type-checks against the real API', async () => {
    const blocks = await snippets();
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    // Each block is its own module; `zohokit/...` resolves to this checkout's sources.
    const files = Object.fromEntries(blocks.map((code, i) => [`block-${i + 1}.ts`, `${code}\nexport {};\n`]));
    const report = await typeCheckSnippets('readme', files, ['../../test/docs/readme-ambient.d.ts']);
    if (report !== undefined) throw new Error(`README snippets do not type-check (block-N is the Nth \`\`\`ts block):\n${report}`);
  }, 180_000);
});
