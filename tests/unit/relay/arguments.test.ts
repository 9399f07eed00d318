import { describe, expect, it } from 'vitest';
import { parseRelayArguments, RelayArgumentError } from '../../../src/relay/RelayArguments.ts';

describe('parseRelayArguments', () => {
  it('defaults to 127.0.0.1:4321, site and relay', () => {
    expect(parseRelayArguments([], {})).toEqual({
      host: '127.0.0.1',
      port: 4321,
      relayOnly: false,
      trustProxy: false,
    });
  });

  it('takes --host, --port (both spellings), --relay-only and --trust-proxy', () => {
    expect(parseRelayArguments(['--host', '0.0.0.0', '--port=8080', '--relay-only', '--trust-proxy'], {})).toEqual({
      host: '0.0.0.0',
      port: 8080,
      relayOnly: true,
      trustProxy: true,
    });
  });

  it('takes host and port from the environment, arguments win', () => {
    expect(parseRelayArguments(['--port', '9000'], { BUURTRUIL_HOST: '192.0.2.1', PORT: '5000' })).toEqual({
      host: '192.0.2.1',
      port: 9000,
      relayOnly: false,
      trustProxy: false,
    });
  });

  it('trusts a proxy only when told: --trust-proxy or BUURTRUIL_TRUST_PROXY=1', () => {
    expect(parseRelayArguments([], { BUURTRUIL_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(parseRelayArguments([], { BUURTRUIL_TRUST_PROXY: 'yes' }).trustProxy).toBe(false);
  });

  it('takes a certificate and key for HTTPS, with or without --https', () => {
    const tls = { certFile: 'c.pem', keyFile: 'k.pem' };
    expect(parseRelayArguments(['--https', '--cert', 'c.pem', '--key', 'k.pem'], {}).tls).toEqual(tls);
    expect(parseRelayArguments(['--cert=c.pem', '--key=k.pem'], {}).tls).toEqual(tls);
    expect(parseRelayArguments([], {}).tls).toBeUndefined();
  });

  it.each([[['--https']], [['--https', '--cert', 'c.pem']], [['--key', 'k.pem']]])(
    'refuses HTTPS without both files: %j',
    (argv) => {
      expect(() => parseRelayArguments(argv, {})).toThrow(/needs both --cert .* and --key/);
    },
  );

  it.each([
    [['--port', 'abc']],
    [['--cert']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port']],
    [['--host']],
    [['--frobnicate']],
  ])('refuses %j with a clear error', (argv) => {
    expect(() => parseRelayArguments(argv, {})).toThrow(RelayArgumentError);
  });
});
