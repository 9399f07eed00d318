// Figure (1b) alone, run by run: a device seeded with the year's doc opens the board; the
// time from `buurtruil:member-open` to `buurtruil:member-ready`, and every main-thread task
// over 50 ms in that window (the page's 'longtask' observer), so a change to the long tasks
// can be measured without the whole bench. `node bench/profileBrowser.ts verify` says what
// runs in each. Also, from a Chromium trace, each main-thread task's CPU time (`tdur`): on
// a loaded machine a task's wall time is mostly waiting for a core, its CPU time is what a
// quiet phone would take (about). Run: node bench/longTasks.ts [--runs n] [--quick]
// (after npm run build). --tail ms: also the tasks by CPU time in the ms after member-ready
// (the page's work once it is ready: the doc written hollow at rest, for one). --what: the
// functions each long task (by CPU) spends its time in, from the trace's CPU samples (names
// are readable after BUURTRUIL_NO_MINIFY=1 npm run build).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice } from './seededDevice.ts';
import { type Trace, whatRuns } from './traceTasks.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const tailArg = args.indexOf('--tail');
const tailMs = tailArg >= 0 ? Number(args[tailArg + 1]) : 0;
const what = args.includes('--what');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, args.includes('--quick') ? quickYear : busyYear, benchSeed, console.error);
const update = docUpdate(fixture);

// Another bench may hold the fixture's relay port: then any port (the relay is not measured here).
const site = await startSite(benchRelayPort).catch(() => startSite(0));
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
const results: { ms: number; tasks: [number, number][]; cpu: CpuTasks }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const device = await seededDevice(browser, site, fixture, update, 0, true);
    await browser.startTracing(device.page, {
      categories: [
        'toplevel',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        '__metadata',
        ...(what ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    });
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
    // A window of the page's own work after it is ready, measured as it comes (no condition ends it).
    if (tailMs > 0) await device.page.waitForTimeout(tailMs);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as Trace;
    const cpu = cpuTasks(trace);
    await device.context.close();
    results.push({ ...measured, cpu });
    console.log(
      `run ${run + 1}: ${measured.ms} ms; ${measured.tasks.length} tasks over 50 ms (at ms: duration): ${measured.tasks.map(([at, d]) => `${at}:${d}`).join(' ')}`,
    );
    console.log(
      `  by CPU time: ${cpu.busyMs} ms of main-thread CPU from member-open to member-ready, ${cpu.long.length} tasks over 50 ms (at ms: CPU ms/wall ms): ${cpu.long.map(([at, c, w]) => `${at}:${c}/${w}`).join(' ')}`,
    );
    if (tailMs > 0)
      console.log(
        `  after member-ready (${tailMs} ms): longest task ${cpu.tailLongestMs} ms of CPU; ${cpu.tail.length} over 50 ms (at ms after member-ready: CPU ms/wall ms): ${cpu.tail.map(([at, c, w]) => `${at}:${c}/${w}`).join(' ')}`,
      );
    if (what) for (const line of whatRuns(trace)) console.log(line);
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
    cpuMs: median(results.map((r) => r.cpu.busyMs)),
    longestCpuTaskMs: median(results.map((r) => Math.max(0, ...r.cpu.long.map(([, c]) => c)))),
    longCpuTasks: median(results.map((r) => r.cpu.long.length)),
  }),
);

interface CpuTasks {
  /** Main-thread CPU time of the tasks between the two marks. */
  busyMs: number;
  /** Tasks whose CPU time is over 50 ms: [ms after member-open, CPU ms, wall ms]. */
  long: [number, number, number][];
  /** The same after member-ready, within --tail: [ms after member-ready, CPU ms, wall ms]. */
  tail: [number, number, number][];
  tailLongestMs: number;
}

/** The page's main-thread tasks (RunTask) between member-open and member-ready, by CPU time. */
function cpuTasks(trace: Trace): CpuTasks {
  const events = trace.traceEvents;
  const open = events.find((e) => e.name === 'buurtruil:member-open');
  const ready = events.find((e) => e.name === 'buurtruil:member-ready');
  if (!open || !ready) return { busyMs: 0, long: [], tail: [], tailLongestMs: 0 };
  // The marks are made on the page's main thread: its tasks are the ones on that thread.
  const main = events.filter((e) => e.pid === open.pid && e.tid === open.tid && e.name === 'RunTask' && e.ph === 'X');
  const inWindow = main.filter((e) => e.ts + (e.dur ?? 0) >= open.ts && e.ts <= ready.ts);
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
  const after = main.filter((e) => e.ts > ready.ts && e.ts <= ready.ts + tailMs * 1000);
  return {
    tail: after
      .filter((e) => (e.tdur ?? 0) > 50_000)
      .map((e): [number, number, number] => [ms(e.ts - ready.ts), ms(e.tdur), ms(e.dur)]),
    tailLongestMs: ms(Math.max(0, ...after.map((e) => e.tdur ?? 0))),
    busyMs: ms(inWindow.reduce((n, e) => n + (e.tdur ?? 0), 0)),
    long: inWindow
      .filter((e) => (e.tdur ?? 0) > 50_000)
      .map((e): [number, number, number] => [ms(e.ts - open.ts), ms(e.tdur), ms(e.dur)]),
  };
}
