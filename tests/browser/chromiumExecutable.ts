// Which Chromium the end-to-end tests and the benchmark drive. A system Chromium or Chrome
// where there is one; otherwise the headless Chromium that ships inside the npm package
// @sparticuz/chromium, so `npm install && npm test` needs no apt step and no browser
// download (browser download sites are out of reach on these machines).
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const cacheRoot = fileURLToPath(new URL('../../node_modules/.cache/buurtruil-chromium/', import.meta.url));
const unpacked = join(cacheRoot, 'current');

/** `CHROMIUM_PATH`, else a system browser, else the packaged one (unpacked once). */
export async function chromiumExecutable(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH points at ${chosen}, which does not exist`);
    return chosen;
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return system;
  return packagedChromium();
}

/**
 * Unpacks @sparticuz/chromium into node_modules/.cache. The package unpacks into
 * `os.tmpdir()`, which follows TMPDIR: a private staging folder, renamed into place when
 * complete, means two test runs starting at once never see a half-written browser.
 */
async function packagedChromium(): Promise<string> {
  const binary = join(unpacked, 'chromium');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      'No Chromium found. Install Chrome or Chromium, or set CHROMIUM_PATH to its executable ' +
        '(the packaged Chromium runs on x64 Linux only).',
    );
  }
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, 'staging-'));
  const previousTmp = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: packaged } = await import('@sparticuz/chromium');
    const path = await packaged.executablePath();
    if (path !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${path}`);
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  try {
    renameSync(staging, unpacked);
  } catch (error) {
    // Another run finished first: use its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}
