// Figures measured in Chromium (tests/browser/chromiumExecutable.ts), on the real site served by `npm start`'s server:
// each device is its own browser context, seeded with the year the way a device that has
// been in the network all year would hold it (its identity, its network record, the doc
// in IndexedDB), and syncing over WebRTC through the local relay.
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import type { ServerProcess } from '../tests/support/processes.ts';
import { dataChannelFloorMs, firstPaintFloorMs, floorPage, keystrokeFloorMs, verifyFloorMs } from './browserFloors.ts';
import type { Fixture } from './fixtureFile.ts';
import { startFloorServer } from './floorServer.ts';
import { docUpdate } from './nodeBench.ts';
import { type Device, seededDevice, waitForProjected } from './seededDevice.ts';
import { packSignatureWork, signatureWork } from './signatureWork.ts';
import { type Paired, repeat, repeatPaired, type Summary, summarize } from './stats.ts';

export interface BrowserFigures {
  /** (1b) a device with the doc and no verified copy: member-open → member-ready; floor: verify + hash on every core. */
  validateProjectChromiumMs?: Paired;
  /** (1b) the longest main-thread task during that verification, per run (PerformanceObserver 'longtask'). */
  longestTaskMs?: Summary;
  /** (1b) main-thread tasks over 50 ms during that verification, per run. */
  longTasks?: Summary;
  /** (2) reload → 20 post cards; floor: an almost empty page's first contentful paint. */
  coldOpenBoardMs?: Paired;
  /** (3a) new device: first WebRTC peer → the newest post (and 20 in all) on the board; floor: the doc's bytes over one data channel. */
  newDeviceBoardMs?: Paired;
  /** (3b) new device: first WebRTC peer → every entry verified and projected; same floor. */
  newDeviceSyncMs?: Paired;
  propagation2PeersMs?: Summary;
  propagation8PeersMs?: Summary;
  /** (5) p95 per keystroke per run; floor: a keystroke into a field nothing listens to. */
  searchKeystrokeMs?: Paired;
  indexedDbBytes: number;
  storageDetails: Record<string, number>;
  boardHeapBytes: number;
  /** A first visit of each page (no network yet), and the board of a member. */
  jsGzipBytes?: Record<'firstVisit' | 'coordinator' | 'invite' | 'memberBoard', number>;
  chromium: string;
}

/** Which of the browser figures to take (growth runs skip the dear ones). */
export interface BrowserSteps {
  jsSizes: boolean;
  search: boolean;
  newDevice: boolean;
  propagation: boolean;
}

const minutes = 60_000;

