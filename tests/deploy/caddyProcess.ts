// Caddy for the deployment smoke test: the real site configuration (deploy/caddy/*.caddy)
// with a locally made certificate, on 127.0.0.1 only, started and stopped by process id.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CaddyProcess {
  pid: number;
  /** Everything Caddy logged so far. */
  log(): string;
  stop(): Promise<void>;
}

export interface CaddySettings {
  root: string;
  workDir: string;
  hostName: string;
  httpPort: number;
  httpsPort: number;
  certFile: string;
  keyFile: string;
  relayAddress: string;
}

export function caddyVersion(): string | null {
  const result = spawnSync('caddy', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The test's Caddyfile: test ports and certificate around the same imports as deploy/Caddyfile. */
export function testCaddyfile(settings: CaddySettings): string {
  const deploy = join(settings.root, 'deploy', 'caddy');
  return `{
	import ${deploy}/global.caddy
	admin off
	default_bind 127.0.0.1
	http_port ${settings.httpPort}
	https_port ${settings.httpsPort}
	storage file_system ${join(settings.workDir, 'caddy-data')}
	skip_install_trust
}

${settings.hostName} {
	tls ${settings.certFile} ${settings.keyFile}
	import ${deploy}/site.caddy
}
`;
}

export function startCaddy(settings: CaddySettings): Promise<CaddyProcess> {
  const config = join(settings.workDir, 'Caddyfile');
  writeFileSync(config, testCaddyfile(settings));
  const child = spawn('caddy', ['run', '--adapter', 'caddyfile', '--config', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: settings.workDir,
      XDG_DATA_HOME: join(settings.workDir, 'data'),
      XDG_CONFIG_HOME: join(settings.workDir, 'config'),
      BUURTRUIL_DIST: join(settings.root, 'dist'),
      BUURTRUIL_RELAY: settings.relayAddress,
    },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((resolve, reject) => {
    const ready = () => {
      if (!output.includes('serving initial configuration')) return;
      child.stderr?.off('data', ready);
      child.off('exit', early);
      resolve({ pid: child.pid ?? -1, log: () => output, stop: () => stopProcess(child) });
    };
    const early = (code: number | null) => reject(new Error(`caddy exited (${code}) before it was ready:\n${output}`));
    child.stderr?.on('data', ready);
    child.once('exit', early);
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    if (child.pid) process.kill(child.pid, 'SIGTERM');
  });
}
