import type { Environment } from '../auth/data-centers.js';
import { ZohoConfigError } from '../errors.js';
import { createZoho } from '../zoho.js';
import type { CliIo } from './cli-io.js';
import { parseDataCenter } from './dc-option.js';
import { ask } from './prompt.js';
import { openStore } from './store-option.js';

export interface AuthOptions {
  dc?: string;
  /** Commander's default: production. */
  environment: Environment;
  clientId?: string;
  clientSecret?: string;
  code?: string;
  /** A value, or `true` for the bare flag (then ZOHO_REFRESH_TOKEN or a hidden prompt). */
  refreshToken?: string | true;
  /** Commander's default: `default`. */
  user: string;
  store?: string;
}

/**
 * `zohokit auth`: the self-client flow. Make a grant code in Zoho's API console, and this
 * exchanges it and stores the refresh token. Or, with `--refresh-token` (or
 * ZOHO_REFRESH_TOKEN and no `--code`), it stores a refresh token you already hold, once a
 * refresh has proved it works. Values come from flags, then the environment
 * (ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_DC, ZOHO_REFRESH_TOKEN), then a prompt when
 * stdin is a terminal; secrets are never echoed or printed.
 */
export async function runAuth(options: AuthOptions, io: CliIo, print: (line: string) => void): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  const value = async (flag: string, given: string | undefined, env: string | undefined, question: string, secret = false) => {
    const found = given ?? env;
    if (found) return found;
    if (!interactive) throw new ZohoConfigError(flag, 'is required (stdin is not a terminal, so it cannot be asked for)');
    const answer = await ask(question, { secret, input: io.stdin, output: io.stderr });
    if (!answer) throw new ZohoConfigError(flag, 'is required');
    return answer;
  };
  const dc = parseDataCenter(await value('--dc', options.dc, io.env['ZOHO_DC'], 'Data centre (us, eu, in, au, jp, ca, cn, sa): '));
  const clientId = await value('--client-id', options.clientId, io.env['ZOHO_CLIENT_ID'], 'Client id: ');
  const clientSecret = await value('--client-secret', options.clientSecret, io.env['ZOHO_CLIENT_SECRET'], 'Client secret (hidden): ', true);
  const envRefreshToken = io.env['ZOHO_REFRESH_TOKEN'] || undefined;
  const fromRefreshToken = options.refreshToken !== undefined || (options.code === undefined && envRefreshToken !== undefined);
  if (fromRefreshToken && options.code !== undefined) throw new ZohoConfigError('--code', 'give either --code or --refresh-token, not both');
  const grant = fromRefreshToken
    ? { refreshToken: await value('--refresh-token', typeof options.refreshToken === 'string' ? options.refreshToken : undefined, envRefreshToken, 'Refresh token (hidden): ', true) }
    : { code: await value('--code', options.code, undefined, 'Grant code from the API console (hidden): ', true) };

  const { store, description } = await openStore(options.store);
  try {
    const zoho = createZoho({
      credentials: { clientId, clientSecret },
      dataCenter: dc,
      environment: options.environment,
      store,
    });
    const stored = await zoho.authorize({ ...grant, user: options.user });
    print(`Stored user "${stored.user}" (data centre ${stored.dataCenter}, ${stored.environment}) in ${description}`);
    print(`Scopes: ${stored.scopes?.join(', ') || '(none reported)'}`);
    if (stored.apiDomain) print(`API domain: ${stored.apiDomain}`);
  } finally {
    await store.close?.();
  }
}
