// Where a device's bytes at rest come from, for issue 20's "one copy at rest": the rows of
// each view table (as JSON, a stand-in for what IndexedDB clones) beside the entries' own
// bytes, and how many signatures a full audit checked (§3.5: one per chain head).
// Run: node bench/storageBreakdown.ts [years]  (the fixture is made on first use, like npm run bench's).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { loadFixture } from './fixtureFile.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const years = Number(process.argv[2] ?? 1);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const size = {
  members: busyYear.members,
  posts: busyYear.posts * years,
  transfers: busyYear.transfers * years,
  messages: busyYear.messages * years,
};
const fixture = loadFixture(root, size, benchSeed, console.log);
const ledger = new Ledger(fixture.networkId, { now: () => fixture.endTime + 86_400_000 });
await ledger.add(fixture.records);
console.log(`${ledger.size} entries; a full audit checked ${ledger.signaturesChecked} signatures`);
const rows = tableRows(ledger.state, ledger.rejections());
const jsonBytes = (value: unknown) =>
  JSON.stringify(value, (_key, x) => (x instanceof Uint8Array ? 'x'.repeat(x.length) : x)).length;
for (const [table, list] of Object.entries(rows)) {
  console.log(
    `${table.padEnd(10)} ${String((list as unknown[]).length).padStart(7)} rows ${(jsonBytes(list) / 1e6).toFixed(2)} MB`,
  );
}
const entryBytes = fixture.records.reduce((n, [, bytes]) => n + bytes.length, 0);
console.log(`entries    ${String(fixture.records.length).padStart(7)}      ${(entryBytes / 1e6).toFixed(2)} MB`);
