// Figure (1)'s audit alone, a few times in one process, for `node --cpu-prof`: where the
// CPU time of `Ledger.add` of the whole log plus the table rows goes (bench/auditBench.ts
// measures it; this only repeats it so a profile has enough samples).
// Run: node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profileAudit.ts [--four] [--runs n] [--noble-hash]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { loadFixture } from './fixtureFile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const size = args.includes('--four')
  ? {
      ...busyYear,
      posts: busyYear.posts * 4,
      transfers: busyYear.transfers * 4,
      messages: busyYear.messages * 4,
      span: 4,
    }
  : busyYear;
if (!args.includes('--noble-hash')) useNodeSha256();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, size, benchSeed, console.log);
for (let run = 0; run < runs; run++) {
  const cpu = process.cpuUsage();
  const ledger = new Ledger(fixture.networkId, { now: () => fixture.endTime + 86_400_000 });
  await ledger.add(fixture.records);
  tableRows(ledger.state, ledger.rejections());
  const used = process.cpuUsage(cpu);
  console.log(`audit ${run + 1}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}
