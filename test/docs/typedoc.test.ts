import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { Application, LogLevel, Logger } from 'typedoc';

const config = fileURLToPath(new URL('../../scripts/typedoc.config.mjs', import.meta.url));

/** Collects what TypeDoc would print, instead of printing it. */
class CollectingLogger extends Logger {
  readonly lines: string[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level >= LogLevel.Warn) this.lines.push(`${LogLevel[level]}: ${message}`);
  }
}

describe('API docs (`npm run docs`)', () => {
  it('converts and validates the public API with no TypeDoc warning: every type a public one names is documented', async () => {
    const app = await Application.bootstrapWithPlugins({ options: config, logLevel: 'Warn' });
    const logger = new CollectingLogger();
    app.logger = logger;
    const project = await app.convert();
    expect(project, 'TypeDoc could not convert the project').toBeDefined();
    app.validate(project!);
    // A new warning usually means a public type names an unexported one: export it from the
    // entry point, mark it @internal, or (for generated shorthands) list it in the config.
    expect(logger.lines).toEqual([]);
  }, 180_000);
});
