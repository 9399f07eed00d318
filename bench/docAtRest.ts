// What the member room's doc costs at rest and on opening, for issue 20's "one copy at rest":
// the doc whole (as y-indexeddb kept it), the doc hollow (src/sync/hollowDoc.ts: its
// structure, the entries' bytes in the verified copy), and the road not taken — a doc built
// anew from the verified copy at each opening — with what it then costs to meet a peer.
// Run: node bench/docAtRest.ts [years]  (the fixture is made on first use, like npm run bench's).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { entriesMapName } from '../src/core/adapters/yjsEntryLog.ts';
import { applyKept, type DocContents, hollowUpdate } from '../src/sync/hollowDoc.ts';
import { loadFixture } from './fixtureFile.ts';
import { summarize } from './stats.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const years = Number(process.argv[2] ?? 1);
const runs = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(
  root,
  {
    members: busyYear.members,
    posts: busyYear.posts * years,
    transfers: busyYear.transfers * years,
    messages: busyYear.messages * years,
  },
  benchSeed,
  console.log,
);
const copy = new Map(fixture.records);
const contents: DocContents = {
  mapName: entriesMapName,
  bytesOf: (key) => copy.get(key),
  keptElsewhere: (key) => copy.has(key),
};
const built = (): Y.Doc => {
  const doc = new Y.Doc();
  const map = doc.getMap<Uint8Array>(entriesMapName);
  doc.transact(() => {
    for (const [id, bytes] of fixture.records) map.set(id, bytes);
  });
  return doc;
};
const timed = (work: () => void): number => {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    work();
    if (i > 0) times.push(performance.now() - started);
  }
  return summarize(times).median;
};
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const peer = built();
const whole = Y.encodeStateAsUpdate(peer);
const lean = hollowUpdate(peer, contents);
const entryBytes = fixture.records.reduce((n, [, bytes]) => n + bytes.length, 0);
console.log(`${fixture.records.length} entries, ${mb(entryBytes)}; median of ${runs} runs`);
console.log(`doc at rest, whole (y-indexeddb):   ${mb(whole.length)}`);
console.log(`doc at rest, hollow:                ${mb(lean.length)}`);
console.log(`  encode hollow (a compaction):     ${ms(timed(() => hollowUpdate(peer, contents)))}`);
console.log(`  open whole: apply                 ${ms(timed(() => applyKept(new Y.Doc(), [whole], undefined, null)))}`);
console.log(`  open hollow: apply and fill       ${ms(timed(() => applyKept(new Y.Doc(), [lean], contents, null)))}`);
const reopened = new Y.Doc();
applyKept(reopened, [lean], contents, null);
const same = Y.encodeStateAsUpdate(reopened);
console.log(`  the hollow doc filled again is the same doc: ${Buffer.compare(same, whole) === 0}`);

// The other way: no doc at rest, a doc built from the verified copy at each opening. Its
// items are new (another client), so meeting a peer sends both docs whole, and every key
// then holds two items, one of them deleted, in every doc of the network, for good.
const rebuilt = built();
const toPeer = Y.encodeStateAsUpdate(rebuilt, Y.encodeStateVector(peer));
const fromPeer = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(rebuilt));
Y.applyUpdate(peer, toPeer);
const merged = Y.encodeStateAsUpdate(peer);
console.log('doc built anew at each opening (no doc at rest):');
console.log(`  sent to one peer on meeting it:   ${mb(toPeer.length)}; received from it: ${mb(fromPeer.length)}`);
console.log(`  every doc after one such opening: ${mb(merged.length)} (+${mb(merged.length - whole.length)})`);