export async function browserBench(
  fixture: Fixture,
  site: ServerProcess,
  runs: number,
  log: (line: string) => void,
  steps: BrowserSteps = { jsSizes: true, search: true, newDevice: true, propagation: true },
): Promise<BrowserFigures> {
  const browser = await chromium.launch({
    executablePath: await chromiumExecutable(),
    args: chromiumArgs,
  });
  const update = docUpdate(fixture);
  const floors = await startFloorServer({ '/work.bin': packSignatureWork(signatureWork(fixture)) });
  try {
    const total = fixture.records.length;
    const newest = newestPost(fixture);
    const open = (member: number, withDoc: boolean) => seededDevice(browser, site, fixture, update, member, withDoc);
    const floorContext = await browser.newContext();
    await floorContext.grantPermissions(['camera', 'microphone']);
    const floor = await floorPage(floorContext, floors);
    const figures: Partial<BrowserFigures> = {};

    if (steps.jsSizes) {
      log('chromium: JavaScript per page');
      const member = await open(1, false);
      figures.jsGzipBytes = {
        firstVisit: await javaScriptOf(browser, `${site.url}/`),
        coordinator: await javaScriptOf(browser, `${site.url}/coordinator/`),
        invite: await javaScriptOf(browser, `${site.url}/join/`),
        memberBoard: await javaScriptOf(member.context, `${site.url}/`),
      };
      await member.context.close();
    }

    log('chromium: validate and project on a device that has the doc (floor: verify + hash on every core)');
    let seed: Device | null = null;
    const longest: number[] = [];
    const long: number[] = [];
    const validation = await repeatPaired(
      runs,
      () => verifyFloorMs(floor),
      async (run) => {
        if (seed) await seed.context.close();
        seed = await open(0, true);
        await seed.page.goto(`${site.url}/`);
        const measured = await seed.page.evaluate(
          () =>
            new Promise<{ ms: number; longest: number; long: number }>((resolve) => {
              const check = () => {
                const ready = performance.getEntriesByName('buurtruil:member-ready')[0];
                const started = performance.getEntriesByName('buurtruil:member-open')[0];
                if (ready && started) {
                  // The tasks that overlap the verification, as the page's observer saw them.
                  const tasks = ((window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [])
                    .filter(([at, duration]) => at + duration >= started.startTime && at <= ready.startTime)
                    .map(([, duration]) => duration);
                  resolve({
                    ms: ready.startTime - started.startTime,
                    longest: Math.max(0, ...tasks),
                    long: tasks.filter((d) => d > 50).length,
                  });
                } else setTimeout(check, 20);
              };
              check();
            }),
        );
        if (run >= 0) {
          longest.push(measured.longest);
          long.push(measured.long);
        }
        return { ms: measured.ms };
      },
    );
    figures.validateProjectChromiumMs = validation.ms;
    figures.longestTaskMs = summarize(longest);
    figures.longTasks = summarize(long);
    const a = seed as unknown as Device;
    await waitForProjected(a.page, total);

    log('chromium: cold open of the board (floor: first paint of an empty page)');
    figures.coldOpenBoardMs = (
      await repeatPaired(
        runs,
        () => firstPaintFloorMs(floor, floors),
        async () => {
          await a.page.reload();
          const shown = await a.page.waitForFunction(
            () => document.querySelectorAll('[data-testid="post"]').length >= 20 && performance.now(),
            null,
            { polling: 'raf', timeout: 30 * minutes },
          );
          return { ms: (await shown.jsonValue()) as number };
        },
      )
    ).ms;
    await waitForProjected(a.page, total);

    if (steps.search) {
      log('chromium: search per keystroke (floor: a keystroke nothing listens to)');
      figures.searchKeystrokeMs = (
        await repeatPaired(
          runs,
          () => keystrokeFloorMs(floor),
          async () => {
            const samples = await a.page.evaluate(() => {
              const input = document.querySelector<HTMLInputElement>('#board-search');
              if (!input) throw new Error('no search field');
              const out: number[] = [];
              for (const query of ['boodschappen', 'huisarts', 'fiets repareren', 'lamp', 'koffie', 'formulieren']) {
                for (let i = 1; i <= query.length; i++) {
                  const started = performance.now();
                  input.value = query.slice(0, i);
                  input.dispatchEvent(new Event('input', { bubbles: true }));
                  // Reading a layout value makes the browser apply styles and layout now.
                  void document.body.offsetHeight;
                  out.push(performance.now() - started);
                }
              }
              input.value = '';
              input.dispatchEvent(new Event('input', { bubbles: true }));
              return out;
            });
            return { ms: summarize(samples).p95 };
          },
        )
      ).ms;
    }

    log('chromium: storage and heap');
    const estimate = await a.page.evaluate(async () => {
      const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: Record<string, number> };
      return { usage: e.usage ?? 0, details: e.usageDetails ?? {} };
    });
    const cdp = await a.context.newCDPSession(a.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    figures.indexedDbBytes = estimate.usage;
    figures.storageDetails = estimate.details;
    figures.boardHeapBytes = heap.usedSize;

    let member = 3;
    if (steps.newDevice) {
      log('chromium: a new device joining, synced from one peer (floor: the doc over one data channel)');
      const joined = await repeatPaired(
        runs,
        () => dataChannelFloorMs(floor, update.length),
        async () => {
          const b = await open(member++, false);
          await b.page.goto(`${site.url}/`);
          const [board, done] = await Promise.all([waitForBoard(b.page, newest), waitForProjected(b.page, total)]);
          // When the first WebRTC peer came up, as the page marked it at that moment.
          const [connected, arrived, checking, newestFirst] = await b.page.evaluate(() =>
            ['first-peer', 'arrived', 'being-checked', 'newest-posts'].map(
              (name) => performance.getEntriesByName(`buurtruil:${name}`)[0]?.startTime,
            ),
          );
          if (connected === undefined) throw new Error('the new device never marked its first peer');
          // Where the time went: the doc over the channel and applied, the posts being checked shown.
          const after = (mark: number | undefined) => (mark === undefined ? '-' : `${Math.round(mark - connected)} ms`);
          log(
            `  new device: newest posts from the peer checked ${after(newestFirst)}, doc arrived ${after(arrived)}, posts being checked ${after(checking)}, board ${Math.round(board - connected)} ms, all ${Math.round(done - connected)} ms`,
          );
          await b.context.close();
          return { board: board - connected, done: done - connected };
        },
      );
      figures.newDeviceBoardMs = joined.board;
      figures.newDeviceSyncMs = joined.done;
    }

    if (steps.propagation) {
      log('chromium: propagation of one post, 2 peers');
      const peers: Device[] = [a];
      const grow = async (count: number) => {
        while (peers.length < count) {
          const device = await open(member++, true);
          await device.page.goto(`${site.url}/`);
          await waitForProjected(device.page, total);
          peers.push(device);
        }
        for (const peer of peers) await waitForPeers(peer.page, peers.length - 1);
      };
      await grow(2);
      figures.propagation2PeersMs = await propagation(peers, runs);
      log('chromium: propagation of one post, 8 peers');
      await grow(8);
      figures.propagation8PeersMs = await propagation(peers, runs);
      for (const peer of peers.slice(1)) await peer.context.close();
    }
    await a.context.close();
    await floorContext.close();
    return { ...figures, chromium: browser.version() } as BrowserFigures;
  } finally {
    await browser.close();
    await floors.stop();
  }
}

/** The id of the fixture's newest post: a new device that shows recent posts shows this one. */
function newestPost(fixture: Fixture): string {
  let newest = { id: '', time: -1 };
  for (const [id, bytes] of fixture.records) {
    const fields = decodeStrict(bytes.subarray(64)) as unknown[];
    if (fields[1] === 'post' && (fields[5] as number) > newest.time) newest = { id, time: fields[5] as number };
  }
  return newest.id;
}

/**
 * Waits until the board shows the newest post and 20 posts in all (checked, or still being
 * checked: docs/protocol.md §3.5); returns when, by the page's clock.
 */
async function waitForBoard(page: Page, newest: string): Promise<number> {
  const shown = await page.waitForFunction(
    (id) =>
      document.querySelectorAll('[data-testid="post"]').length >= 20 &&
      document.querySelector(`[data-testid="post"][data-post-id="${id}"]`) !== null &&
      performance.now(),
    newest,
    { polling: 'raf', timeout: 30 * minutes },
  );
  return (await shown.jsonValue()) as number;
}

async function waitForPeers(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('[data-testid="connection-status"]')?.dataset.webrtcPeers) >= n,
    count,
    { polling: 100, timeout: 10 * minutes },
  );
}

