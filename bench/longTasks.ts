// Figure (1b) alone, run by run: a device seeded with the year's doc opens the board; the
// time from `buurtruil:member-open` to `buurtruil:member-ready`, and every main-thread task
// over 50 ms in that window (the page's 'longtask' observer), so a change to the long tasks
// can be measured without the whole bench. `node bench/profileBrowser.ts verify` says what
// runs in each. Run: node bench/longTasks.ts [--runs n] [--quick]  (after npm run build)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice } from './seededDevice.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, args.includes('--quick') ? quickYear : busyYear, benchSeed, console.error);
const update = docUpdate(fixture);

// Another bench may hold the fixture's relay port: then any port (the relay is not measured here).
const site = await startSite(benchRelayPort).catch(() => startSite(0));
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
const results: { ms: number; tasks: [number, number][] }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const device = await seededDevice(browser, site, fixture, update, 0, true);
    await device.page.goto(`${site.url}/`);
    const measured = await device.page.evaluate(
      () =>
        new Promise<{ ms: number; tasks: [number, number][] }>((resolve) => {
          const check = () => {
            const ready = performance.getEntriesByName('buurtruil:member-ready')[0];
            const started = performance.getEntriesByName('buurtruil:member-open')[0];
            if (!ready || !started) return void setTimeout(check, 20);
            const tasks = ((window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [])
              .filter(([at, duration]) => at + duration >= started.startTime && at <= ready.startTime)
              .map(([at, duration]): [number, number] => [Math.round(at - started.startTime), Math.round(duration)]);
            resolve({ ms: Math.round(ready.startTime - started.startTime), tasks });
          };
          check();
        }),
    );
    await device.context.close();
    results.push(measured);
    console.log(
      `run ${run + 1}: ${measured.ms} ms; ${measured.tasks.length} tasks over 50 ms (at ms: duration): ${measured.tasks.map(([at, d]) => `${at}:${d}`).join(' ')}`,
    );
  }
} finally {
  await browser.close();
  await site.stop();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  JSON.stringify({
    ms: median(results.map((r) => r.ms)),
    longestTaskMs: median(results.map((r) => Math.max(0, ...r.tasks.map(([, d]) => d)))),
    longTasks: median(results.map((r) => r.tasks.length)),
    runs: results.map((r) => r.ms),
  }),
);
