// `npm run bench:soak`: the kiosk is never reloaded (budget 9: its heap after a week ≤ 1.1×
// its heap after the first hour; storage flat, bounded by the entries' bytes). A kiosk page
// opens on the quick fixture's network (--year: the busy year), then a simulated week of a
// busy neighbourhood (weekTraffic.ts, ~700 entries) flows into it over the local relay, as
// fast as it takes them: a member's device (the feeder) gets each slice of the week into
// its kept doc while its page is away, comes back, and syncs it to the kiosk over WebRTC,
// as phones come and go. Readings after a forced collection at the first hour and at the
// end of each day: heap, IndexedDB usage, DOM nodes, listeners, live peer connections.
// Median of --runs n (3) runs; --slice h (6): simulated hours per delivery; --years n: the kiosk
// holds n busy years (the four-year column); --census: a
// heap snapshot at day 1 and day 7 of the first run, compared by constructor.
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { chromiumArgs } from '../playwright.config.ts';
import { entriesMapName } from '../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { deliverWhileAway } from '../tests/support/deviceStore.ts';
import { startSite } from '../tests/support/processes.ts';
import { flag, numberOption } from './benchArgs.ts';
import { loadFixture } from './fixtureFile.ts';
import { type Census, censusGrowth, heapCensus, liveInstances, peerConnectionStates } from './heapCensus.ts';
import { docUpdate } from './nodeBench.ts';
import { seededDevice, waitForProjected } from './seededDevice.ts';
import { summarize } from './stats.ts';
import { busyWeek, day, makeWeek } from './weekTraffic.ts';
import { benchRelayPort, benchSeed, busyYear, quickYear } from './yearFixture.ts';

const runs = numberOption('--runs', 3);
const sliceHours = numberOption('--slice', 6);
const census = flag('--census');
const years = numberOption('--years', 0);
// --years n: n years of the busy year's traffic, spread over n years (the four-year column).
const history =
  years > 0
    ? {
        members: busyYear.members,
        posts: busyYear.posts * years,
        transfers: busyYear.transfers * years,
        messages: busyYear.messages * years,
        span: years,
      }
    : flag('--year')
      ? busyYear
      : quickYear;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const hour = 3600_000;
const log = (line: string) => console.error(line);

const fixture = loadFixture(root, history, benchSeed, log);
// The fixture's genesis asks for 6 bits of join work (yearFixture.ts).
const week = makeWeek(fixture, busyWeek, benchSeed + 7, 6);
const historyUpdate = docUpdate(fixture);

/** The week in slices as the feeder delivers them; a reading after the marked ones. */
interface Slice {
  label: string | null;
  entries: number;
  bytes: number;
  update: Uint8Array;
}
function slices(): Slice[] {
  const ends = new Set<number>([hour]);
  for (let at = sliceHours * hour; at < 7 * day; at += sliceHours * hour) ends.add(at);
  for (let d = 1; d <= 7; d++) ends.add(d * day);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, historyUpdate);
  const map = doc.getMap<Uint8Array>(entriesMapName);
  const out: Slice[] = [];
  let next = 0;
  let entries = fixture.records.length;
  let bytes = fixture.records.reduce((sum, [, b]) => sum + b.length, 0);
  for (const end of [...ends].sort((a, b) => a - b)) {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      while (next < week.length && (week[next]?.entry.time ?? 0) < fixture.endTime + end) {
        const signed = week[next++];
        if (!signed) break;
        map.set(toBase64Url(signed.id), signed.bytes);
        entries++;
        bytes += signed.bytes.length;
      }
    });
    const label = end === hour ? 'hour 1' : end % day === 0 ? `day ${end / day}` : null;
    out.push({ label, entries, bytes, update: Y.encodeStateAsUpdate(doc, before) });
  }
  return out;
}

interface Reading {
  label: string;
  entries: number;
  entryBytes: number;
  heapBytes: number;
  storageBytes: number;
  nodes: number;
  listeners: number;
  peerConnections: number;
  webSockets: number;
}

/**
 * Waits (up to a minute) until every live peer connection of the kiosk is connected. A
 * device that comes and goes at once (the feeder's page while its doc is written) leaves
 * the kiosk's offer to it unanswered; WebrtcRoomNetwork gives such a handshake up after
 * 20 s. Fed faster than real time, a dozen of them would be in every reading otherwise.
 */
async function settle(cdp: CDPSession): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    await cdp.send('HeapProfiler.collectGarbage');
    const states = await peerConnectionStates(cdp);
    if (Object.keys(states).every((state) => state.startsWith('connected/'))) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return performance.now() - started;
}

