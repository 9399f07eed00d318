// A quick history (a year unless told) for a new-device test: the fixture a seeded device keeps, the
// whole of it as one Yjs update (as that device keeps its doc), and the newest post's id.
import * as Y from 'yjs';
import { type FixtureSize, makeYearFixture, quickYear } from '../../bench/yearFixture.ts';
import { entriesMapName } from '../../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../../src/core/encoding/base64url.ts';

/**
 * `relayPort`: the site's, which the history's genesis names (its devices use only that relay).
 * `size`: a quick year unless given (a quick neighbourhood of several years, say).
 */
export function quickHistory(seed: number, relayPort: number, size: FixtureSize = quickYear) {
  const made = makeYearFixture(size, seed, relayPort);
  const fixture = {
    networkId: made.networkId,
    net: made.net,
    records: made.entries.map((e) => [toBase64Url(e.id), e.bytes] as [string, Uint8Array]),
    founder: made.founder,
    members: made.members,
    roomSecret: made.roomSecret,
    endTime: made.endTime,
    size,
  };
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const [id, bytes] of fixture.records) doc.getMap<Uint8Array>(entriesMapName).set(id, bytes);
  });
  const newest = made.entries
    .filter((e) => e.entry.type === 'post')
    .reduce((a, b) => (b.entry.time > a.entry.time ? b : a));
  return { fixture, update: Y.encodeStateAsUpdate(doc), newestId: toBase64Url(newest.id) };
}
