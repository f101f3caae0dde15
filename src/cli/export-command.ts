import type { Environment } from '../auth/data-centers.js';
import { ZohoConfigError } from '../errors.js';
import { createZoho, type Zoho } from '../zoho.js';
import type { CliIo } from './cli-io.js';
import { parseDataCenter } from './dc-option.js';
import { progressOn } from './progress.js';
import { RowWriter, type ExportFormat } from './row-writer.js';
import { openStore } from './store-option.js';

export interface ExportOptions {
  dc?: string;
  /** Commander's default: production. */
  environment: Environment;
  clientId?: string;
  clientSecret?: string;
  user: string;
  store?: string;
  format: ExportFormat;
  out?: string;
  fields?: string;
  criteria?: string;
  bulk?: boolean;
  workspace?: string;
  sql?: string;
  orgId?: string;
}

type Source = (zoho: Zoho) => AsyncIterable<Record<string, unknown>>;

/** `zohokit export crm|analytics|creator ...`: rows to CSV or JSONL, with progress on stderr. */
export async function runExport(product: string, target: string | undefined, options: ExportOptions, io: CliIo): Promise<void> {
  const source = sourceFor(product, target, options);
  const clientId = options.clientId ?? io.env['ZOHO_CLIENT_ID'];
  const clientSecret = options.clientSecret ?? io.env['ZOHO_CLIENT_SECRET'];
  if (!clientId) throw new ZohoConfigError('--client-id', 'is required (or ZOHO_CLIENT_ID)');
  if (!clientSecret) throw new ZohoConfigError('--client-secret', 'is required (or ZOHO_CLIENT_SECRET)');
  const { store } = await openStore(options.store);
  const writer = new RowWriter(options.format, options.out, io.stdout);
  const progress = progressOn(io.stderr, `export ${product}${target ? ` ${target}` : ''}`);
  try {
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: parseDataCenter(options.dc ?? io.env['ZOHO_DC'] ?? 'us'),
      environment: options.environment,
      store,
      defaultUser: options.user,
      ...(options.orgId ? { analytics: { orgId: options.orgId } } : {}),
    });
    for await (const row of source(zoho)) {
      await writer.write(row);
      progress.tick(writer.count);
    }
    progress.stop(writer.count);
  } finally {
    await writer.close();
    await store.close?.();
  }
}

function sourceFor(product: string, target: string | undefined, options: ExportOptions): Source {
  const fields = options.fields?.split(',').map((field) => field.trim()).filter(Boolean);
  switch (product) {
    case 'crm': {
      if (!target) throw new ZohoConfigError('<module>', 'name the CRM module, e.g. `zohokit export crm Leads`');
      const module = target;
      if (options.bulk) {
        // Bulk read takes Zoho's structured criteria, not the search grammar.
        if (options.criteria) throw new ZohoConfigError('--criteria', 'cannot be combined with --bulk; filter the CSV afterwards or drop --bulk');
        return (zoho) => zoho.crm.module(module).bulkRead(fields ? { fields } : {});
      }
      return (zoho) => zoho.crm.module(module).records.iterate({ ...(fields ? { fields } : {}), ...(options.criteria ? { criteria: options.criteria } : {}) });
    }
    case 'analytics': {
      if (!options.workspace) throw new ZohoConfigError('--workspace', 'is required for analytics');
      if (!options.sql) throw new ZohoConfigError('--sql', 'is required for analytics');
      const { workspace, sql } = options;
      return (zoho) => zoho.analytics.workspace(workspace).streamSql(sql);
    }
    case 'creator': {
      const [owner, app, report] = target?.split('/') ?? [];
      if (!owner || !app || !report) throw new ZohoConfigError('<owner>/<app>/<report>', 'name the report, e.g. `zohokit export creator zylker/store/All_Orders`');
      return (zoho) => zoho.creator.app(owner, app).report(report).bulkRead(options.criteria ? { criteria: options.criteria } : {});
    }
    default:
      throw new ZohoConfigError('<product>', 'must be crm, analytics or creator');
  }
}
