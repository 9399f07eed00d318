// Where the Node time of "validate and derive the year" goes, phase by phase.
// Run: node bench/profileValidation.ts (after npm run bench has made the year fixture).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from '../src/core/crypto/signatures.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import { entryId, payloadOf, signedMessage } from '../src/core/entry/Entry.ts';
import { readEntry } from '../src/core/entry/readEntry.ts';
import { deriveState } from '../src/core/state/deriveState.ts';
import { loadFixture } from './fixtureFile.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, busyYear, benchSeed, console.log);
const time = async (name: string, work: () => unknown) => {
  const started = performance.now();
  await work();
  console.log(`${name.padEnd(48)} ${(performance.now() - started).toFixed(0)} ms`);
};
const read = await Promise.all(fixture.records.map(([id, bytes]) => readEntry(fixture.net, id, bytes)));
const entries = read.flatMap((r) => (r.ok ? [{ idText: r.idText, entry: r.entry }] : []));
console.log(`${fixture.records.length} entries`);
await time('SHA-256 ids (@noble/hashes)', () => {
  for (const [, bytes] of fixture.records) toBase64Url(entryId(bytes));
});
await time('strict DAG-CBOR decode of the payloads', () => {
  for (const [, bytes] of fixture.records) decodeStrict(bytes.subarray(64));
});
await time('re-encoding the checked fields (one wire form)', () => {
  for (const { entry } of entries) payloadOf(entry);
});
await time('Ed25519 verify, WebCrypto, all at once', () =>
  Promise.all(
    fixture.records.map(([, bytes], i) => {
      const entry = entries[i]?.entry;
      return entry ? verify(bytes.subarray(0, 64), signedMessage(entry.net, bytes.subarray(64)), entry.author) : false;
    }),
  ),
);
await time('deriveState (chains, authority, rules)', () =>
  deriveState(fixture.networkId, entries, fixture.endTime + 1),
);
await time('readEntry of everything, trusted (own copy)', () =>
  Promise.all(fixture.records.map(([id, bytes]) => readEntry(fixture.net, id, bytes, { trusted: true }))),
);
await time('readEntry of everything, in full', () =>
  Promise.all(fixture.records.map(([id, bytes]) => readEntry(fixture.net, id, bytes))),
);
