// Figure 7 file by file: every JavaScript file a member's device loads for the board (workers
// included, until the network is idle) and a first visit loads, each gzipped as a server would,
// so whoever cuts the bundle sees where the bytes are (and the first visits' totals of the
// coordinator and invite pages). `node bench/boardJavaScript.ts`; with
// `--modules` and a build made with BUURTRUIL_SOURCEMAP=1, also the source modules in each file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice } from './seededDevice.ts';
import { benchSeed, quickYear } from './yearFixture.ts';

interface Loaded {
  path: string;
  bytes: Buffer;
  gzipped: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const withModules = process.argv.includes('--modules');
const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

/** Every .js response of one page load until the network is idle, as bench/browserBench.ts counts them. */
async function javaScriptOf(where: Browser | BrowserContext, url: string): Promise<Loaded[]> {
  const fresh = 'newContext' in where;
  const context = fresh ? await where.newContext({ serviceWorkers: 'block' }) : where;
  const page = await context.newPage();
  const loads: Promise<Loaded>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    const path = new URL(response.url()).pathname;
    loads.push(response.body().then((bytes) => ({ path, bytes, gzipped: gzipSync(bytes).length })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(loads);
  if (fresh) await context.close();
  else await page.close();
  return loaded.sort((a, b) => b.gzipped - a.gzipped);
}

/** A file's gzipped size shared out over its source modules, by the minified bytes each one left. */
function modulesOf(file: Loaded): [string, number][] {
  const mapFile = join(root, 'dist', `${file.path}.map`);
  if (!existsSync(mapFile)) return [];
  const map = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = file.bytes.toString('utf8').split('\n');
  const bySource = new Map<string, number>();
  let last: { line: number; column: number; source: string } | null = null;
  const close = (line: number, column: number) => {
    if (!last) return;
    const length =
      line === last.line
        ? column - last.column
        : (lines[last.line - 1]?.length ?? 0) -
          last.column +
          lines.slice(last.line, line - 1).join('\n').length +
          column;
    bySource.set(last.source, (bySource.get(last.source) ?? 0) + length);
  };
  map.eachMapping((m) => {
    close(m.generatedLine, m.generatedColumn);
    last = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(none)' };
  });
  close(lines.length, lines.at(-1)?.length ?? 0);
  const total = [...bySource.values()].reduce((a, b) => a + b, 0) || 1;
  const shortName = (source: string) => source.replace(/^.*?node_modules\//, '~/').replace(/^(\.\.\/)+/, '');
  return [...bySource]
    .map(([source, length]): [string, number] => [shortName(source), (length / total) * file.gzipped])
    .sort((a, b) => b[1] - a[1]);
}

function report(title: string, loaded: Loaded[]): void {
  const total = loaded.reduce((sum, file) => sum + file.gzipped, 0);
  console.log(`\n${title}: ${loaded.length} files, ${kib(total)} KiB gzipped`);
  for (const file of loaded) {
    console.log(`  ${kib(file.gzipped)} KiB  ${kib(file.bytes.length)} KiB raw  ${file.path}`);
    if (!withModules) continue;
    for (const [source, share] of modulesOf(file).filter(([, share]) => share >= 256)) {
      console.log(`           ${kib(share)} KiB  ${source}`);
    }
  }
}

const fixture = loadFixture(root, quickYear, benchSeed, (line) => console.log(line));
const site = await startSite(0);
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const member = await seededDevice(browser, site, fixture, docUpdate(fixture), 1, false);
  report("a member's board (figure 7)", await javaScriptOf(member.context, `${site.url}/`));
  await member.context.close();
  report('a first visit of the board', await javaScriptOf(browser, `${site.url}/`));
  // The other pages' first visits, totals only (bench/browserBench.ts measures them too).
  for (const [name, path] of [
    ['the coordinator page', '/coordinator/'],
    ['an invite', '/join/'],
  ] as const) {
    const loaded = await javaScriptOf(browser, `${site.url}${path}`);
    console.log(
      `\na first visit of ${name}: ${loaded.length} files, ${kib(loaded.reduce((sum, f) => sum + f.gzipped, 0))} KiB gzipped`,
    );
  }
} finally {
  await browser.close();
  await site.stop();
}
