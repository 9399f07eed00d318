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
import { loadFixture } from './fixtureFile.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const phase = process.argv[2] ?? 'verify';
const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, quick ? quickYear : busyYear, benchSeed, console.log);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profiled(page: Page, work: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // The wall clock when the profile started: the page's times are placed on the profile by it.
  const startedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await work();
  const seenByPage = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    tasks: (window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [],
    marks: performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as [string, number]),
  }));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  console.log(`\n${phase}: ${(total / 1000).toFixed(0)} ms sampled; self time by function:`);
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
  }
  printLongTasks(profile, startedAt, seenByPage);
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Every main-thread task over 50 ms the page saw (its 'longtask' observer, bench/seededDevice.ts),
 * with where its time went by the profile's samples in it: self time, and the named
 * functions it ran inside (inclusive). Times are from the buurtruil:member-open mark.
 */
function printLongTasks(
  profile: Profile,
  startedAt: number,
  page: { origin: number; tasks: [number, number][]; marks: [string, number][] },
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  // Each sample's time in ms of the page's clock.
  const times: number[] = [];
  let at = 0;
  for (const delta of profile.timeDeltas) {
    at += delta;
    times.push(startedAt - page.origin + at / 1000);
  }
  const mark = (name: string) => page.marks.find(([n]) => n === name)?.[1];
  const opened = mark('buurtruil:member-open') ?? 0;
  const ready = mark('buurtruil:member-ready');
  console.log(
    `\nmember-open → member-ready: ${ready === undefined ? '—' : (ready - opened).toFixed(0)} ms; marks (ms from member-open): ${page.marks
      .filter(([name]) => name.startsWith('buurtruil:'))
      .map(([name, t]) => `${name.slice(10)} ${(t - opened).toFixed(0)}`)
      .join(', ')}`,
  );
  const long = page.tasks.filter(([, duration]) => duration > 50);
  console.log(`main-thread tasks over 50 ms: ${long.length}`);
  for (const [start, duration] of long) {
    const self = new Map<string, number>();
    const inside = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const t = times[i] ?? 0;
      if (t < start || t > start + duration) return;
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
    const where = ready !== undefined && start > ready ? ' (after member-ready)' : '';
    console.log(`\n  ${duration.toFixed(0)} ms at ${(start - opened).toFixed(0)} ms${where}`);
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
