// `npm start` / `npm run relay` as a person meets them: clear one-line errors, exit 1.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['src/relay/main.ts', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

function occupiedPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

// Each run starts Node and loads the relay's modules: seconds on a busy two-core machine.
describe('relay command line', { timeout: 20_000 }, () => {
  it('says the port is in use and exits 1', async () => {
    const port = await occupiedPort();
    const { status, stderr } = run(['--relay-only', '--port', String(port)]);
    expect(status).toBe(1);
    expect(stderr).toBe('buurtruil: that port is already in use. Choose another with --port.');
  });

  it('says what is wrong with a bad argument and exits 1', () => {
    const { status, stderr } = run(['--relay-only', '--port', 'vier']);
    expect(status).toBe(1);
    expect(stderr).toBe('buurtruil: Port "vier" is not a number from 0 to 65535.');
  });

  it('names a certificate file it cannot read', () => {
    const missing = run(['--relay-only', '--port', '0', '--cert', 'no/such/cert.pem', '--key', 'no/such/key.pem']);
    expect(missing).toEqual({ status: 1, stderr: 'buurtruil: cannot read the certificate file "no/such/cert.pem".' });
  });

  it('names a certificate file that is not PEM', () => {
    const notPem = run(['--relay-only', '--port', '0', '--cert', 'package.json', '--key', 'package.json']);
    expect(notPem.status).toBe(1);
    expect(notPem.stderr).toBe(
      'buurtruil: the certificate file "package.json" is not a PEM file (it starts with -----BEGIN).',
    );
  });

  it('refuses a host that is not on this machine', () => {
    const { status, stderr } = run(['--relay-only', '--host', '192.0.2.77', '--port', '0']);
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('--host');
  });
});
