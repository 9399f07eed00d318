// A new device in the part of the history after a checkpoint (docs/protocol.md §7.1): the
// fixture's coordinators and kiosk sign a checkpoint at the end of the latest quarter due
// (30 days before the fixture's end); a member's device that holds the whole history checks
// it, counts it and moves on to the part; then a new device of another member, handed that
// checkpoint as at pairing, joins the part only. Figures (3a), (3b: every entry of the part
// held and every balance the whole history's), (6) and (8) for a phone
// that starts so, at one year or four (four years' traffic spread over four years, so the
// part holds the last months of it, as a phone's would): first peer → the newest posts on the board, → every
// entry of the part verified and projected; its IndexedDB and heap after. Balances are
// compared with the whole history's, derived in Node.
// The pages' clocks start a day after the fixture's end, as the checkpoint's signers' did: at
// the machine's date, months later, the peer would propose a checkpoint of a later quarter
// and its pages would travel in the part too (the days a proposal waits for its second
// signature); --wall-clock measures that.
// Run: node bench/partNewDevice.ts [--years 1|4] [--runs 3] [--profile] [--wall-clock]  (after npm run build;
// --profile: one more run after the measured ones, its main thread and the peer's by function, and its marks)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { startSite } from '../tests/support/processes.ts';
import { flag, numberOption } from './benchArgs.ts';
import { checkpointedFixture } from './checkpointedFixture.ts';
import { printSelfTime, startProfile } from './cpuProfile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { summarize } from './stats.ts';
import { memberBalances, waitForBalances } from './viewBalances.ts';
import { benchRelayPort } from './yearFixture.ts';

const years = numberOption('--years', 1);
const runs = numberOption('--runs', 3);
const profile = flag('--profile');
const wallClock = flag('--wall-clock');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minutes = 60_000;
useNodeSha256();
const {
  fixture,
  now,
  records,
  summaryText,
  partCount,
  wholeUpdate: update,
  wholeBalances,
} = await checkpointedFixture(root, years, console.log);
const clockAt = wallClock ? 'machine' : now;

