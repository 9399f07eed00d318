// Figures (1b) and (2) for a phone (docs/protocol.md §7.1): a member's device that keeps the
// part after a checkpoint it was handed at pairing, not the whole history.
// (1b) its first verification: the part's doc at rest in IndexedDB (as a device that
// received it and was closed before it checked it), nothing verified yet, no peer; from
// member-open until every entry of the part is projected and every balance is the whole
// history's (derived in Node), with every main-thread task over 50 ms in that time.
// (2) its cold open: once that device has verified and settled, it is reloaded; from
// navigation start until 20 post cards are in the page, paired with the floor (an empty
// page's first paint) as `npm run bench` takes it. Each reload waits until the page before
// has projected again (a phone is opened, used and put away, not reloaded mid-open).
// --what: the last run traced, and what each of its tasks over 50 ms of CPU runs (traceTasks.ts;
// names are readable after BUURTRUIL_NO_MINIFY=1 npm run build).
// --timeline: when each script and mark of the last cold open fell.
// Run: node bench/phoneOpen.ts [--years 1|4] [--runs 5] [--what [--what-over ms]] [--timeline]  (after npm run build)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { flag, numberOption } from './benchArgs.ts';
import { firstPaintFloorMs, floorPage } from './browserFloors.ts';
import { checkpointedFixture } from './checkpointedFixture.ts';
import { startFloorServer } from './floorServer.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { printTimeline } from './pageTimeline.ts';
import { type Device, keepDocAtRest, seededDevice, waitForProjected } from './seededDevice.ts';
import { repeatPaired, summarize } from './stats.ts';
import { type Trace, traceCategories, whatRuns } from './traceTasks.ts';
import { memberBalances, waitForBalances } from './viewBalances.ts';
import { benchRelayPort } from './yearFixture.ts';

const years = numberOption('--years', 1);
const runs = numberOption('--runs', 5);
const what = flag('--what');
// --what-over ms: the tasks over that much CPU time instead (on two cores shared with two
// workers, a task of 35 ms of CPU can take over 50 ms of wall time).
const whatOver = numberOption('--what-over', 50);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minutes = 60_000;

useNodeSha256();
const { fixture, now, summaryText, partCount, partUpdate, wholeBalances } = await checkpointedFixture(
  root,
  years,
  console.log,
);
console.log(`the part's doc: ${(partUpdate.length / 1e6).toFixed(2)} MB`);

const site = await startSite(benchRelayPort);
const floors = await startFloorServer({});
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const floor = await floorPage(await browser.newContext(), floors);
  const verification: number[] = [];
  const fromNavigation: number[] = [];
  const longest: number[] = [];
  const long: number[] = [];
  let phone: Device | null = null;
  // A warm-up run first.
  for (let run = -1; run < runs; run++) {
    if (phone) await phone.context.close();
    phone = await seededDevice(
      browser,
      site,
      fixture,
      partUpdate,
      3,
      false,
      'member',
      { checkpoint: summaryText },
      now,
    );
    await keepDocAtRest(phone, `buurtruil-doc-${fixture.networkId}-part-${summaryText}`, partUpdate);
    const traced = what && run === runs - 1;
    if (traced) await browser.startTracing(phone.page, { categories: traceCategories });
    await phone.page.goto(`${site.url}/`);
    const [balanced, projected] = await Promise.all([
      waitForBalances(phone.page, fixture.networkId, wholeBalances),
      waitForProjected(phone.page, partCount),
    ]);
    const done = Math.max(balanced, projected);
    const { opened, tasks } = await tasksUntil(phone.page, done);
    if (traced)
      for (const line of whatRuns(JSON.parse((await browser.stopTracing()).toString()) as Trace, whatOver))
        console.log(line);
    console.log(
      `  run ${run + 1}: member-open at ${Math.round(opened)} ms; the part verified and every balance right ${Math.round(done - opened)} ms after it (${Math.round(done)} from navigation); tasks over 50 ms: ${tasks.map(Math.round).join(', ') || 'none'}`,
    );
    if (run >= 0) {
      verification.push(done - opened);
      fromNavigation.push(done);
      longest.push(Math.max(0, ...tasks));
      long.push(tasks.length);
    }
  }
  const device = phone as unknown as Device;
  const balances = await memberBalances(device.page, fixture.networkId);
  console.log(`${balances.size} balances in the view`);

  const reloads: number[] = [];
  const coldOpen = await repeatPaired(
    runs,
    () => firstPaintFloorMs(floor, floors),
    async (run) => {
      await waitForProjected(device.page, partCount);
      await device.page.reload();
      const shown = await device.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="post"]').length >= 20 && performance.now(),
        null,
        { polling: 'raf', timeout: 10 * minutes },
      );
      const at = (await shown.jsonValue()) as number;
      if (run >= 0) reloads.push(at);
      return { ms: at };
    },
  );
  console.log(`cold open runs: ${reloads.map(Math.round).join(', ')} ms`);
  if (flag('--timeline')) await printTimeline(device.page);
  console.log(
    JSON.stringify(
      {
        years,
        partEntries: partCount,
        partDocBytes: partUpdate.length,
        phoneFirstVerificationMs: summarize(verification),
        phoneFirstVerificationFromNavigationMs: summarize(fromNavigation),
        phoneLongestTaskMs: summarize(longest),
        phoneLongTasks: summarize(long),
        phoneColdOpenMs: coldOpen.ms,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await floors.stop();
  await site.stop();
}

/** When member-open fell, and every main-thread task over 50 ms from it until `until` (the page's clock). */
async function tasksUntil(page: Page, until: number): Promise<{ opened: number; tasks: number[] }> {
  return page.evaluate((end) => {
    const opened = performance.getEntriesByName('buurtruil:member-open')[0]?.startTime ?? 0;
    const tasks = ((window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [])
      .filter(([at, duration]) => at + duration >= opened && at <= end)
      .map(([, duration]) => duration);
    return { opened, tasks };
  }, until);
}
