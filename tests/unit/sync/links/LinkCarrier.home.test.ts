// A roster-signed entry of our own network that only the link room holds — a fork of our
// roster that a dropped key showed the peer alone — comes home into our own doc, so both
// networks judge the same entries (protocol-links.md §9, roster forks). Only entries signed
// by our rosters' keys come home: the room can never fill our doc with strangers' entries.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName } from '../../../../src/core/adapters/yjsEntryLog.ts';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { LinkCarrier, linkRoomMapName } from '../../../../src/sync/links/LinkCarrier.ts';
import { LinkedPair } from './linkedNetworks.ts';

function rosterOfA(pair: LinkedPair, by: Identity): SignedEntry {
  return pair.a.network.write(by, 'link-roster', {
    link: pair.id,
    roster: [by.signing.publicKey],
    coordinators: 1,
    prev: pair.id,
    after: [],
    secret: seal(pair.secret, [by.box.publicKey], new Uint8Array(0)),
  });
}

function carrierOfA(pair: LinkedPair, ownKeys: Uint8Array[]) {
  const room = new Y.Doc();
  const link = { id: pair.id, peer: pair.b.net, peerKeys: [pair.b.network.founder.signing.publicKey], ownKeys };
  const carrier = new LinkCarrier({ doc: pair.a.doc, net: pair.a.net }, room, link);
  const map = room.getMap<unknown>(linkRoomMapName);
  const putOurs = (signed: SignedEntry) => map.set(foreignKey(pair.a.net, signed.id), signed.bytes);
  return { carrier, putOurs };
}

const inOwnDoc = (pair: LinkedPair, signed: SignedEntry) =>
  pair.a.doc.getMap(entriesMapName).has(toBase64Url(signed.id));

describe('our own entries that only the link room holds', () => {
  it('a link-roster of ours by a key on our rosters comes home into our doc', async () => {
    const pair = new LinkedPair();
    const founder = pair.a.network.founder;
    const { carrier, putOurs } = carrierOfA(pair, [founder.signing.publicKey]);
    await carrier.start();
    const fork = rosterOfA(pair, founder);
    putOurs(fork);
    await carrier.settled();
    expect(inOwnDoc(pair, fork)).toBe(true);
    carrier.close();
  });

  it('one by a key on none of our rosters stays out of our doc (a stranger with the link secret)', async () => {
    const pair = new LinkedPair();
    const { carrier, putOurs } = carrierOfA(pair, [pair.a.network.founder.signing.publicKey]);
    await carrier.start();
    const strangers = Array.from({ length: 5 }, () => rosterOfA(pair, newIdentity()));
    for (const signed of strangers) putOurs(signed);
    await carrier.settled();
    for (const signed of strangers) expect(inOwnDoc(pair, signed)).toBe(false);
    carrier.close();
  });

  it('a key our rosters gain later lets later entries of it come home', async () => {
    const pair = new LinkedPair();
    const kiosk = newIdentity();
    const { carrier, putOurs } = carrierOfA(pair, [pair.a.network.founder.signing.publicKey]);
    await carrier.start();
    carrier.knowOwnKeys([kiosk.signing.publicKey]);
    const byKiosk = rosterOfA(pair, kiosk);
    putOurs(byKiosk);
    await carrier.settled();
    expect(inOwnDoc(pair, byKiosk)).toBe(true);
    carrier.close();
  });
});
