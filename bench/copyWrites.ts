// What writing the verified copy of a year costs in Chromium, as it is written now (a row
// per entry, in transactions of 300) and as it could be (a row per 300 entries, their bytes
// packed): the whole time, the long tasks, and the storage estimate after. For issue 20:
// is (1b) writing or verifying? Run: node bench/copyWrites.ts [--quick]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { loadFixture } from './fixtureFile.ts';
import { benchSeed, busyYear, quickYear } from './yearFixture.ts';

const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, quick ? quickYear : busyYear, benchSeed, console.log);
const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8');
const packed = Buffer.concat(fixture.records.map(([, bytes]) => bytes));
const ids = fixture.records.map(([id]) => id);
const sizes = fixture.records.map(([, bytes]) => bytes.length);

const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  for (const way of ['row per entry', 'row per 300 entries'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/copy.bin', (route) => route.fulfill({ body: packed }));
    await page.route('**/blank.html', (route) =>
      route.fulfill({ body: '<!doctype html><title>copy</title>', contentType: 'text/html' }),
    );
    await page.goto('http://127.0.0.1:9/blank.html');
    await page.addScriptTag({ content: dexieSource });
    const result = await page.evaluate(
      async ({ way, ids, sizes, url }) => {
        try {
          const all = new Uint8Array(await (await fetch(url)).arrayBuffer());
          type Table = { bulkAdd(rows: unknown[]): Promise<unknown> };
          type Db = {
            version(n: number): { stores(s: Record<string, string>): void };
            table(name: string): Table;
            transaction(mode: string, table: Table, work: () => Promise<unknown>): Promise<unknown>;
          };
          const Dexie = (globalThis as unknown as { Dexie: new (name: string) => Db }).Dexie;
          const db = new Dexie(`copy-${way}`);
          db.version(1).stores({ entries: 'id', parts: '++n' });
          const entries = db.table('entries');
          const parts = db.table('parts');
          // Main-thread time as the tasks over 50 ms the page saw, and the time of the whole.
          let busy = 0;
          let longest = 0;
          new PerformanceObserver((list) => {
            for (const task of list.getEntries()) {
              busy += task.duration;
              longest = Math.max(longest, task.duration);
            }
          }).observe({ type: 'longtask' });
          const started = performance.now();
          let offset = 0;
          for (let i = 0; i < ids.length; i += 300) {
            const slice = ids.slice(i, i + 300);
            let write: Promise<unknown>;
            if (way === 'row per entry') {
              const rows = slice.map((id, k) => {
                const size = sizes[i + k] as number;
                const bytes = all.slice(offset, offset + size);
                offset += size;
                return { id, bytes };
              });
              write = db.transaction('rw', entries, () => entries.bulkAdd(rows));
            } else {
              const length = sizes.slice(i, i + 300).reduce((n, s) => n + s, 0);
              const row = { ids: slice, sizes: sizes.slice(i, i + 300), bytes: all.slice(offset, offset + length) };
              offset += length;
              write = db.transaction('rw', parts, () => parts.bulkAdd([row]));
            }
            await write;
            // The page's own turn between parts, as the projection gives it.
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          const total = performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 100));
          const usage = (await navigator.storage.estimate()).usage ?? 0;
          return { busy, longest, total, usage };
        } catch (error) {
          throw new Error(`${(error as Error).name}: ${(error as Error).message}`);
        }
      },
      { way, ids, sizes, url: 'http://127.0.0.1:9/copy.bin' },
    );
    console.log(
      `${way.padEnd(20)} in all ${result.total.toFixed(0)} ms; tasks over 50 ms ${result.busy.toFixed(0)} ms (longest ${result.longest.toFixed(0)}); storage ${(result.usage / 1e6).toFixed(2)} MB`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}
