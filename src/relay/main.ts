// `npm start`: build the site if needed, then serve it and the relay on one port.
// `npm run relay`: the relay alone, for a site hosted elsewhere.
import { readFileSync } from 'node:fs';
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

/** A PEM file named on the command line, or a one-line reason why not. */
function readPem(file: string, what: 'certificate' | 'key'): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read the ${what} file "${file}".`);
  }
  if (!text.includes('-----BEGIN ')) fail(`the ${what} file "${file}" is not a PEM file (it starts with -----BEGIN).`);
  return text;
}

try {
  const args = parseRelayArguments(process.argv.slice(2), process.env);
  const tls = args.tls && { cert: readPem(args.tls.certFile, 'certificate'), key: readPem(args.tls.keyFile, 'key') };
  if (!args.relayOnly) buildSiteIfNeeded(root);
  const relay = await startRelay({
    host: args.host,
    port: args.port,
    trustProxy: args.trustProxy,
    ...(args.relayOnly ? {} : { staticDir: join(root, 'dist') }),
    ...(tls ? { tls } : {}),
  });
  const shown = relay.url.replace('//[::]', '//localhost').replace('//0.0.0.0', '//localhost');
  console.log(
    args.relayOnly
      ? `Buurtruil relay on ${shown} (signalling ${shown.replace(/^http/, 'ws')}/signal)`
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
  // OpenSSL's codes for a certificate and key that do not fit, or will not parse.
  if (code?.startsWith('ERR_OSSL')) fail('the certificate and key do not fit together, or one of them is damaged.');
  if (code === 'EACCES') fail('not allowed to listen on that port. Choose a port above 1023 with --port.');
  fail(error instanceof Error ? error.message : String(error));
}
