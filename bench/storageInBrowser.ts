// What a device of the year holds in Chromium's IndexedDB, store by store (issue 20's one
// copy at rest): a device with the doc opens the board and verifies it (as in figure 1b),
// then reloads (figure 2). After each: every database's stores with their rows and the
// bytes of their values (bytes as bytes, other values as JSON), the storage estimate and
// the heap after a collection. Run: node bench/storageInBrowser.ts [--quick] (after npm run build).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, quick ? quickYear : busyYear, benchSeed, console.log);

interface StoreSize {
  rows: number;
  bytes: number;
}

/** Every database of the page's origin, store by store. */
async function stores(page: Page): Promise<Record<string, StoreSize>> {
  return page.evaluate(async () => {
    const sizeOf = (value: unknown): number =>
      value instanceof Uint8Array
        ? value.byteLength
        : JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? 'x'.repeat(v.byteLength) : v)).length;
    const out: Record<string, { rows: number; bytes: number }> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const short = name.replace(/-[A-Za-z0-9_-]{40,}/, '');
        out[`${short}/${store}`] = { rows: values.length, bytes: values.reduce((n: number, v) => n + sizeOf(v), 0) };
      }
      db.close();
    }
    return out;
  });
}

async function report(page: Page, label: string): Promise<void> {
  const estimate = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  console.log(`\n${label}: storage estimate ${(estimate / 1e6).toFixed(2)} MB, heap ${(heap / 1e6).toFixed(1)} MB`);
  let total = 0;
  for (const [store, size] of Object.entries(await stores(page))) {
    if (size.rows === 0) continue;
    total += size.bytes;
    console.log(
      `  ${store.padEnd(36)} ${String(size.rows).padStart(7)} rows ${(size.bytes / 1e6).toFixed(2).padStart(7)} MB`,
    );
  }
  console.log(`  ${'values in all'.padEnd(49)} ${(total / 1e6).toFixed(2).padStart(7)} MB`);
}

/** Waits until the doc's database has held still for a while (a merge written after the projection). */
async function settled(page: Page): Promise<void> {
  let last = '';
  for (let still = 0; still < 3; ) {
    await page.waitForTimeout(1000);
    const now = JSON.stringify(await stores(page));
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

const site = await startSite(benchRelayPort);
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  console.log(
    `${fixture.records.length} entries, ${(fixture.records.reduce((n, [, b]) => n + b.length, 0) / 1e6).toFixed(2)} MB`,
  );
  const { page } = await seededDevice(browser, site, fixture, docUpdate(fixture), 0, true);
  await page.goto(`${site.url}/`);
  await waitForProjected(page, fixture.records.length);
  await settled(page);
  await report(page, 'after the first verification');
  await page.reload();
  await waitForProjected(page, fixture.records.length);
  await settled(page);
  await report(page, 'after a reload');
} finally {
  await browser.close();
  await site.stop();
}
