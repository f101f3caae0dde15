// Loaded with --import: records every module specifier the program resolves, and the URL it
// resolves to, so a test can prove which modules an entry point pulls in.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const seen = new Set();
const urls = new Set();
port1.on('message', ({ specifier, url }) => {
  seen.add(specifier);
  urls.add(url);
});
port1.unref();
register('./record-imports-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => process.stdout.write(`\nIMPORTS ${JSON.stringify([...seen])}\nMODULES ${JSON.stringify([...urls])}\n`));
