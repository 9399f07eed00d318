// Servers for end-to-end tests: real child processes on 127.0.0.1, started and stopped
// by the tests themselves, by process id.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  /** http://127.0.0.1:port (https:// when started with a certificate) */
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** `npm start` as a person runs it: the built site and the relay on one port. */
export function startSite(port = 0, more: string[] = []): Promise<ServerProcess> {
  return startServer(['--port', String(port), ...more], /runs on (https?:\/\/\S+)/);
}

/** `npm run relay`: the relay alone, for a site hosted elsewhere. */
export function startRelayOnly(port = 0): Promise<ServerProcess> {
  return startServer(['--relay-only', '--port', String(port)], /relay on (http:\/\/\S+)/);
}

/** Any command that prints its address when ready, e.g. the relay as its systemd unit runs it. */
export function startServer(
  args: string[],
  ready: RegExp,
  command: string[] = [process.execPath, 'src/relay/main.ts'],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const [executable = process.execPath, ...before] = command;
  const child = spawn(executable, [...before, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        const url = match[1];
        resolve({ url, port: Number(new URL(url).port), pid: child.pid ?? -1, stop: () => stopProcess(child) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    if (child.pid) process.kill(child.pid, 'SIGTERM');
  });
}
