// Figure (1) alone, in Node, beside its floor: the full audit of the log (every entry read
// and checked, the rules derived, the rows built: as bench/nodeBench.ts measures it) at
// one year and at four years, without the browser's figures, so a change to the core can
// be measured before and after in a few minutes. Each run takes the floor, then the audit;
// both as wall time and as this process's CPU time (user + system, the thread pool's
// signatures included), which a machine shared with other work disturbs less.
// Node hashes with node:crypto through the core's hash port, as the floor does (--noble-hash:
// with the browser's @noble/hashes instead).
// Run: node bench/auditBench.ts [--runs n] [--year-only] [--four-only] [--noble-hash] [--json]. The
// four-year fixture (4× the year's activity, same members and seed: 137,203 entries) is
// made on its first run and kept in .bench/ like the year's (making it takes minutes).
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { collectGarbage } from './collectGarbage.ts';
import { loadFixture } from './fixtureFile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { signatureWork } from './signatureWork.ts';
import { summarize } from './stats.ts';
import { verifyFloorMs } from './verifyFloor.ts';
import { benchSeed, busyYear, type FixtureSize } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const json = args.includes('--json');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => (json ? console.error(line) : console.log(line));
if (!args.includes('--noble-hash')) useNodeSha256();

/** The same neighbourhood with four times the year's activity over four years (as bench/run.ts grows it). */
const fourYears: FixtureSize = {
  members: busyYear.members,
  posts: busyYear.posts * 4,
  transfers: busyYear.transfers * 4,
  messages: busyYear.messages * 4,
  span: 4,
};

/** Wall and CPU milliseconds of one piece of work. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const sizes: [string, FixtureSize][] = [];
if (!args.includes('--four-only')) sizes.push(['1 year', busyYear]);
if (!args.includes('--year-only')) sizes.push(['4 years', fourYears]);
const out: Record<string, unknown> = {};
for (const [label, size] of sizes) {
  const fixture = loadFixture(root, size, benchSeed, log);
  const work = signatureWork(fixture);
  const now = () => fixture.endTime + 86_400_000;
  const audit = async () => {
    const ledger = new Ledger(fixture.networkId, { now });
    await ledger.add(fixture.records);
    tableRows(ledger.state, ledger.rejections());
    if (ledger.rejections().size > 0) throw new Error(`${ledger.rejections().size} entries refused`);
  };
  const samples = { floor: [] as number[], audit: [] as number[], floorCpu: [] as number[], auditCpu: [] as number[] };
  const loads: number[] = [];
  for (let run = -1; run < runs; run++) {
    // Each after a full collection: neither pays for the garbage the other left (collectGarbage.ts).
    collectGarbage();
    const floor = await timed(() => verifyFloorMs(work));
    collectGarbage();
    const audited = await timed(audit);
    if (run < 0) continue; // the warm-up
    samples.floor.push(floor.wall);
    samples.floorCpu.push(floor.cpu);
    samples.audit.push(audited.wall);
    samples.auditCpu.push(audited.cpu);
    loads.push(loadavg()[0] ?? 0);
  }
  const ratio = summarize(samples.audit.map((a, i) => a / (samples.floor[i] as number)));
  const cpuRatio = summarize(samples.auditCpu.map((a, i) => a / (samples.floorCpu[i] as number)));
  const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
  out[label] = { entries: fixture.records.length, ...s, ratio, cpuRatio, loads };
  log(
    `${label}: ${fixture.records.length} entries; audit ${s.audit?.median} ms (${s.audit?.min}–${s.audit?.max}), floor ${s.floor?.median} ms, ratio ${ratio.median.toFixed(2)}×; CPU: audit ${s.auditCpu?.median} ms, floor ${s.floorCpu?.median} ms, ratio ${cpuRatio.median.toFixed(2)}×; load ${loads.map((l) => l.toFixed(1)).join(' ')}`,
  );
}
if (json) console.log(JSON.stringify(out));
