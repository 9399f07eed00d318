// Whatever order the link room's values come in, split into whatever updates, with repeats
// and garbage between them, the network's "foreign" map ends up holding exactly the peer's
// crossing entries (a shared post only when its share came too, before or after it); and
// carrying again (a second archive device, a room opened again) changes neither doc.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { LinkCarrier, linkRoomMapName } from '../../../../src/sync/links/LinkCarrier.ts';
import { TestNetwork } from '../../core/TestNetwork.ts';
import { LinkedPair } from './linkedNetworks.ts';

// Signed once: signing in every run would make the property slow, not stronger.
const pair = new LinkedPair();
const bNetwork = pair.b.network;
const shared = pair.sharedPost(pair.b);
/** Cross on their own. */
const crossing: SignedEntry[] = [
  pair.linkEntry(pair.b),
  ...Array.from({ length: 3 }, () => pair.moveAway(pair.b)),
  bNetwork.write(bNetwork.founder, 'link-end', { link: pair.id, last: [], reason: 'klaar' }),
  shared.share,
];
/** Cross once the share (the last of `crossing`) is there; wait in the room until then. */
const ofTheShare: SignedEntry[] = [shared.post, shared.update, shared.close];
const third = new TestNetwork();
const removed: [string, unknown][] = [
  [foreignKey(pair.b.net, bNetwork.genesis.id), bNetwork.genesis.bytes],
  [foreignKey(third.net, third.genesis.id), third.genesis.bytes],
  [foreignKey(pair.b.net, new Uint8Array(20).fill(1)), new Uint8Array([1, 2, 3])],
  ['neither', crossing[1]?.bytes],
];
const keyOf = (signed: SignedEntry) => foreignKey(pair.b.net, signed.id);
const values: [string, unknown][] = [
  ...[...crossing, ...ofTheShare].map((signed): [string, unknown] => [keyOf(signed), signed.bytes]),
  ...removed,
];
const shareAt = crossing.length - 1;

function updatesCount(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('update', () => count++);
  return () => count;
}

describe('the link carrier, in any order', () => {
  it('ends with exactly the crossing entries, and carrying again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(values.length - 1), { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.boolean(),
        async (batches, startFirst) => {
          const own = new Y.Doc();
          const room = new Y.Doc();
          const map = room.getMap<unknown>(linkRoomMapName);
          const carrier = new LinkCarrier({ doc: own, net: pair.a.net }, room, { id: pair.id, peer: pair.b.net });
          if (startFirst) await carrier.start();
          for (const batch of batches) {
            room.transact(() => {
              for (const at of batch) map.set(values[at]?.[0] as string, values[at]?.[1]);
            });
            // Sometimes carried between updates, sometimes only at the end.
            if ((batch[0] ?? 0) % 2 === 0) await carrier.settled();
          }
          if (!startFirst) await carrier.start();
          await carrier.settled();
          const written = new Set(batches.flat());
          const isWritten = (_: SignedEntry, i: number) => written.has(i);
          const carried = crossing.filter(isWritten);
          const ofShare = ofTheShare.filter((_, i) => written.has(crossing.length + i));
          const expected = [...carried, ...(written.has(shareAt) ? ofShare : [])].map(keyOf).sort();
          expect([...own.getMap('foreign').keys()].sort()).toEqual(expected);
          expect([...map.keys()].sort()).toEqual([...carried, ...ofShare].map(keyOf).sort());
          carrier.close();

          const ownUpdates = updatesCount(own);
          const roomUpdates = updatesCount(room);
          const again = new LinkCarrier({ doc: own, net: pair.a.net }, room, { id: pair.id, peer: pair.b.net });
          await again.start();
          expect([ownUpdates(), roomUpdates()]).toEqual([0, 0]);
          again.close();
        },
      ),
      { numRuns: 80 },
    );
  });
});

// Told B's roster: the link half and the end (roster-signed) cross on their own, the rest only
// once the attestation naming them is there too, before or after them; all of it stays in the room.
const attestation = bNetwork.write(bNetwork.founder, 'link-attest', {
  link: pair.id,
  entries: [...crossing.slice(1, 4), shared.share, ...ofTheShare].map(({ id }) => id),
  after: [],
});
const withAttestation: [string, unknown][] = [...values, [keyOf(attestation), attestation.bytes]];
const attestAt = values.length;

describe('the link carrier told the peer roster, in any order', () => {
  it('ends with the roster-signed entries, and the others once their attestation came', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(withAttestation.length - 1), { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        async (batches) => {
          const own = new Y.Doc();
          const room = new Y.Doc();
          const map = room.getMap<unknown>(linkRoomMapName);
          const link = { id: pair.id, peer: pair.b.net, peerKeys: [bNetwork.founder.signing.publicKey] };
          const carrier = new LinkCarrier({ doc: own, net: pair.a.net }, room, link);
          await carrier.start();
          for (const batch of batches) {
            room.transact(() => {
              for (const at of batch) map.set(withAttestation[at]?.[0] as string, withAttestation[at]?.[1]);
            });
            if ((batch[0] ?? 0) % 2 === 0) await carrier.settled();
          }
          await carrier.settled();
          const written = new Set(batches.flat());
          const attested = written.has(attestAt);
          const isWritten = (_: SignedEntry, i: number) => written.has(i);
          const carried = crossing.filter(isWritten);
          const ofShare = ofTheShare.filter((_, i) => written.has(crossing.length + i));
          const rosterSigned = [crossing[0], crossing[4]].filter((signed) => carried.includes(signed as SignedEntry));
          const crossed = attested
            ? [...carried, ...(written.has(shareAt) ? ofShare : []), attestation]
            : (rosterSigned as SignedEntry[]);
          expect([...own.getMap('foreign').keys()].sort()).toEqual(crossed.map(keyOf).sort());
          const inRoom = [...carried, ...ofShare, ...(attested ? [attestation] : [])];
          expect([...map.keys()].sort()).toEqual(inRoom.map(keyOf).sort());
          carrier.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
