// Where the Node time of "validate and derive the year" goes, phase by phase.
// Run: node bench/profileValidation.ts (after npm run bench has made the year fixture).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '../src/core/crypto/hash.ts';
import { verify } from '../src/core/crypto/signatures.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { decodeCanonical } from '../src/core/encoding/canonical.ts';
import { signedBytesOf } from '../src/core/entry/Entry.ts';
import { readEntry } from '../src/core/entry/readEntry.ts';
import { deriveState } from '../src/core/state/deriveState.ts';
import { loadFixture } from './fixtureFile.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(
  root,
  { members: 400, posts: 4000, transfers: 20_000, messages: 10_000 },
  2025,
  console.log,
);
const time = async (name: string, work: () => unknown) => {
  const started = performance.now();
  await work();
  console.log(`${name.padEnd(44)} ${(performance.now() - started).toFixed(0)} ms`);
};
const read = await Promise.all(fixture.records.map(([id, bytes]) => readEntry(fixture.net, id, bytes)));
const entries = read.flatMap((r) => (r.ok ? [{ idText: r.idText, entry: r.entry }] : []));
console.log(`${fixture.records.length} entries`);
await time('SHA-256 ids (@noble/hashes)', () => {
  for (const [, bytes] of fixture.records) toBase64Url(hash(bytes));
});
await time('strict DAG-CBOR decode + re-encode check', () => {
  for (const [, bytes] of fixture.records) decodeCanonical(bytes);
});
await time('signed bytes (DAG-CBOR encode of each)', () => {
  for (const { entry } of entries) signedBytesOf(entry);
});
const signed = entries.map(({ entry }) => signedBytesOf(entry));
await time('Ed25519 verify, WebCrypto, all at once', () =>
  Promise.all(entries.map(({ entry }, i) => verify(entry.sig, signed[i] as Uint8Array, entry.author))),
);
await time('deriveState (chains, authority, rules)', () =>
  deriveState(fixture.networkId, entries, fixture.endTime + 1),
);
await time('readEntry of everything, trusted (own copy)', () =>
  Promise.all(fixture.records.map(([id, bytes]) => readEntry(fixture.net, id, bytes, { trusted: true }))),
);
