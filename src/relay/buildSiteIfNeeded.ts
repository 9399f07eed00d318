// `npm start` serves dist/; it builds it first when it is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['src', 'public', 'astro.config.mjs', 'package.json'];

export function buildSiteIfNeeded(root: string): void {
  const stamp = join(root, 'dist', 'index.html');
  if (existsSync(stamp) && newestChange(root, sources) <= statSync(stamp).mtimeMs) return;
  console.log('Building the site (astro build)...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The site did not build; see the errors above.');
}

function newestChange(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path.endsWith(join('src', 'relay'))) return; // the relay is not part of the site
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}
