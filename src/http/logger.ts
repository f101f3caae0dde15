import type { Layer } from './handler.js';
import type { Redactor } from './redact.js';

/**
 * A pluggable logger: `console`, pino, winston and most others fit as they are.
 * zohokit redacts before it calls you, so nothing here ever holds a token or secret.
 */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = keyof Logger;

/** A logger wrapper that redacts every message and string field on the way out. */
export class RedactingLogger {
  constructor(
    private readonly target: Logger | undefined,
    private readonly redactor: Redactor,
  ) {}

  /** False when nobody listens: the transport then leaves the logging layer out. */
  get enabled(): boolean {
    return this.target !== undefined;
  }

  log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
    const write = this.target?.[level];
    if (!write) return;
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      clean[key] = typeof value === 'string' ? this.redactor.redact(value) : value;
    }
    write.call(this.target, this.redactor.redact(message), clean);
  }
}

/** Logs each attempt: method, URL (query redacted), status, time taken, user. */
export function loggerLayer(logger: RedactingLogger, now: () => number = performance.now.bind(performance)): Layer {
  return (next) => async (request, context) => {
    const started = now();
    const fields = { product: context.product, user: context.user, attempt: context.attempt, method: request.method, url: request.url };
    try {
      const response = await next(request, context);
      const ms = Math.round(now() - started);
      logger.log(response.ok ? 'debug' : 'warn', `${request.method} ${request.url} → ${response.status} (${ms} ms)`, { ...fields, status: response.status, ms });
      return response;
    } catch (error) {
      const ms = Math.round(now() - started);
      logger.log('warn', `${request.method} ${request.url} failed after ${ms} ms: ${error instanceof Error ? error.message : String(error)}`, { ...fields, ms });
      throw error;
    }
  };
}
