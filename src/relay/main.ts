// `npm start`: build the site if needed, then serve it and the relay on one port.
// `npm run relay`: the relay alone, for a site hosted elsewhere.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSiteIfNeeded } from './buildSiteIfNeeded.ts';
import { parseRelayArguments, RelayArgumentError } from './RelayArguments.ts';
import { startRelay } from './RelayServer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  console.error(`buurtruil: ${message}`);
  process.exit(1);
}

try {
  const args = parseRelayArguments(process.argv.slice(2), process.env);
  if (!args.relayOnly) buildSiteIfNeeded(root);
  const relay = await startRelay({
    host: args.host,
    port: args.port,
    trustProxy: args.trustProxy,
    ...(args.relayOnly ? {} : { staticDir: join(root, 'dist') }),
  });
  const shown = relay.url.replace('http://[::]', 'http://localhost').replace('http://0.0.0.0', 'http://localhost');
  console.log(
    args.relayOnly
      ? `Buurtruil relay on ${shown} (signalling ${shown.replace('http', 'ws')}/signal)`
      : `Buurtruil runs on ${shown}`,
  );
  const stop = (): void => {
    void relay.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof RelayArgumentError) fail(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail('that port is already in use. Choose another with --port.');
  if (code === 'EADDRNOTAVAIL') fail('that host address is not on this machine. Choose another with --host.');
  if (code === 'EACCES') fail('not allowed to listen on that port. Choose a port above 1023 with --port.');
  fail(error instanceof Error ? error.message : String(error));
}