async function read(cdp: CDPSession, page: Page, slice: Slice): Promise<Reading> {
  await settle(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const metrics = new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const storageBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  return {
    label: slice.label ?? '',
    entries: slice.entries,
    entryBytes: slice.bytes,
    heapBytes: heap.usedSize,
    storageBytes,
    nodes: metrics.get('Nodes') ?? 0,
    listeners: metrics.get('JSEventListeners') ?? 0,
    peerConnections: await liveInstances(cdp, 'RTCPeerConnection'),
    webSockets: await liveInstances(cdp, 'WebSocket'),
  };
}

async function oneRun(run: number, plan: Slice[]): Promise<Reading[]> {
  const site = await startSite(benchRelayPort);
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
  try {
    const total = fixture.records.length;
    // members[1] is the community centre's kiosk in the fixture (a grant-role kiosk).
    // The machine's clock: the week's traffic is dated after the fixture, and must not be in the pages' future.
    const kiosk = await seededDevice(browser, site, fixture, historyUpdate, 1, true, 'kiosk', {}, 'machine');
    await kiosk.page.goto(`${site.url}/kiosk/`);
    await waitForProjected(kiosk.page, total);
    const feeder = await seededDevice(browser, site, fixture, historyUpdate, 3, true, 'member', {}, 'machine');
    await feeder.page.goto(`${site.url}/`);
    await waitForProjected(feeder.page, total);
    const cdp = await kiosk.context.newCDPSession(kiosk.page);
    await cdp.send('Performance.enable');
    const readings: Reading[] = [];
    let firstDay: Census | null = null;
    const started = performance.now();
    for (const slice of plan) {
      await deliverWhileAway(feeder.page, 'buurtruil-doc-', slice.update, `${site.url}/`);
      await waitForProjected(kiosk.page, slice.entries);
      if (!slice.label) continue;
      const reading = await read(cdp, kiosk.page, slice);
      readings.push(reading);
      log(
        `run ${run + 1}: ${slice.label.padEnd(7)} ${slice.entries} entries, heap ${mb(reading.heapBytes)}, storage ${mb(reading.storageBytes)}, ${reading.nodes} nodes, ${reading.listeners} listeners, ${reading.peerConnections} peer connections (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
      if (census && run === 0 && slice.label === 'day 1') firstDay = await heapCensus(cdp);
      if (census && run === 0 && slice.label === 'day 7' && firstDay) printGrowth(firstDay, await heapCensus(cdp));
    }
    return readings;
  } finally {
    await browser.close();
    await site.stop();
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

function printGrowth(before: Census, after: Census): void {
  console.log('\nHeap snapshot, day 1 → day 7 (first run), by constructor, the largest growth in own bytes:');
  console.log(
    `${'constructor'.padEnd(40)}${'Δ count'.padStart(10)}${'Δ bytes'.padStart(14)}${'count at day 7'.padStart(16)}`,
  );
  for (const row of censusGrowth(before, after)) {
    console.log(
      `${row.name.slice(0, 39).padEnd(40)}${String(row.count).padStart(10)}${String(row.bytes).padStart(14)}${String(row.countAfter).padStart(16)}`,
    );
  }
}

const loadAtStart = loadavg();
const plan = slices();
log(
  `soak: ${fixture.records.length} entries of history, then ${week.length} in a week, in ${plan.length} deliveries; ${runs} runs`,
);
const all: Reading[][] = [];
for (let run = 0; run < runs; run++) all.push(await oneRun(run, plan));

const median = (pick: (r: Reading) => number, at: number) =>
  summarize(all.map((readings) => pick(readings[at] as Reading))).median;
const first = all[0] ?? [];
console.log(
  `\nA kiosk open for a week without reload: ${fixture.records.length} entries of history + ${week.length} (median of ${runs} runs; load average ${loadAtStart.map((n) => n.toFixed(1)).join(' ')} → ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')})\n`,
);
console.log(
  `${'when'.padEnd(8)}${'entries'.padStart(8)}${'entry bytes'.padStart(13)}${'heap'.padStart(11)}${'heap/entry'.padStart(12)}${'IndexedDB'.padStart(11)}${'÷ entry bytes'.padStart(15)}${'nodes'.padStart(7)}${'listeners'.padStart(11)}${'peer conn.'.padStart(12)}${'sockets'.padStart(9)}`,
);
first.forEach((reading, at) => {
  const heap = median((r) => r.heapBytes, at);
  const storage = median((r) => r.storageBytes, at);
  console.log(
    `${reading.label.padEnd(8)}${String(reading.entries).padStart(8)}${mb(reading.entryBytes).padStart(13)}${mb(heap).padStart(11)}${`${(heap / reading.entries / 1024).toFixed(2)} KiB`.padStart(12)}${mb(storage).padStart(11)}${`${(storage / reading.entryBytes).toFixed(2)}×`.padStart(15)}${String(median((r) => r.nodes, at)).padStart(7)}${String(median((r) => r.listeners, at)).padStart(11)}${String(median((r) => r.peerConnections, at)).padStart(12)}${String(median((r) => r.webSockets, at)).padStart(9)}`,
  );
});
const last = first.length - 1;
const ratio = median((r) => r.heapBytes, last) / median((r) => r.heapBytes, 0);
const perEntry =
  (median((r) => r.heapBytes, last) - median((r) => r.heapBytes, 0)) /
  ((first[last]?.entries ?? 0) - (first[0]?.entries ?? 0));
console.log(
  `\n(9) heap after the week ÷ after the first hour: ${ratio.toFixed(2)}× (budget ≤ 1.1×) ${ratio <= 1.1 ? 'met' : 'MISS'}; ${(perEntry / 1024).toFixed(1)} KiB more heap per entry that arrived`,
);