/** One post written on the first peer; the time until it shows on every other board. */
async function propagation(peers: Device[], runs: number): Promise<Summary> {
  const [writer, ...readers] = peers as [Device, ...Device[]];
  const latencies: number[] = [];
  await repeat(runs, async (run) => {
    // Unique, so an earlier run's post (or one synced to a newly joined peer) never counts.
    const title = `Proef ${readers.length + 1}-${run + 1}-${Date.now()}: wie helpt met de kerstboom?`;
    for (const reader of readers) {
      await reader.page.evaluate(() => {
        location.hash = '#/';
      });
      await reader.page.evaluate((wanted) => {
        (window as unknown as { seen: Promise<number> }).seen = new Promise((resolve) => {
          const found = () =>
            [...document.querySelectorAll('[data-testid="post"] h3 a')].some((a) => a.textContent === wanted);
          const observer = new MutationObserver(() => {
            if (found()) {
              observer.disconnect();
              // The machine's clock, as `sent` is: the pages' Date starts where the fixture ends.
              resolve(performance.timeOrigin + performance.now());
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, title);
    }
    const page = writer.page;
    await page.evaluate(() => {
      location.hash = '#/nieuw';
    });
    await page.getByLabel('Korte titel').fill(title);
    const sent = Date.now();
    await page.getByRole('button', { name: 'Ophangen' }).click();
    const seen = await Promise.all(
      readers.map((reader) => reader.page.evaluate(() => (window as unknown as { seen: Promise<number> }).seen)),
    );
    const these = seen.map((at) => at - sent);
    if (run >= 0) latencies.push(...these);
    return Math.max(...these);
  });
  return summarize(latencies);
}

/**
 * The JavaScript a page loads, gzipped as a server would send it: in a fresh context (a
 * first visit), or in a member's device context (its board, with all it loads after).
 */
async function javaScriptOf(where: Browser | BrowserContext, url: string): Promise<number> {
  const fresh = 'newContext' in where;
  const context = fresh ? await where.newContext({ serviceWorkers: 'block' }) : where;
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(bodies);
  if (fresh) await context.close();
  else await page.close();
  return sizes.reduce((sum, body) => sum + gzipSync(body).length, 0);
}
