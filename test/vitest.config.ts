import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/redaction-guard.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites start their own simulators and databases; files run in parallel workers.
    pool: 'forks',
  },
});
