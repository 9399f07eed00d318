// What a checkpoint saves a device at each opening (docs/protocol.md §4.8, "the next
// opening"): deriving the year's state from the beginning against deriving across a
// checkpoint at the end of the latest quarter a checkpoint is due for (30 days before the
// fixture's end), from its pages, as startAtRecorded.ts does. Also: building the summary
// (what an archive device does once a quarter), and derive(F) (what an archive device
// derives again, once a session, to show the history beside). And a new device in the part
// after the checkpoint (§7.1): what the part holds, and the time to read and verify its
// entries and start from the summary, against reading and verifying the whole log.
//
//   npx node bench/acrossCheckpoint.ts [--runs 5] [--four-years]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dueUntil } from '../src/core/checkpoint/CheckpointBook.ts';
import { checkCheckpoint } from '../src/core/checkpoint/checkCheckpoint.ts';
import { startAtRecorded, startAtSummary } from '../src/core/checkpoint/startAtRecorded.ts';
import { checkpointSummary } from '../src/core/checkpoint/summary.ts';
import { type CheckpointBase, proposalAfterInSteps } from '../src/core/checkpoint/summaryAfter.ts';
import { hash } from '../src/core/crypto/hash.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { Ledger } from '../src/core/Ledger.ts';
import { deriveState } from '../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../src/core/state/NetworkState.ts';
import { runToEnd, stepsOf } from '../src/core/state/steps.ts';
import { loadFixture } from './fixtureFile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { summarize } from './stats.ts';
import { benchSeed, busyYear, type FixtureSize } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
useNodeSha256();

const size: FixtureSize = args.includes('--four-years')
  ? { ...busyYear, posts: busyYear.posts * 4, transfers: busyYear.transfers * 4, messages: busyYear.messages * 4 }
  : busyYear;
const fixture = loadFixture(root, size, benchSeed, console.log);
const now = fixture.endTime + 86_400_000;
const ledger = new Ledger(fixture.networkId, { now: () => now });
await ledger.add(fixture.records, { trusted: true });
const held = ledger.held;
const all: VerifiedEntry[] = [...held.values()];
const until = dueUntil(now);

const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

let built = checkpointSummary(fixture.networkId, { part: 1, after: null, until }, all);
const pages = new Map([built.summary, ...built.pages].map((bytes) => [toBase64Url(hash(bytes)), bytes]));
const summaryText = toBase64Url(built.hash);
const across = () =>
  deriveState(fixture.networkId, all, now, {
    start: startAtRecorded(fixture.networkId, summaryText, (key) => pages.get(key), held),
  });
const check = across();
if (!check.checkpoint) throw new Error('the checkpoint did not read');
const whole = deriveState(fixture.networkId, all, now);
for (const [key, member] of whole.members)
  if (check.members.get(key)?.balance !== member.balance) throw new Error(`balances differ for ${key}`);

const samples = { whole: [] as number[], across: [] as number[], summary: [] as number[], historyOfF: [] as number[] };
const frontier = [...built.frontier.values()];
for (let run = 0; run < runs; run++) {
  samples.whole.push(time(() => deriveState(fixture.networkId, all, now)));
  samples.across.push(time(across));
  samples.summary.push(
    time(() => {
      built = checkpointSummary(fixture.networkId, { part: 1, after: null, until }, all);
    }),
  );
  samples.historyOfF.push(time(() => deriveState(fixture.networkId, frontier, until)));
}
const pageBytes = [...pages.values()].reduce((sum, bytes) => sum + bytes.length, 0);

