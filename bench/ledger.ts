// Figures for the signed network log: validate and derive a history from scratch, apply
// one new entry, and the encoded Y.Doc size. Prints min / median / max of several runs.
// Run: npm run bench:ledger [-- --entries 20000 --runs 5]
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { entriesMapName } from '../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { Ledger } from '../src/core/Ledger.ts';
import { NetworkDatabase } from '../src/data/NetworkDatabase.ts';
import { NetworkProjection } from '../src/data/NetworkProjection.ts';
import { tableRows } from '../src/data/tableRows.ts';
import { makeYearFixture } from './yearFixture.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const total = option('entries', 20_000);
const runs = option('runs', 5);

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  return `min ${f(sorted[0] ?? Number.NaN)}  median ${f(median)}  max ${f(sorted.at(-1) ?? Number.NaN)} ms`;
}

// 400 members make 1,201 entries; the rest is split like a busy year.
const rest = Math.max(0, total - 1201);
let t = performance.now();
const fixture = makeYearFixture({
  members: 400,
  posts: Math.round(rest * 0.11),
  transfers: Math.round(rest * 0.6),
  messages: rest - Math.round(rest * 0.11) - Math.round(rest * 0.6),
});
const records = fixture.entries.map((e) => [toBase64Url(e.id), e.bytes] as const);
console.log(
  `fixture: ${fixture.entries.length} entries, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const now = () => fixture.endTime;
const validate: number[] = [];
const rows: number[] = [];
let ledger = new Ledger(fixture.networkId, now);
for (let run = 0; run <= runs; run++) {
  ledger = new Ledger(fixture.networkId, now);
  t = performance.now();
  await ledger.add(records);
  const validated = performance.now() - t;
  t = performance.now();
  tableRows(ledger.state, ledger.rejections());
  const projected = performance.now() - t;
  if (run > 0) {
    validate.push(validated);
    rows.push(projected);
  }
}
if (ledger.rejections().size > 0) throw new Error(`fixture has ${ledger.rejections().size} rejected entries`);

const dexie: number[] = [];
for (let run = 0; run < Math.min(runs, 3); run++) {
  const db = new NetworkDatabase(`bench-${run}`);
  t = performance.now();
  await new NetworkProjection(db, ledger).update(records.map(([id]) => id));
  dexie.push(performance.now() - t);
  await db.delete();
}

const incremental: number[] = [];
const [a, b] = fixture.members;
for (let run = 0; run <= runs * 4; run++) {
  if (!a || !b) break;
  const signed = ledger.write(a, 'transfer', {
    to: b.signing.publicKey,
    minutes: 60,
    what: 'Nog een uurtje',
    post: null,
    proposal: null,
  });
  t = performance.now();
  const result = await ledger.add([[toBase64Url(signed.id), signed.bytes]]);
  if (run > 0) incremental.push(performance.now() - t);
  if (result.rebuilt) throw new Error('a plain transfer should not need a rebuild');
}

const doc = new Y.Doc();
const map = doc.getMap<Uint8Array>(entriesMapName);
doc.transact(() => {
  for (const [id, bytes] of records) map.set(id, bytes);
});
const v2 = Y.encodeStateAsUpdateV2(doc).length;
const v1 = Y.encodeStateAsUpdate(doc).length;
const raw = records.reduce((n, [, bytes]) => n + bytes.length, 0);

console.log(
  `validate + derive ${fixture.entries.length} entries from scratch (Node ${process.version}): ${stats(validate)}`,
);
console.log(`table rows from that state:                     ${stats(rows)}`);
console.log(`write all rows and entries to Dexie (fake-indexeddb, not a browser): ${stats(dexie)}`);
console.log(`apply one new entry incrementally:              ${stats(incremental)}`);
console.log(
  `Y.Doc encoded (update V2): ${(v2 / 1e6).toFixed(2)} MB; V1: ${(v1 / 1e6).toFixed(2)} MB; entry bytes alone: ${(raw / 1e6).toFixed(2)} MB`,
);
