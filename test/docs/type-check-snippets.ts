import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/**
 * Type-checks code snippets as a user of the package would write them: each snippet is its
 * own module under `.tmp/<name>`, and `zohokit/...` resolves to this checkout's sources.
 * Answers tsc's report, or undefined when everything checks.
 */
export async function typeCheckSnippets(name: string, files: { [fileName: string]: string }, include: readonly string[] = []): Promise<string | undefined> {
  const dir = join(root, '.tmp', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([fileName, code]) => writeFile(join(dir, fileName), code)));
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
          'zohokit/crm': ['./src/entries/crm.ts'],
          'zohokit/analytics': ['./src/entries/analytics.ts'],
          'zohokit/creator': ['./src/entries/creator.ts'],
          'zohokit/desk': ['./src/entries/desk.ts'],
          'zohokit/persistence': ['./persistence/index.ts'],
          'zohokit/persistence/file': ['./persistence/file-token-store.ts'],
          'zohokit/persistence/mysql': ['./persistence/mysql-token-store.ts'],
          'zohokit/persistence/mysql-budget': ['./persistence/mysql-budget-backend.ts'],
          'zohokit/persistence/redis': ['./persistence/redis-budget-backend.ts'],
          'zohokit/testing': ['./src/testing/index.ts'],
        },
        baseUrl: '../..',
      },
      include: ['*.ts', ...include],
    }),
  );
  try {
    await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root });
    return undefined;
  } catch (error) {
    return (error as { stdout?: string }).stdout || String(error);
  }
}
