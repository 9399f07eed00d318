// `node bench/coordinatorFloodBench.ts`: a stranger with the poster floods the lobby, and
// what it costs the coordinator's page. The flood lands in the coordinator's kept lobby
// doc (as a peer's updates would) while the page is away; then the page opens with it:
//   - 5,000 join requests without the proof of work (free for the sender; each costs the
//     page one signature check and one hash, and is not shown),
//   - 50,000 garbage values (not entries at all; each is refused and removed),
//   - 200 join requests with the proof of work (paid for: about 2^16 hashes each; shown
//     25 at a time, the newest arrival first).
// Figures: the page's CPU time (Chromium's TaskDuration) and longest task while it takes
// the flood in, and whether it stays usable: how long finding the real newcomer (who asked
// before the flood, so she is not on the first page) by her name takes, and admitting her.
// Median of several runs; asserts nothing. The price of a flood itself: floodBench.ts.
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { chromiumArgs } from '../playwright.config.ts';
import { fromBase64Url, toBase64Url } from '../src/core/encoding/base64url.ts';
import { signEntry } from '../src/core/entry/Entry.ts';
import { newIdentity } from '../src/core/Identity.ts';
import { findJoinWork } from '../src/core/joinWork.ts';
import { type JoinDetails, sealJoinDetails } from '../src/core/sealing.ts';
import { requestsShown } from '../src/data/coordinator/index.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { deliverWhileAway, deviceIdentity, keptUpdates } from '../tests/support/deviceStore.ts';
import { startSite } from '../tests/support/processes.ts';
import { summarize } from './stats.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const quick = process.argv.includes('--quick');
const unpaidJoins = quick ? 500 : 5000;
const garbageValues = quick ? 5000 : 50_000;
const paidJoins = quick ? 20 : 200;

const details = (name: string) =>
  ({ name, area: 'Dorpsstraat', offers: [], words: '', languages: [], note: '', contact: '' }) as JoinDetails;

/** The flood as one Yjs update on top of what the coordinator's lobby doc holds. */
async function floodUpdate(page: Page, net: Uint8Array, joinWork: number): Promise<Uint8Array> {
  const coordinator = await deviceIdentity(page);
  const doc = new Y.Doc();
  for (const update of await keptUpdates(page, 'buurtruil-lobby-')) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  const map = doc.getMap<Uint8Array>('entries');
  const join = (paid: boolean, i: number) => {
    const stranger = newIdentity();
    const work = paid
      ? findJoinWork(net, stranger.signing.publicKey, stranger.box.publicKey, joinWork)
      : new Uint8Array(8).fill(i % 251);
    return signEntry(stranger, {
      net,
      type: 'join',
      seq: 1,
      prev: null,
      time: Date.now(),
      body: {
        boxKey: stranger.box.publicKey,
        sealed: sealJoinDetails(details(`Bot ${i}`), [coordinator.box.publicKey], net, stranger.signing.publicKey),
        work,
      },
    });
  };
  doc.transact(() => {
    for (let i = 0; i < unpaidJoins; i++) {
      const entry = join(false, i);
      map.set(toBase64Url(entry.id), entry.bytes);
    }
    for (let i = 0; i < paidJoins; i++) {
      const entry = join(true, i);
      map.set(toBase64Url(entry.id), entry.bytes);
    }
    for (let i = 0; i < garbageValues; i++) {
      map.set(`rommel-${i}`, crypto.getRandomValues(new Uint8Array(100)));
    }
  });
  return Y.encodeStateAsUpdate(doc, before);
}

interface Run {
  cpuMs: number;
  longestTaskMs: number;
  searchMs: number;
  admitMs: number;
  shown: number;
}

async function oneRun(): Promise<Run> {
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['camera', 'microphone']);
    const page = await context.newPage();
    await page.goto(`${site.url}/start/`);
    await page.getByLabel('Naam van het netwerk').fill('Buurtruil Floodtest');
    await page.getByLabel('Jouw naam, zoals buren je zien').fill('Carla');
    await page.getByRole('button', { name: 'Netwerk beginnen' }).click();
    await page.waitForURL('**/coordinator/');
    const link = new URL(await page.getByTestId('invite-link').inputValue());
    const net = fromBase64Url(new URLSearchParams(link.hash.slice(1)).get('net') ?? '') as Uint8Array;

    // One real newcomer asks to join.
    const newcomerContext = await browser.newContext();
    await newcomerContext.grantPermissions(['camera', 'microphone']);
    const newcomer = await newcomerContext.newPage();
    await newcomer.goto(link.toString());
    await newcomer.getByLabel('Hoe mogen buren je noemen?').fill('Nina');
    await newcomer.getByRole('button', { name: 'Vraag om mee te doen' }).click();
    await page.getByTestId('join-request').filter({ hasText: 'Nina' }).waitFor();

    const update = await floodUpdate(page, net, 16);
    await page.addInitScript(() => {
      const longest = { ms: 0 };
      (globalThis as unknown as { longestTask: typeof longest }).longestTask = longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    await deliverWhileAway(page, 'buurtruil-lobby-', update, `${site.url}/coordinator/`);
    const before = await taskSeconds();
    // Taken in: the first page of requests is listed, with the count beyond.
    const listed = Math.min(requestsShown, paidJoins + 1);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="join-request"]').length === count,
      listed,
    );
    const cpuMs = (await taskSeconds()) - before;
    const longestTaskMs = await page.evaluate(
      () => (globalThis as unknown as { longestTask: { ms: number } }).longestTask.ms,
    );
    const shown = await page.getByTestId('join-request').count();

    // Still usable: finding Nina by her name (every request's details opened in slices)...
    const searchStarted = performance.now();
    await page.getByLabel('Zoek een aanvraag op naam of straat').fill('Nina');
    await page.getByTestId('join-request').filter({ hasText: 'Nina' }).waitFor();
    const searchMs = performance.now() - searchStarted;
    // ...and admitting her, from the click until her request is gone.
    const started = performance.now();
    await page
      .getByTestId('join-request')
      .filter({ hasText: 'Nina' })
      .getByRole('button', { name: 'Welkom heten' })
      .click();
    await page.getByTestId('join-request').filter({ hasText: 'Nina' }).waitFor({ state: 'detached' });
    const admitMs = performance.now() - started;
    return { cpuMs, longestTaskMs, searchMs, admitMs, shown };
  } finally {
    await browser.close();
    await site.stop();
  }
}

const results: Run[] = [];
for (let run = 0; run < runs; run++) {
  console.error(`coordinator flood: run ${run + 1} of ${runs}`);
  results.push(await oneRun());
}
const line = (name: string, samples: number[]) => {
  const { median, min, max } = summarize(samples);
  console.log(`${name.padEnd(58)} ${median.toFixed(0).padStart(6)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})`);
};
console.log(
  `\nA coordinator's page, flooded: ${unpaidJoins} joins without work, ${paidJoins} with, ${garbageValues} garbage values`,
);
line(
  "page CPU while taking the flood in (Chromium's TaskDuration)",
  results.map((r) => r.cpuMs),
);
line(
  'longest task while taking it in',
  results.map((r) => r.longestTaskMs),
);
line(
  'finding the real newcomer by name afterwards (type → shown)',
  results.map((r) => r.searchMs),
);
line(
  'admitting the real newcomer afterwards (click → done)',
  results.map((r) => r.admitMs),
);
console.log(`requests shown at once: ${results[0]?.shown ?? 0} (the rest wait their turn)`);
