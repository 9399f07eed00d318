// Where the browser's time goes, as a CPU profile of the page's main thread, summed by
// function (self time). Phases: `verify` (a device with the doc opens the board and
// verifies it in full), `open` (the same device reloads: figure 2), `search` (typing
// into the board's search: figure 5).
// Run: node bench/profileBrowser.ts [verify|open|search] [--quick]  (after npm run build;
// BUURTRUIL_NO_MINIFY=1 npm run build names the functions; PROFILE_OUT=file keeps the profile)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { type Profile, type ProfileNode, printSelfTime, startProfile } from './cpuProfile.ts';
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import type { TraceEvent } from './traceTasks.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const phase = process.argv[2] ?? 'verify';
const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, quick ? quickYear : busyYear, benchSeed, console.log);

async function profiled(page: Page, work: () => Promise<void>): Promise<void> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'],
  });
  const stop = await startProfile(page);
  await work();
  const profile = await stop();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  printSelfTime(phase, profile);
  printLongTasks(profile, trace.traceEvents);
}

/**
 * Every main-thread task (a trace's RunTask on the page's thread) whose CPU time is over
 * 50 ms, with where its time went by the profile's samples in it: self time, and the named
 * functions it ran inside (inclusive). By CPU time, not wall time: on a loaded machine most
 * of a task's wall time is waiting for a core. Times are from the buurtruil:member-open mark.
 */
function printLongTasks(profile: Profile, events: TraceEvent[]): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  const times: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) {
    at += delta;
    times.push(at);
  }
  const open = events.find((e) => e.name === 'buurtruil:member-open');
  const ready = events.find((e) => e.name === 'buurtruil:member-ready');
  if (!open) return;
  const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(0);
  console.log(`\nmember-open → member-ready: ${ready ? ms(ready.ts - open.ts) : '—'} ms`);
  const tasks = events.filter(
    (e) => e.pid === open.pid && e.tid === open.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= open.ts - 1e6,
  );
  const long = tasks.filter((e) => (e.tdur ?? 0) > 50_000);
  console.log(
    `main-thread tasks from 1 s before member-open on: ${tasks.filter((e) => (e.dur ?? 0) > 50_000).length} over 50 ms of wall time, ${long.length} over 50 ms of CPU time:`,
  );
  for (const task of long) {
    const self = new Map<string, number>();
    const inside = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const t = times[i] ?? 0;
      if (t < task.ts || t > task.ts + (task.dur ?? 0)) return;
      const us = profile.timeDeltas[i + 1] ?? 0;
      const node = byId.get(id);
      if (!node) return;
      self.set(label(node), (self.get(label(node)) ?? 0) + us);
      const seen = new Set<string>();
      for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
        const frame = byId.get(up);
        if (!frame?.callFrame.functionName || frame.callFrame.functionName.startsWith('(')) continue;
        const name = label(frame);
        if (seen.has(name)) continue;
        seen.add(name);
        inside.set(name, (inside.get(name) ?? 0) + us);
      }
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, us]) => `${(us / 1000).toFixed(0)} ${name}`)
        .join('; ');
    const after = ready && task.ts > ready.ts ? ' (after member-ready)' : '';
    console.log(`\n  ${ms(task.tdur)} ms CPU (${ms(task.dur)} ms wall) at ${ms(task.ts - open.ts)} ms${after}`);
    console.log(`    self: ${top(self, 6)}`);
    console.log(`    inside: ${top(inside, 14)}`);
  }
}

const site = await startSite(benchRelayPort).catch(() => startSite(0));
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const device = await seededDevice(browser, site, fixture, docUpdate(fixture), 0, true);
  const { page } = device;
  if (phase === 'verify') {
    await profiled(page, async () => {
      await page.goto(`${site.url}/`);
      await waitForProjected(page, fixture.records.length);
    });
  } else {
    await page.goto(`${site.url}/`);
    await waitForProjected(page, fixture.records.length);
    if (phase === 'open') {
      await profiled(page, async () => {
        await page.reload();
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="post"]').length >= 20);
      });
    } else {
      await profiled(page, () =>
        page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('#board-search');
          if (!input) throw new Error('no search field');
          for (const query of ['boodschappen', 'huisarts', 'fiets repareren', 'lamp', 'koffie', 'formulieren']) {
            for (let i = 1; i <= query.length; i++) {
              input.value = query.slice(0, i);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              void document.body.offsetHeight;
            }
          }
        }),
      );
    }
  }
} finally {
  await browser.close();
  await site.stop();
}
