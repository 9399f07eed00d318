// A phone that was there all along (docs/protocol.md §7.1): a member's device that holds the
// whole history, checks the fixture's checkpoint, counts it and moves on to the part after
// it. Then what it holds and does at each opening from then on: member-open → every balance
// the whole history's and the view written (the opening's verification), the cold open (20
// cards), its IndexedDB, its heap, its longest task from member-open until then. Having
// moved on, it lets go of what lies below the checkpoint at rest (§7.1, letGoBelow.ts): the
// openings measured are those after it did.
// --what: the last opening traced, and what each of its tasks over 50 ms of CPU runs (traceTasks.ts).
// Run: node bench/longTimePhone.ts [--years 1|4] [--runs 3] [--what]  (after npm run build;
// BUURTRUIL_NO_MINIFY=1 for the functions' names)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { storedRecord } from '../tests/e2e/toolkit.ts';
import { startSite } from '../tests/support/processes.ts';
import { flag, numberOption } from './benchArgs.ts';
import { checkpointedFixture } from './checkpointedFixture.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { summarize } from './stats.ts';
import { type Trace, traceCategories, whatRuns } from './traceTasks.ts';
import { waitForBalances } from './viewBalances.ts';
import { benchRelayPort } from './yearFixture.ts';

const years = numberOption('--years', 1);
const runs = numberOption('--runs', 3);
const what = flag('--what');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minutes = 60_000;
useNodeSha256();
const { fixture, now, records, summaryText, wholeUpdate, wholeBalances } = await checkpointedFixture(
  root,
  years,
  console.log,
);

const site = await startSite(benchRelayPort);
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const phone = await seededDevice(browser, site, fixture, wholeUpdate, 3, true, 'member', {}, now);
  const { page } = phone;
  await page.goto(`${site.url}/`);
  await waitForProjected(page, records.length);
  await settled(page, summaryText);
  console.log(`the phone verified the whole history (${records.length} entries) and moved on to the part`);

  const opening: number[] = [];
  const cold: number[] = [];
  const longest: number[] = [];
  const storage: number[] = [];
  const heap: number[] = [];
  const cdp = await phone.context.newCDPSession(page);
  for (let run = -1; run < runs; run++) {
    const traced = what && run === runs - 1;
    if (traced) await browser.startTracing(page, { categories: traceCategories });
    await page.reload();
    const shown = (await (
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="post"]').length >= 20 && performance.now(),
        null,
        { polling: 'raf', timeout: 10 * minutes },
      )
    ).jsonValue()) as number;
    // Its view's rows are at rest from before: the balances are right at once, so the opening
    // ends when the member room is open (loaded, verified, derived) and they are right still.
    await page.waitForFunction(() => performance.getEntriesByName('buurtruil:member-ready').length > 0, null, {
      polling: 50,
      timeout: 10 * minutes,
    });
    const balanced = await waitForBalances(page, fixture.networkId, wholeBalances);
    const { opened, ready, tasks } = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const tasks = (window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [];
      return { opened: at('buurtruil:member-open'), ready: at('buurtruil:member-ready'), tasks: [...tasks] };
    });
    if (traced)
      for (const line of whatRuns(JSON.parse((await browser.stopTracing()).toString()) as Trace)) console.log(line);
    await settled(page, summaryText);
    await cdp.send('HeapProfiler.collectGarbage');
    const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const done = Math.max(balanced, ready);
    const during = tasks.filter(([at, duration]) => at + duration >= opened && at <= done).map(([, d]) => d);
    console.log(
      `  run ${run + 1}: cold open ${Math.round(shown)} ms; member-open → balances right and the room open ${Math.round(done - opened)} ms; tasks over 50 ms: ${during.map(Math.round).join(', ') || 'none'}; IndexedDB ${(usage / 1e6).toFixed(1)} MB; heap ${(used / 1e6).toFixed(1)} MB`,
    );
    if (run < 0) continue;
    opening.push(done - opened);
    cold.push(shown);
    longest.push(Math.max(0, ...during));
    storage.push(usage);
    heap.push(used);
  }
  console.log(
    JSON.stringify(
      {
        years,
        entries: records.length,
        longTimePhoneOpeningMs: summarize(opening),
        longTimePhoneColdOpenMs: summarize(cold),
        longTimePhoneLongestTaskMs: summarize(longest),
        longTimePhoneIndexedDbBytes: summarize(storage),
        longTimePhoneHeapBytes: summarize(heap),
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await site.stop();
}

/**
 * Waits until the device keeps the part after `summary` (the part's doc is at rest), has let
 * go of what lies below it (its record says so, the first doc's database is gone) and its
 * storage has stopped changing (two reads a second apart).
 */
async function settled(page: Page, summary: string): Promise<void> {
  let before = -1;
  for (const deadline = Date.now() + 30 * minutes; Date.now() < deadline; await page.waitForTimeout(1000)) {
    const letGo = (await storedRecord(page)).firstDocLetGo ?? null;
    const { moved, usage } = await page.evaluate(async (name) => {
      const names = (await indexedDB.databases()).map((db) => db.name ?? '');
      return {
        moved:
          names.some((known) => known.endsWith(`-part-${name}`)) &&
          !names.some((known) => known.startsWith('buurtruil-doc-') && !known.includes('-part-')),
        usage: (await navigator.storage.estimate()).usage ?? 0,
      };
    }, summary);
    const done = moved && letGo === summary;
    if (done && usage === before) return;
    before = done ? usage : -1;
  }
  throw new Error('the phone did not move on to the part and let go of the first doc within 30 minutes');
}
