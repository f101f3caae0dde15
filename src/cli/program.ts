/**
 * The `zohokit` command: auth (self-client grant code or refresh token → stored refresh
 * token), simulate (serve the simulator), export, demo (the tour `npm run demo` runs).
 * Kept apart from main.ts so that tests can run the command in process: `run()` takes the
 * arguments and the streams and returns the exit code (exit-codes.ts); it never exits.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ENVIRONMENTS } from '../auth/data-centers.js';
import { runAuth } from './auth-command.js';
import { runExport } from './export-command.js';
import { runLiveDemo } from './demo-live.js';
import { runSimulatedDemo } from './demo-simulated.js';
import { processIo, type CliIo } from './cli-io.js';
import { describeError, EXIT, exitCodeFor } from './exit-codes.js';
import { runSimulate } from './simulate-command.js';
import { simulateLimitOptions } from './simulate-limits-options.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

export function buildProgram(io: CliIo = processIo()): Command {
  const print = (line: string): void => {
    io.stdout.write(`${line}\n`);
  };
  const program = new Command('zohokit')
    .description('Typed Zoho client toolkit: authorise users, serve the Zoho simulator, export data.')
    .option('--verbose', 'print error details (status, code, body excerpt)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program
    .command('auth')
    .description('Store a refresh token: exchange a self-client grant code, or check and keep a refresh token you hold')
    .option('--dc <dc>', 'data centre (us, eu, in, au, jp, ca, cn, sa) or a simulator URL; env ZOHO_DC')
    .addOption(new Option('--environment <env>', 'Zoho environment').choices(ENVIRONMENTS as string[]).default('production'))
    .option('--client-id <id>', 'OAuth client id; env ZOHO_CLIENT_ID')
    .option('--client-secret <secret>', 'OAuth client secret; env ZOHO_CLIENT_SECRET (prompted, hidden, on a terminal)')
    .option('--code <code>', 'grant code from the API console (prompted, hidden, on a terminal)')
    .option('--refresh-token [token]', 'store a refresh token you already hold instead of a grant code; env ZOHO_REFRESH_TOKEN (prompted, hidden, when given bare)')
    .option('--user <name>', 'your name for this Zoho user', 'default')
    .option('--store <path|mysql://...>', 'where to keep the token (default: a 0600 file in your config dir)')
    .action(async (options) => runAuth(options, io, print));

  const simulate = program
    .command('simulate')
    .description('Serve the Zoho simulator on localhost until Ctrl+C')
    .option('--port <n>', 'port to listen on (default: a free one)', port)
    .option('--seed', 'register a client and a user; print their credentials, every URL another SDK needs and a Python SDK example')
    .option('--user <name>', 'the seeded user', 'demo@example.com')
    .option('--latency <ms>', 'the least time every answer takes', (value: string) => Number(value));
  for (const option of simulateLimitOptions()) simulate.addOption(option);
  simulate.action(async (options) => runSimulate(options, print, io.signal));

  program
    .command('export')
    .description('Export rows as CSV or JSONL: crm <Module> | analytics --workspace W --sql "..." | creator <owner>/<app>/<report>')
    .argument('<product>', 'crm, analytics or creator')
    .argument('[target]', 'CRM module, or <owner>/<app>/<report> for Creator')
    .option('--user <name>', 'the stored user to export as', 'default')
    .option('--dc <dc>', 'data centre or simulator URL; env ZOHO_DC (default us)')
    .addOption(new Option('--environment <env>', 'Zoho environment').choices(ENVIRONMENTS as string[]).default('production'))
    .option('--client-id <id>', 'OAuth client id; env ZOHO_CLIENT_ID')
    .option('--client-secret <secret>', 'OAuth client secret; env ZOHO_CLIENT_SECRET')
    .option('--store <path|mysql://...>', 'where `zohokit auth` stored the token')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <file>', 'write here instead of stdout')
    .option('--fields <list>', 'CRM: comma-separated field API names')
    .option('--criteria <criteria>', 'CRM search criteria or Creator criteria')
    .option('--bulk', 'CRM: use a bulk read job (ZIP/CSV) instead of paging')
    .option('--workspace <name>', 'Analytics workspace name or id')
    .option('--sql <query>', 'Analytics SQL')
    .option('--org-id <id>', 'Analytics organization id')
    .action(async (product: string, target: string | undefined, options) => runExport(product, target, options, io));

  program
    .command('demo')
    .description('Tour zohokit against the built-in simulator (read-only against real Zoho when ZOHO_* variables are set)')
    .action(async () => {
      const { ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN, ZOHO_DC } = io.env;
      if (ZOHO_CLIENT_ID && ZOHO_CLIENT_SECRET && ZOHO_REFRESH_TOKEN && ZOHO_DC) {
        await runLiveDemo({ clientId: ZOHO_CLIENT_ID, clientSecret: ZOHO_CLIENT_SECRET, refreshToken: ZOHO_REFRESH_TOKEN, dc: ZOHO_DC }, print);
      } else {
        await runSimulatedDemo(print);
      }
    });

  return program;
}

/**
 * Runs one command: `args` are what follows `zohokit` on the command line. Resolves to the
 * exit status; failures are one line on `io.stderr` (more with --verbose), never a secret.
 */
export async function run(args: readonly string[], given: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...processIo(), ...given };
  const program = buildProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`${describeError(error, program.opts<{ verbose?: boolean }>().verbose === true)}\n`);
    return exitCodeFor(error);
  }
}
