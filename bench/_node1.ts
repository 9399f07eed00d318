import { nodeBench } from '/work/wt/chain-heads/bench/nodeBench.ts';
import { loadFixture } from '/work/wt/chain-heads/bench/fixtureFile.ts';
import { busyYear, benchSeed } from '/work/wt/chain-heads/bench/yearFixture.ts';
const factor = Number(process.argv[2] ?? 1);
const size = { members: busyYear.members, posts: busyYear.posts * factor, transfers: busyYear.transfers * factor, messages: busyYear.messages * factor };
const fixture = loadFixture('/work/wt/chain-heads', size, benchSeed, console.log);
console.log('entries', fixture.records.length);
const f = await nodeBench(fixture, 3);
console.log(JSON.stringify(f.validateProjectNodeMs), 'bytes', f.entryBytes);
