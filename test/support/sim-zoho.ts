import { createZoho, type Zoho, type ZohoConfig } from '../../src/index.js';
import { createSimulator, type Simulator, type SimulatorOptions, type SimulatorServer } from '../../src/testing/index.js';
import { redactionGuard } from './redaction-guard.js';

export interface LogLine {
  level: string;
  message: string;
}

export interface SimZoho {
  sim: Simulator;
  zoho: Zoho;
  clientId: string;
  clientSecret: string;
  logs: LogLine[];
  server: SimulatorServer | undefined;
  close(): Promise<void>;
}

/**
 * A simulator and a zohokit client wired together through the real transport, with
 * `users` authorised by grant code. Every log line goes through the redaction guard.
 */
export async function simZoho(options: {
  users?: string[];
  transport?: 'fetch' | 'http';
  sim?: SimulatorOptions;
  zoho?: Partial<ZohoConfig>;
} = {}): Promise<SimZoho> {
  const sim = createSimulator(options.sim);
  redactionGuard.watch(() => sim.secrets());
  const { clientId, clientSecret } = sim.createClient();
  const server = options.transport === 'http' ? await sim.listen() : undefined;
  const logs: LogLine[] = [];
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    logs.push({ level, message });
    redactionGuard.record(message);
    if (fields) redactionGuard.record(JSON.stringify(fields));
  };
  const zoho = createZoho({
    credentials: { clientId, clientSecret },
    dataCenter: server ? server.dataCenter : sim.dataCenter,
    ...(server ? {} : { fetch: sim.fetch }),
    logger: { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') },
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    ...options.zoho,
  });
  for (const user of options.users ?? []) {
    await zoho.authorize({ code: sim.createGrantCode({ clientId, user }), user });
  }
  return { sim, zoho, clientId, clientSecret, logs, server, close: async () => server?.close() };
}

/** Runs `fn`, expects it to reject, records the error for the redaction guard and returns it. */
export async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    redactionGuard.recordError(error);
    return error;
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/** A user's view of the client a SimZoho holds. */
export type SimView = ReturnType<SimZoho['zoho']['as']>;

/** The plainest typed CRM read: the first page of Leads with one field, through the whole transport. */
export const listLeads = (view: SimView, init: { signal?: AbortSignal } = {}) =>
  view.crm.api.GET('/crm/v8/{module_api_name}', { params: { path: { module_api_name: 'Leads' }, query: { fields: 'Last_Name' } }, ...init });
