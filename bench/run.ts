// `npm run bench`: a year of a busy neighbourhood, measured. Prints a table, or with
// --json one JSON object with stable names; --quick uses a small fixture (a smoke check
// that the benchmark itself still works, run by `npm test`).
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from '../tests/e2e/processes.ts';
import { browserBench } from './browserBench.ts';
import { loadFixture } from './fixtureFile.ts';
import { nodeBench } from './nodeBench.ts';
import type { Summary } from './stats.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => {
  if (!json) console.log(line);
  else console.error(line);
};

const size = quick
  ? { members: 40, posts: 120, transfers: 600, messages: 240 }
  : { members: 400, posts: 4000, transfers: 20_000, messages: 10_000 };
const seed = 2025;
const fixture = loadFixture(root, size, seed, log);
log(`fixture: ${fixture.records.length} entries (${quick ? 'quick' : 'a busy year'}), ${runs} runs after a warm-up`);

log('node: validate and derive, incremental apply, Y.Doc size');
const node = await nodeBench(fixture, runs);
const site = await startSite();
let browser: Awaited<ReturnType<typeof browserBench>>;
try {
  browser = await browserBench(fixture, site, runs, log);
} finally {
  await site.stop();
}

const figures = {
  fixture: { ...size, coordinators: 2, kiosks: 1, entries: fixture.records.length, seed, quick },
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.chromium,
  },
  validateProjectNodeMs: node.validateProjectNodeMs,
  validateProjectChromiumMs: browser.validateProjectChromiumMs,
  coldOpenBoardMs: browser.coldOpenBoardMs,
  newDeviceSyncMs: browser.newDeviceSyncMs,
  propagation2PeersMs: browser.propagation2PeersMs,
  propagation8PeersMs: browser.propagation8PeersMs,
  searchKeystrokeP95Ms: browser.searchKeystrokeMs,
  incrementalApplyMs: node.incrementalApplyMs,
  ydocV2Bytes: node.ydocV2Bytes,
  entryBytes: node.entryBytes,
  indexedDbBytes: browser.indexedDbBytes,
  storageDetails: browser.storageDetails,
  jsGzipBytes: browser.jsGzipBytes,
  boardHeapBytes: browser.boardHeapBytes,
};

if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const ms = (s: Summary) => `${s.min} / ${s.median} / ${s.max} ms`;
  const p = (s: Summary) => `p50 ${s.median} ms, p95 ${s.p95} ms (${s.runs} samples)`;
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const rows: [string, string, string][] = [
    ['1  validate + project, Node (min/median/max)', ms(figures.validateProjectNodeMs), '≤ 2 s'],
    ['1  validate + project, Chromium', ms(figures.validateProjectChromiumMs), ''],
    ['2  cold open, first 20 posts visible', ms(figures.coldOpenBoardMs), '≤ 1 s'],
    ['3  new device: connect → fully projected', ms(figures.newDeviceSyncMs), '≤ 5 s'],
    ['4  one post to every peer, 2 peers', p(figures.propagation2PeersMs), ''],
    ['4  one post to every peer, 8 peers', p(figures.propagation8PeersMs), 'p95 ≤ 250 ms'],
    ['5  search, p95 per keystroke (per run)', ms(figures.searchKeystrokeP95Ms), '≤ 16 ms'],
    ['6  Y.Doc, update V2', mb(figures.ydocV2Bytes), '≤ 10 MB'],
    ['6  IndexedDB and caches (storage estimate)', mb(figures.indexedDbBytes), ''],
    [
      '7  JS gzipped: board / coordinator / invite',
      `${kb(figures.jsGzipBytes.board)} / ${kb(figures.jsGzipBytes.coordinator)} / ${kb(figures.jsGzipBytes.invite)}`,
      'board ≤ 150 KB',
    ],
    ['8  JS heap, board with the year loaded', mb(figures.boardHeapBytes), '≤ 100 MB'],
    ['   apply one new entry (Node)', ms(figures.incrementalApplyMs), ''],
  ];
  console.log(
    `\n${figures.fixture.entries} entries; ${figures.machine.cpus} × ${figures.machine.cpu}; Node ${figures.machine.node}; Chromium ${figures.machine.chromium}\n`,
  );
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(46)} ${value.padEnd(44)} ${budget}`);
}