// The next checkpoint built on the one before (§4.8, "Built on the one before", session 22):
// checkpoint 1 a quarter earlier, then the latest quarter's built and checked on it — by an
// archive device, and by a phone that holds checkpoint 1's pages, its carried entries and
// the part after it — against building the same quarter's summary from the genesis.
const quarterStart = new Date(until + 1);
const earlier = Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() - 3, 1) - 1;
const base1 = checkpointSummary(fixture.networkId, { part: 1, after: null, until: earlier }, all);
const archiveBase: CheckpointBase = {
  sections: base1.sections,
  until: earlier,
  frontier: new Set(base1.frontier.keys()),
};
const header2 = { part: 2, after: base1.hash, until };
const buildOn = () => runToEnd(proposalAfterInSteps(fixture.networkId, header2, archiveBase, held));
const second = buildOn();
if (!second) throw new Error('checkpoint 2 not built');
const listed1 = new Set(base1.sections.carried.map((record) => record.key));
const phoneHeld = new Map([...held].filter(([id]) => listed1.has(id) || !base1.frontier.has(id)));
const phoneBase: CheckpointBase = { sections: base1.sections, until: earlier, frontier: new Set(), partial: true };
const body2 = { part: 2, after: base1.hash, summary: second.hash, seen: [] };
const document2 = { summary: second.summary, pages: second.pages };
const checkOn = (items: ReadonlyMap<string, VerifiedEntry>, base: CheckpointBase) => () => {
  const verdict = checkCheckpoint(fixture.networkId, body2, document2, items, undefined, undefined, base);
  if (verdict.kind !== 'true') throw new Error(`checkpoint 2: ${verdict.kind}`);
};
const onBase = { build: [] as number[], archiveCheck: [] as number[], phoneCheck: [] as number[] };
for (let run = 0; run < runs; run++) {
  onBase.build.push(time(buildOn));
  onBase.archiveCheck.push(time(checkOn(held, archiveBase)));
  onBase.phoneCheck.push(time(checkOn(phoneHeld, phoneBase)));
}

// A new device in the part: every entry outside F and the carried ones, verified (one
// signature per chain head, §3.5), then the state from the summary, as CheckpointKeeper does.
const carried = new Set(built.sections.carried.map((record) => record.key));
const part = fixture.records.filter(([id]) => !built.frontier.has(id) || carried.has(id));
const partBytes = part.reduce((sum, [, bytes]) => sum + bytes.length, 0);
const wholeBytes = fixture.records.reduce((sum, [, bytes]) => sum + bytes.length, 0);
const lookup = (key: string) => pages.get(key);
const inPart = async () => {
  const fresh = new Ledger(fixture.networkId, { now: () => now });
  await fresh.add(part);
  const start = startAtSummary(fixture.networkId, summaryText, lookup, fresh.held);
  if (!start) throw new Error('the part does not start from the summary');
  await fresh.startFrom({ start: () => stepsOf(start) });
  return fresh;
};
const fromPart = await inPart();
for (const [key, member] of whole.members)
  if (fromPart.state.members.get(key)?.balance !== member.balance) throw new Error(`part: balances differ for ${key}`);
const newDevice = { whole: [] as number[], part: [] as number[] };
for (let run = 0; run < runs; run++) {
  let started = performance.now();
  await new Ledger(fixture.networkId, { now: () => now }).add(fixture.records);
  newDevice.whole.push(performance.now() - started);
  started = performance.now();
  await inPart();
  newDevice.part.push(performance.now() - started);
}
console.log(
  JSON.stringify(
    {
      entries: all.length,
      until: new Date(until).toISOString(),
      inFrontier: built.frontier.size,
      after: all.length - built.frontier.size,
      pages: pages.size,
      pageBytes,
      deriveWholeMs: summarize(samples.whole),
      deriveAcrossMs: summarize(samples.across),
      buildSummaryMs: summarize(samples.summary),
      deriveFMs: summarize(samples.historyOfF),
      onCheckpointBefore: {
        quarterEntries: second.frontier.size,
        phoneHolds: phoneHeld.size,
        buildMs: summarize(onBase.build),
        archiveCheckMs: summarize(onBase.archiveCheck),
        phoneCheckMs: summarize(onBase.phoneCheck),
      },
      newDevice: {
        wholeEntries: fixture.records.length,
        wholeBytes,
        partEntries: part.length,
        partBytes,
        readWholeMs: summarize(newDevice.whole),
        readPartAndStartMs: summarize(newDevice.part),
      },
    },
    null,
    2,
  ),
);
