import { afterEach, expect } from 'vitest';

/**
 * The suite-wide redaction check: every log line and every error a test records is
 * compared against every secret any simulator issued. One leak anywhere fails the test
 * that caused it.
 */
const secretSources: (() => string[])[] = [];
const texts: string[] = [];

export const redactionGuard = {
  /** Registers where secrets come from (usually `() => sim.secrets()`). */
  watch(source: () => string[]): void {
    secretSources.push(source);
  },
  /** Records text that must be secret-free: a log line, an error message. */
  record(text: string): void {
    texts.push(text);
  },
  recordError(error: unknown): void {
    if (error instanceof Error) {
      texts.push(`${error.name}: ${error.message}`);
      texts.push(JSON.stringify(error));
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof Error) texts.push(cause.message);
    } else {
      texts.push(String(error));
    }
  },
};

afterEach(() => {
  const secrets = secretSources.flatMap((source) => source());
  const leaks: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (secret.length >= 8 && text.includes(secret)) leaks.push(`${secret.slice(0, 9)}… in: ${text.slice(0, 160)}`);
  }
  texts.length = 0;
  expect(leaks, 'secrets leaked into logs or error messages').toEqual([]);
});
