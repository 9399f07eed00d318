// The deployment of docs/deploy.md, tried on this machine: Caddy with the project's own
// configuration (deploy/caddy/*.caddy) in front of `npm run relay`, with a certificate from
// a CA made here (deploy/make-certificate.sh), all on 127.0.0.1 under the name buurt.test.
// It checks over TLS what a phone would meet: the site, the security headers, the relay's
// health, y-webrtc signalling and PeerJS over wss, and logs that name nobody.
//
//   npm run test:deploy
//
// Exit codes: 0 all passed, 1 a check failed, 3 Caddy is missing, 4 openssl is missing.
// Not part of `npm test`: a neighbour's own machine has no Caddy. CI installs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSiteIfNeeded } from '../../src/relay/buildSiteIfNeeded.ts';
import { type ServerProcess, startServer } from '../support/processes.ts';
import { type CaddyProcess, caddyVersion, startCaddy } from './caddyProcess.ts';
import { get, nextMessage, openSocket } from './tlsClient.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hostName = 'buurt.test';

/** What the brief for the headers asks, where the relay's own list is not there to compare. */
const requiredHeaders: Record<string, RegExp> = {
  'content-security-policy': /connect-src 'self' ws: wss:.*frame-ancestors 'none'/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(self\)/,
};

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The relay's own header list (src/relay/securityHeaders.ts), where this checkout has it. */
async function relayHeaders(): Promise<Record<string, string> | null> {
  const file = join(root, 'src', 'relay', 'securityHeaders.ts');
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { securityHeaders?: Record<string, string> };
  return module.securityHeaders ?? null;
}

/**
 * The relay started with the command line and environment of deploy/buurtruil-relay.service,
 * the folder and port changed to this checkout's and a free one.
 */
