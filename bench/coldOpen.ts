// Figure (2) alone, for one fixture, without taking (1b) again for every run: a member's
// device that holds the year (or four) and has verified it once reloads the board; from
// navigation start until 20 post cards are in the page, paired with the floor (an empty
// page's first paint) as `npm run bench` takes it. `--timeline` prints, for the last run,
// when each script arrived and when the page's own marks fell, to see what the wait is.
// `--settle` lets the page before finish opening its room first (`npm run bench` does not).
// `--what`: the last run traced until its page has settled, and what its tasks over 50 ms run.
// Run: node bench/coldOpen.ts [--years 1|4] [--runs n] [--settle] [--timeline | --timeline-each] [--what] [--port 0]  (after npm run build)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { flag, numberOption } from './benchArgs.ts';
import { firstPaintFloorMs, floorPage } from './browserFloors.ts';
import { loadFixture } from './fixtureFile.ts';
import { startFloorServer } from './floorServer.ts';
import { docUpdate } from './nodeBench.ts';
import { printTimeline } from './pageTimeline.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { repeatPaired } from './stats.ts';
import { type Trace, traceCategories, whatRuns } from './traceTasks.ts';
import { benchRelayPort, benchSeed, busyYear } from './yearFixture.ts';

const years = numberOption('--years', 1);
const runs = numberOption('--runs', 3);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const size = {
  members: busyYear.members,
  posts: busyYear.posts * years,
  transfers: busyYear.transfers * years,
  messages: busyYear.messages * years,
  // Four years of the year's traffic over four years, as `npm run bench`'s four-year column.
  ...(years > 1 ? { span: years } : {}),
};
const fixture = loadFixture(root, size, benchSeed, console.log);
// `--port 0`: the site on a free port when another bench holds the relay's (its devices
// would meet ours there: the fixture's genesis names that relay, so it is closed to ours).
const port = numberOption('--port', benchRelayPort);
const site = await startSite(port);
const floors = await startFloorServer({});
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const floorContext = await browser.newContext();
  const floor = await floorPage(floorContext, floors);
  const { page, context } = await seededDevice(browser, site, fixture, docUpdate(fixture), 0, true);
  if (site.port !== benchRelayPort) {
    await context.routeWebSocket(
      (url) => url.port === String(benchRelayPort),
      (ws) => ws.close(),
    );
  }
  await page.goto(`${site.url}/`);
  const verified = await waitForProjected(page, fixture.records.length);
  console.log(`${fixture.records.length} entries verified and projected after ${Math.round(verified)} ms`);
  const samples: number[] = [];
  const { ms } = await repeatPaired(
    runs,
    () => firstPaintFloorMs(floor, floors),
    async (run) => {
      // --settle: the page before has opened its room and written all it wanted first.
      if (flag('--settle')) await waitForProjected(page, fixture.records.length);
      const traced = flag('--what') && run === runs - 1;
      if (traced) await browser.startTracing(page, { categories: traceCategories });
      await page.reload();
      const shown = await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="post"]').length >= 20 && performance.now(),
        null,
        { polling: 'raf', timeout: 10 * 60_000 },
      );
      const at = (await shown.jsonValue()) as number;
      if (run >= 0) samples.push(at);
      if (traced) {
        // What the page does once open, until it has settled (the work a reload then waits for).
        await waitForProjected(page, fixture.records.length);
        await page.waitForTimeout(4000);
        for (const line of whatRuns(JSON.parse((await browser.stopTracing()).toString()) as Trace, 50))
          console.log(line);
      }
      if (flag('--timeline-each')) {
        console.log(`run ${run}: ${Math.round(at)} ms`);
        await printTimeline(page);
      }
      return { ms: at };
    },
  );
  console.log(`runs: ${samples.map((n) => Math.round(n)).join(', ')} ms`);
  console.log(
    `cold open, ${years} year(s): median ${Math.round(ms.figure.median)} ms (${Math.round(ms.figure.min)}–${Math.round(ms.figure.max)}); floor ${Math.round(ms.floor.median)} ms; ${ms.ratio.median.toFixed(2)}× floor`,
  );
  if (flag('--timeline')) await printTimeline(page);
  await floorContext.close();
} finally {
  await browser.close();
  await floors.stop();
  await site.stop();
}
