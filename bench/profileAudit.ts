// Figure (1)'s audit alone, a few times in one process, for a CPU profile: where the CPU
// time of `Ledger.add` of the whole log plus the table rows goes (bench/auditBench.ts
// measures it; this only repeats it so a profile has enough samples).
// Run: node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profileAudit.ts [--four] [--runs n] [--noble-hash]
// or, to leave the first runs (the compiler still at work) out of the profile:
//      node bench/profileAudit.ts --warm 4 --profile-to /tmp/audit.cpuprofile [--four] [--runs n]
// (sampled every 100 µs through the inspector; node --cpu-prof samples every 1 ms).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { loadFixture } from './fixtureFile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const warm = Number(option('--warm') ?? 0);
const profileTo = option('--profile-to');
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

async function audit(label: string): Promise<void> {
  const cpu = process.cpuUsage();
  const ledger = new Ledger(fixture.networkId, { now: () => fixture.endTime + 86_400_000 });
  await ledger.add(fixture.records);
  tableRows(ledger.state, ledger.rejections());
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}

for (let run = 0; run < warm; run++) await audit(`warm-up ${run + 1}`);
const session = profileTo ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
for (let run = 0; run < runs; run++) await audit(`audit ${run + 1}`);
if (session && profileTo) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileTo, JSON.stringify(profile));
  console.log(`profile of the last ${runs} runs: ${profileTo}`);
}