function startRelayAsTheUnitDoes(): Promise<ServerProcess> {
  const unit = readFileSync(join(root, 'deploy', 'buurtruil-relay.service'), 'utf8').replaceAll(
    '/opt/buurtruil',
    root.replace(/\/$/, ''),
  );
  const execStart = /^ExecStart=(.+)$/m.exec(unit)?.[1];
  if (!execStart) throw new Error('deploy/buurtruil-relay.service has no ExecStart');
  const command = execStart.replace(/--port \d+/, '--port 0').split(' ');
  const env = Object.fromEntries(
    [...unit.matchAll(/^Environment=(\w+)=(.*)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  return startServer([], /relay on (http:\/\/\S+)/, command, env);
}

/** systemd's own check of the unit file, where this machine has it. */
function verifyUnit(workDir: string): string | null {
  if (spawnSync('systemd-analyze', ['--version']).status !== 0) return null;
  const unit = join(workDir, 'buurtruil-relay.service');
  writeFileSync(
    unit,
    readFileSync(join(root, 'deploy', 'buurtruil-relay.service'), 'utf8').replaceAll('/opt/buurtruil', root),
  );
  const verified = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
  return `${verified.stdout}${verified.stderr}`.trim();
}

async function main(): Promise<number> {
  const caddy = caddyVersion();
  if (!caddy) {
    console.error(
      'deploy smoke test: needs Caddy, and it is not installed. Debian: apt-get install caddy. Nothing was tested.',
    );
    return 3;
  }
  if (spawnSync('openssl', ['version']).status !== 0) {
    console.error('deploy smoke test: needs openssl. Debian: apt-get install openssl. Nothing was tested.');
    return 4;
  }
  console.log(`deploy smoke test with Caddy ${caddy}`);

  const workDir = mkdtempSync(join(tmpdir(), 'buurtruil-deploy-'));
  const certs = join(workDir, 'certificate');
  const made = spawnSync('bash', [join(root, 'deploy', 'make-certificate.sh'), certs, hostName, '127.0.0.1'], {
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    console.error(`deploy smoke test: deploy/make-certificate.sh failed:\n${made.stderr}`);
    return 1;
  }
  const ca = readFileSync(join(certs, 'ca.pem'), 'utf8');
  buildSiteIfNeeded(root);

  let relay: ServerProcess | undefined;
  let proxy: CaddyProcess | undefined;
  const results: { name: string; error?: string }[] = [];
  try {
    relay = await startRelayAsTheUnitDoes();
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    proxy = await startCaddy({
      root,
      workDir,
      hostName,
      httpPort,
      httpsPort,
      certFile: join(certs, 'cert.pem'),
      keyFile: join(certs, 'key.pem'),
      relayAddress: `127.0.0.1:${relay.port}`,
    });
    const site = `https://${hostName}:${httpsPort}`;
    const wss = `wss://${hostName}:${httpsPort}`;
    const running = relay;
    const logs = proxy;

    const checks: [string, () => Promise<void>][] = [
      [
        'the start page over https, with the certificate made here',
        async () => {
          const page = await get(`${site}/`, ca);
          check(page.status === 200, `status ${page.status}`);
          check(page.body.includes('<html lang="nl"'), 'not the Buurtruil start page');
          check(page.headers['cache-control'] === 'no-cache', `Cache-Control ${page.headers['cache-control']}`);
        },
      ],
      [
        'a client that does not trust the local CA is refused',
        async () => {
          const refused = await get(`${site}/`, undefined).then(
            () => null,
            (error: NodeJS.ErrnoException) => error.code,
          );
          check(refused && /CERT|SIGNATURE|ISSUER/.test(refused), `connected anyway (${refused})`);
        },
      ],
      [
        'http:// is sent on to https://',
        async () => {
          const answer = await get(`http://${hostName}:${httpPort}/join/`, undefined);
          check([301, 302, 307, 308].includes(answer.status), `status ${answer.status}`);
          // Caddy 2.6 leaves a test https_port out of the address; in use it is 443 anyway.
          const to = new URL(String(answer.headers.location));
          check(to.protocol === 'https:' && to.hostname === hostName && to.pathname === '/join/', `to ${to}`);
        },
      ],
      [
        'the security headers, once each, on a page, a bundle and the relay',
        async () => {
          const bundle = readdirSync(join(root, 'dist', '_astro')).find((name) => name.endsWith('.js'));
          const expected = await relayHeaders();
          for (const path of ['/', '/start/', `/_astro/${bundle}`, '/health']) {
            const answer = await get(`${site}${path}`, ca);
            for (const [name, pattern] of Object.entries(requiredHeaders)) {
              const value = answer.headers[name];
              check(typeof value === 'string' && pattern.test(value), `${path}: ${name} is ${value}`);
            }
            // The relay's own list, where this checkout has it: the same values exactly.
            for (const [name, value] of Object.entries(expected ?? {})) {
              check(answer.headers[name.toLowerCase()] === value, `${path}: ${name} differs from the relay's`);
            }
            check(answer.headers.server === undefined, `${path}: Server header ${answer.headers.server}`);
            check(answer.headers['strict-transport-security'], `${path}: no Strict-Transport-Security`);
          }
          if (!expected) console.log('  (src/relay/securityHeaders.ts not in this checkout: checked the required set)');
        },
      ],
      [
        'bundles are compressed and kept for good',
        async () => {
          const bundle = readdirSync(join(root, 'dist', '_astro')).find((name) => name.endsWith('.js'));
          const answer = await get(`${site}/_astro/${bundle}`, ca, { 'accept-encoding': 'gzip' });
          check(answer.status === 200, `status ${answer.status}`);
          check(answer.headers['content-encoding'] === 'gzip', `encoding ${answer.headers['content-encoding']}`);
          check(/immutable/.test(String(answer.headers['cache-control'])), `${answer.headers['cache-control']}`);
        },
      ],
      [
        'GET /health reaches the relay',
        async () => {
          const answer = await get(`${site}/health`, ca);
          const relayHasHealth = readFileSync(join(root, 'src', 'relay', 'RelayServer.ts'), 'utf8').includes(
            "'/health'",
          );
          if (relayHasHealth) {
            check(answer.status === 200, `status ${answer.status}`);
            check((JSON.parse(answer.body) as { ok?: unknown }).ok === true, `body ${answer.body}`);
          } else {
            // This checkout's relay has no /health yet: its own 404 shows Caddy reached it.
            check(answer.status === 404, `status ${answer.status}`);
            console.log('  (this relay has no /health yet: checked that Caddy passes it to the relay)');
          }
        },
      ],
      [
        'y-webrtc signalling over wss: one device publishes, the other receives',
        async () => {
          const [first, second] = [await openSocket(`${wss}/signal`, ca), await openSocket(`${wss}/signal`, ca)];
          try {
            const topic = `smoke-${Date.now()}`;
            for (const socket of [first, second]) socket.send(JSON.stringify({ type: 'subscribe', topics: [topic] }));
            // Subscriptions are handled in order per connection: a ping answered means subscribed.
            for (const socket of [first, second]) {
              const pong = nextMessage(socket, (m) => m.type === 'pong');
              socket.send(JSON.stringify({ type: 'ping' }));
              await pong;
            }
            const received = nextMessage(second, (m) => m.type === 'publish');
            first.send(JSON.stringify({ type: 'publish', topic, data: { hello: 'buren' } }));
            const message = await received;
            check(JSON.stringify(message.data) === '{"hello":"buren"}', `received ${JSON.stringify(message)}`);
          } finally {
            first.close();
            second.close();
          }
        },
      ],
      [
        'PeerJS over https and wss: an id, then OPEN',
        async () => {
          const id = await get(`${site}/peerjs/peerjs/id`, ca);
          check(id.status === 200 && id.body.length > 0, `id: status ${id.status}`);
          const socket = await openSocket(`${wss}/peerjs/peerjs?key=peerjs&id=${id.body}&token=smoketest`, ca);
          try {
            const first = await nextMessage(socket);
            check(first.type === 'OPEN', `first message ${JSON.stringify(first)}`);
          } finally {
            socket.close();
          }
        },
      ],
      [
        'with the relay down, Caddy says 502 and its log names nobody',
        async () => {
          await running.stop();
          const answer = await get(`${site}/health`, ca);
          check(answer.status === 502, `status ${answer.status}`);
          const log = logs.log();
          if (process.env.SHOW_CADDY_LOG) console.log(log);
          check(/connection refused|dial tcp/.test(log), 'the failed request was not logged at all');
          check(!/http\.log\.access/.test(log), 'an access log is written');
          for (const field of ['remote_ip', 'client_ip', 'remote_port', '"uri"', '"headers"', 'X-Forwarded-For']) {
            check(!log.includes(field), `the log has ${field}`);
          }
        },
      ],
      [
        'deploy/Caddyfile, as install.sh writes it, is valid',
        async () => {
          const production = readFileSync(join(root, 'deploy', 'Caddyfile'), 'utf8')
            .replaceAll('/opt/buurtruil', root.replace(/\/$/, ''))
            .replaceAll('buurt.example.nl', 'buurt.example.org');
          const file = join(workDir, 'production.caddyfile');
          writeFileSync(file, production);
          const adapted = spawnSync('caddy', ['adapt', '--adapter', 'caddyfile', '--config', file], {
            encoding: 'utf8',
          });
          check(adapted.status === 0, adapted.stderr);
          check(adapted.stdout.includes('"buurt.example.org"'), 'the site name is not in the configuration');
          check(adapted.stdout.includes('reverse_proxy'), 'no reverse proxy in the configuration');
        },
      ],
      [
        'deploy/buurtruil-relay.service passes systemd-analyze verify',
        async () => {
          const problems = verifyUnit(workDir);
          if (problems === null)
            console.log('  (no systemd-analyze on this machine: the unit started the relay above)');
          else check(problems === '', problems);
        },
      ],
    ];

    for (const [name, run] of checks) {
      try {
        await run();
        results.push({ name });
        console.log(`✓ ${name}`);
      } catch (error) {
        results.push({ name, error: error instanceof Error ? error.message : String(error) });
        console.log(`✗ ${name}\n  ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await proxy?.stop();
    await relay?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  const failed = results.filter((result) => result.error).length;
  console.log(`deploy: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
