import { startSite } from '../tests/support/processes.ts';
import { browserBench } from './browserBench.ts';
import { loadFixture } from './fixtureFile.ts';
import { benchRelayPort, benchSeed, busyYear } from './yearFixture.ts';
const factor = Number(process.argv[2] ?? 1);
const newDevice = process.argv[3] !== 'no';
const size = { members: busyYear.members, posts: busyYear.posts * factor, transfers: busyYear.transfers * factor, messages: busyYear.messages * factor };
const fixture = loadFixture('/work/wt/chain-heads', size, benchSeed, console.log);
const site = await startSite(benchRelayPort);
try {
  const f = await browserBench(fixture, site, 2, console.log, { jsSizes: false, search: false, newDevice, propagation: false });
  const { storageDetails, ...rest } = f;
  console.log(JSON.stringify(rest, null, 1));
} finally { await site.stop(); }
