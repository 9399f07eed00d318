// Where the board's heap lives (figure 8): a member's device that holds the year verifies it,
// and a heap snapshot after a collection is counted by constructor, largest first.
// Run: node bench/boardHeapCensus.ts [--quick] [--top n]  (after npm run build; BUURTRUIL_NO_MINIFY=1 names the classes)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { loadFixture } from './fixtureFile.ts';
import { heapCensus } from './heapCensus.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, args.includes('--quick') ? quickYear : busyYear, benchSeed, console.log);
const site = await startSite(benchRelayPort);
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const { page, context } = await seededDevice(browser, site, fixture, docUpdate(fixture), 0, true);
  await page.goto(`${site.url}/`);
  await waitForProjected(page, fixture.records.length);
  const cdp = await context.newCDPSession(page);
  const census = await heapCensus(cdp);
  const used = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const rows = [...census].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  console.log(`heap used ${(used.usedSize / 1e6).toFixed(2)} MB; ${fixture.records.length} entries`);
  for (const [name, { count, bytes }] of rows) {
    console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB ${String(count).padStart(9)}  ${name.slice(0, 80)}`);
  }
} finally {
  await browser.close();
  await site.stop();
}
