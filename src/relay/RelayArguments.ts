// Command-line and environment settings of `npm start` / `npm run relay`.
export interface RelayArguments {
  host: string;
  port: number;
  relayOnly: boolean;
  /** Runs behind a reverse proxy on this machine: count clients by its X-Forwarded-For. */
  trustProxy: boolean;
  /** HTTPS with these PEM files (a community centre's own certificate); plain http without. */
  tls?: { certFile: string; keyFile: string };
}

export class RelayArgumentError extends Error {}

const usage =
  'usage: npm start -- [--host 127.0.0.1] [--port 4321] [--relay-only] [--trust-proxy] [--https --cert cert.pem --key key.pem]';

export function parseRelayArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): RelayArguments {
  const result: RelayArguments = {
    host: env.BUURTRUIL_HOST || env.HOST || '127.0.0.1',
    port: parsePort(env.BUURTRUIL_PORT || env.PORT || '4321'),
    relayOnly: false,
    trustProxy: env.BUURTRUIL_TRUST_PROXY === '1',
  };
  let https = false;
  let certFile: string | undefined;
  let keyFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new RelayArgumentError(`${name} needs a value. ${usage}`);
      return v;
    };
    switch (name) {
      case '--host':
        result.host = value();
        break;
      case '--port':
        result.port = parsePort(value());
        break;
      case '--relay-only':
        result.relayOnly = true;
        break;
      case '--trust-proxy':
        result.trustProxy = true;
        break;
      case '--https':
        https = true;
        break;
      case '--cert':
        certFile = value();
        break;
      case '--key':
        keyFile = value();
        break;
      case '--help':
      case '-h':
        throw new RelayArgumentError(usage);
      default:
        throw new RelayArgumentError(`Unknown argument "${arg}". ${usage}`);
    }
  }
  // A certificate and its key come together; --https alone has nothing to serve with.
  if (https || certFile || keyFile) {
    if (!certFile || !keyFile) {
      throw new RelayArgumentError(`HTTPS needs both --cert (the certificate) and --key (its private key). ${usage}`);
    }
    result.tls = { certFile, keyFile };
  }
  return result;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 0 || port > 65535) {
    throw new RelayArgumentError(`Port "${text}" is not a number from 0 to 65535.`);
  }
  return port;
}
