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
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
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
}

const site = await startSite(benchRelayPort);
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
