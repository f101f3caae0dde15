import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
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
    const dir = join(root, '.tmp', 'readme');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    // Each block is its own module; `zohokit/...` resolves to this checkout's sources.
    await Promise.all(blocks.map((code, i) => writeFile(join(dir, `block-${i + 1}.ts`), `${code}\nexport {};\n`)));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: {
          noEmit: true,
          rootDir: '../..',
          noUnusedLocals: false,
          paths: {
            zohokit: ['./src/index.ts'],
            'zohokit/persistence': ['./persistence/index.ts'],
            'zohokit/persistence/file': ['./persistence/file-token-store.ts'],
            'zohokit/persistence/mysql': ['./persistence/mysql-token-store.ts'],
            'zohokit/persistence/mysql-budget': ['./persistence/mysql-budget-backend.ts'],
            'zohokit/persistence/redis': ['./persistence/redis-budget-backend.ts'],
            'zohokit/testing': ['./src/testing/index.ts'],
          },
          baseUrl: '../..',
        },
        include: ['*.ts', '../../test/docs/readme-ambient.d.ts'],
      }),
    );
    try {
      await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root });
    } catch (error) {
      const output = (error as { stdout?: string }).stdout ?? String(error);
      throw new Error(`README snippets do not type-check (block-N is the Nth \`\`\`ts block):\n${output}`);
    }
  }, 180_000);
});