const site = await startSite(benchRelayPort);
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  // The member's device that was there all along: checks the checkpoint and moves on.
  const peer = await seededDevice(browser, site, fixture, update, 0, true, 'member', {}, clockAt);
  await peer.page.goto(`${site.url}/`);
  // Where the peer is, every 20 s (four years take minutes to verify in the browser).
  const progress = setInterval(() => {
    peer.page
      .evaluate(() => {
        const mark = performance.getEntriesByName('buurtruil:projected').at(-1) as PerformanceMark | undefined;
        return { projected: (mark?.detail as { entries?: number } | undefined)?.entries ?? 0, at: performance.now() };
      })
      .then(
        ({ projected, at }) => console.log(`  the peer at ${Math.round(at / 1000)} s: ${projected} entries projected`),
        () => {},
      );
  }, 20_000);
  await waitForProjected(peer.page, records.length);
  console.log('the device with the whole history verified and projected it');
  const partAtPeer = await waitForPart(peer.page, summaryText);
  clearInterval(progress);
  console.log(
    `the device with the whole history moved on to the part: ${partAtPeer.updates} updates, ${(partAtPeer.bytes / 1e6).toFixed(2)} MB at rest`,
  );

  const newest = newestPost(records);
  const board: number[] = [];
  const done: number[] = [];
  const whole: number[] = [];
  const storage: number[] = [];
  const heap: number[] = [];
  let balancesRight = true;
  // A warm-up run first; with --profile, one more after the measured ones, profiled (the peer idle by then).
  for (let run = -1; run < runs + (profile ? 1 : 0); run++) {
    const handed = { checkpoint: summaryText };
    const device = await seededDevice(browser, site, fixture, update, 2 + (run + 1), false, 'member', handed, clockAt);
    const stop = profile && run === runs ? await startProfile(device.page) : null;
    const stopPeer = profile && run === runs ? await startProfile(peer.page) : null;
    await device.page.goto(`${site.url}/`);
    const [shown, balanced, projected] = await Promise.all([
      waitForBoard(device.page, newest),
      waitForBalances(device.page, fixture.networkId, wholeBalances),
      waitForProjected(device.page, partCount),
    ]);
    if (stop) {
      const taken = await stop();
      if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(taken));
      printSelfTime('a new device in the part, main thread', taken);
      const peerTaken = stopPeer ? await stopPeer() : null;
      if (peerTaken && process.env.PROFILE_OUT)
        writeFileSync(`${process.env.PROFILE_OUT}.peer`, JSON.stringify(peerTaken));
      if (peerTaken) printSelfTime('the peer that answers it, main thread', peerTaken, 20);
    }
    // Where the time went, in the last measured run and the profiled one.
    if (run >= runs - 1) await printMarks(device.page, peer.page);
    // Storage and heap once the doc at rest is settled: after the view is written, the doc
    // drops what the verified copy holds (compactAtRest), and that takes a while at four years.
    const received = await settledPart(device.page, summaryText);
    const connected = await device.page.evaluate(
      () => performance.getEntriesByName('buurtruil:first-peer')[0]?.startTime ?? Number.NaN,
    );
    const balances = await memberBalances(device.page, fixture.networkId);
    const wrong = [...wholeBalances].filter(([key, balance]) => balances.get(key) !== balance);
    if (wrong.length > 0) balancesRight = false;
    const cdp = await device.context.newCDPSession(device.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const usage = await device.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    console.log(
      `  run ${run + 1}: board ${Math.round(shown - connected)} ms, balances right ${Math.round(balanced - connected)} ms, the whole part in the view ${Math.round(projected - connected)} ms (its doc ${(received.bytes / 1e6).toFixed(2)} MB at rest, settled), ${balances.size} balances (${wrong.length} differ), IndexedDB ${(usage / 1e6).toFixed(1)} MB, heap ${(used / 1e6).toFixed(1)} MB`,
    );
    if (run >= 0 && run < runs) {
      board.push(shown - connected);
      done.push(balanced - connected);
      whole.push(projected - connected);
      storage.push(usage);
      heap.push(used);
    }
    await device.context.close();
  }
  console.log(
    JSON.stringify(
      {
        years,
        entries: records.length,
        partEntries: partCount,
        newDeviceBoardMs: summarize(board),
        newDeviceSyncMs: summarize(done),
        newDeviceWholePartMs: summarize(whole),
        indexedDbBytes: summarize(storage),
        heapBytes: summarize(heap),
        balancesRight,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await site.stop();
}

/** Waits until the page's device keeps the part after this checkpoint, with what it copied into it; its doc's updates at rest. */
async function waitForPart(page: Page, summary: string): Promise<{ updates: number; bytes: number }> {
  return polled(page, summary, async (name) => {
    const found = (await indexedDB.databases()).find((db) => db.name?.endsWith(`-part-${name}`));
    if (!found?.name) return null;
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open(found.name as string);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const updates = db.objectStoreNames.contains('updates')
      ? await new Promise<unknown[]>((resolve) => {
          const request = db.transaction('updates').objectStore('updates').getAll();
          request.onsuccess = () => resolve(request.result);
        })
      : [];
    db.close();
    const bytes = updates.reduce<number>(
      (n, u) => n + (u instanceof Uint8Array ? u.length : JSON.stringify(u).length),
      0,
    );
    return updates.length > 0 ? { updates: updates.length, bytes } : null;
  });
}

/** The part doc at rest once two reads a second apart agree (its compaction done). */
async function settledPart(page: Page, summary: string): Promise<{ updates: number; bytes: number }> {
  let before = await waitForPart(page, summary);
  for (const deadline = Date.now() + 10 * minutes; Date.now() < deadline; ) {
    await page.waitForTimeout(1000);
    const now = await waitForPart(page, summary);
    if (now.bytes === before.bytes && now.updates === before.updates) return now;
    before = now;
  }
  throw new Error('the part doc at rest did not settle within 10 minutes');
}

/**
 * Runs an async check in the page until it answers (not null), every 100 ms; its answer.
 * (page.waitForFunction takes the promise an async check returns as a truthy answer at once.)
 */
async function polled<A, T>(page: Page, arg: A, check: (arg: A) => Promise<T | null>): Promise<T> {
  for (const deadline = Date.now() + 30 * minutes; Date.now() < deadline; await page.waitForTimeout(100)) {
    const answer = (await page.evaluate(check as (arg: A) => Promise<unknown>, arg)) as T | null;
    if (answer !== null) return answer;
  }
  throw new Error('no answer within 30 minutes');
}

/** The id of the newest post: a new device that shows recent posts shows this one. */
function newestPost(entries: [string, Uint8Array][]): string {
  let found = { id: '', time: -1 };
  for (const [id, bytes] of entries) {
    const fields = decodeStrict(bytes.subarray(64)) as unknown[];
    if (fields[1] === 'post' && (fields[5] as number) > found.time) found = { id, time: fields[5] as number };
  }
  return found.id;
}

/** Waits until the board shows the newest post and 20 posts in all; returns when, by the page's clock. */
async function waitForBoard(page: Page, id: string): Promise<number> {
  const shown = await page.waitForFunction(
    (post) =>
      document.querySelectorAll('[data-testid="post"]').length >= 20 &&
      document.querySelector(`[data-testid="post"][data-post-id="${post}"]`) !== null &&
      performance.now(),
    id,
    { polling: 'raf', timeout: 30 * minutes },
  );
  return (await shown.jsonValue()) as number;
}

/** The page's own marks (buurtruil:*) and the peer's since it answered, in ms from the first peer. */
async function printMarks(page: Page, peerPage: Page): Promise<void> {
  const marksOf = (of: Page) =>
    of.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('buurtruil:'))
        .map((mark) => {
          const bytes = (mark.detail as { bytes?: number } | null)?.bytes;
          const name = bytes === undefined ? mark.name : `${mark.name} (${(bytes / 1e6).toFixed(2)} MB)`;
          return [name, performance.timeOrigin + mark.startTime] as [string, number];
        }),
    );
  const marks = await marksOf(page);
  const peer = marks.find(([name]) => name === 'buurtruil:first-peer')?.[1] ?? 0;
  const answered = (await marksOf(peerPage)).filter(([name, at]) => at >= peer && name.includes('deflat'));
  const byName = new Map<string, number[]>();
  for (const [name, at] of [...marks, ...answered.map(([name, at]) => [`peer ${name}`, at] as const)])
    byName.set(name, [...(byName.get(name) ?? []), Math.round(at - peer)]);
  console.log('marks, ms from the first peer (first … last, how many):');
  for (const [name, times] of byName) console.log(`  ${name}: ${times[0]} … ${times.at(-1)} (${times.length})`);
  // The workers' share so far (WorkerVerifier.ts): one mark of each kind with the totals.
  const workers = await page.evaluate(() =>
    ['check', 'signatures'].map((kind) => {
      const mark = performance.getEntriesByName(`buurtruil:workers-${kind}`).at(-1) as PerformanceMark | undefined;
      return {
        kind,
        at: mark?.startTime ?? 0,
        sum: mark?.detail as { calls: number; items: number; ms: number; first: number } | undefined,
      };
    }),
  );
  const origin = await page.evaluate(() => performance.timeOrigin);
  for (const { kind, at, sum } of workers)
    if (sum)
      console.log(
        `  workers, ${kind}: ${sum.calls} calls, ${sum.items} items, ${Math.round(sum.ms)} ms waited, from ${Math.round(sum.first + origin - peer)} to ${Math.round(at + origin - peer)}`,
      );
}
