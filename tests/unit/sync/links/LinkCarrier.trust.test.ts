// Anyone with the link secret (or a plain member of the peer, through its own archive) can
// sign entries of the peer's net with keys of their own. Given the peer's roster, the carrier
// takes into the member doc only what the peer's roster stands behind (PeerTrust.ts): a
// roster-signed type from a roster key, any other once a roster key's attestation names it;
// a flood of the rest never reaches the member doc, nor freezes the link.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { foreignKey, foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import { LinkCarrier, linkRoomMapName } from '../../../../src/sync/links/LinkCarrier.ts';
import { type CarrierBounds, carrierBounds, LinkRoomBudget } from '../../../../src/sync/links/LinkRoomBudget.ts';
import { LinkedPair } from './linkedNetworks.ts';

/** A's carrier, told B's roster (its founder, as A's `link` names it), over a room the test writes into. */
function carrierOfA(pair: LinkedPair, bounds: Partial<CarrierBounds> = {}, attested: string[] = []) {
  const room = new Y.Doc();
  const link = { id: pair.id, peer: pair.b.net, peerKeys: [pair.b.network.founder.signing.publicKey], attested };
  const carrier = new LinkCarrier({ doc: pair.a.doc, net: pair.a.net }, room, link, { bounds });
  const map = room.getMap<unknown>(linkRoomMapName);
  const put = (signed: SignedEntry) => map.set(foreignKey(pair.b.net, signed.id), signed.bytes);
  return { carrier, map, put };
}

function junk(pair: LinkedPair, count: number): SignedEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const stranger = newIdentity(); // not a member of B, not on any roster
    return pair.b.network.write(stranger, 'move-away', {
      link: pair.id,
      name: `x${i}`,
      boxKey: stranger.box.publicKey,
    });
  });
}

function attest(pair: LinkedPair, entries: SignedEntry[], by = pair.b.network.founder): SignedEntry {
  return pair.b.network.write(by, 'link-attest', { link: pair.id, entries: entries.map(({ id }) => id), after: [] });
}

function statement(pair: LinkedPair, by = pair.b.network.founder): SignedEntry {
  return pair.b.network.write(by, 'link-statement', { link: pair.id, count: 0, sum: 0, digest: new Uint8Array(32) });
}

describe("the link carrier takes the peer's word only through its roster", () => {
  it('junk signed with throwaway keys never fills the foreign budget: honest entries of the roster still cross', async () => {
    const pair = new LinkedPair();
    const { carrier, put } = carrierOfA(pair, { foreignEntries: 8 });
    await carrier.start();
    const flood = junk(pair, 8);
    for (const signed of flood) put(signed);
    await carrier.settled();
    const honest = statement(pair);
    put(honest);
    await carrier.settled();
    const foreign = pair.a.doc.getMap(foreignMapName);
    expect(foreign.has(foreignKey(pair.b.net, honest.id))).toBe(true);
    expect(foreign.size).toBe(1);
    carrier.close();
  });

  it('an honest entry attested by a roster key still crosses after a flood; the flood does not', async () => {
    const pair = new LinkedPair();
    const { carrier, put } = carrierOfA(pair, { foreignEntries: 8 });
    await carrier.start();
    for (const signed of junk(pair, 20)) put(signed);
    const honest = pair.moveAway(pair.b);
    put(honest);
    await carrier.settled();
    expect(pair.a.foreign().size).toBe(0);
    const attestation = attest(pair, [honest]);
    put(attestation);
    await carrier.settled();
    expect([...pair.a.foreign().keys()].sort()).toEqual(
      [pair.keyOf(pair.b, honest), pair.keyOf(pair.b, attestation)].sort(),
    );
    carrier.close();
  });

  it('a roster-signed entry by a key not on the roster is not carried, nor what its attestation names', async () => {
    const pair = new LinkedPair();
    const { carrier, put } = carrierOfA(pair);
    await carrier.start();
    const stranger = newIdentity();
    const entry = pair.moveAway(pair.b);
    const forged = [attest(pair, [entry], stranger), statement(pair, stranger)];
    forged.push(pair.b.network.write(stranger, 'link-end', { link: pair.id, last: [], reason: 'weg' }));
    for (const signed of [entry, ...forged]) put(signed);
    await carrier.settled();
    expect(pair.a.foreign().size).toBe(0);
    carrier.close();
  });

  it('an entry crosses whether its attestation comes before or after it, in one batch, or from the state', async () => {
    for (const order of ['before', 'after', 'together', 'state'] as const) {
      const pair = new LinkedPair();
      const entry = pair.moveAway(pair.b);
      const attestation = attest(pair, [entry]);
      const { carrier, map, put } = carrierOfA(pair, {}, order === 'state' ? [toBase64Url(entry.id)] : []);
      await carrier.start();
      if (order === 'before') put(attestation);
      if (order === 'together')
        map.doc?.transact(() => {
          put(entry);
          put(attestation);
        });
      else put(entry);
      await carrier.settled();
      if (order === 'after') put(attestation);
      await carrier.settled();
      expect(pair.a.foreign().has(pair.keyOf(pair.b, entry)), order).toBe(true);
      carrier.close();
    }
  });

  it("a key added by the peer's link-roster is taken, whether the roster comes before or after its entries", async () => {
    for (const rosterFirst of [true, false]) {
      const pair = new LinkedPair();
      const kiosk = newIdentity();
      const roster = pair.b.network.write(pair.b.network.founder, 'link-roster', {
        link: pair.id,
        roster: [pair.b.network.founder.signing.publicKey, kiosk.signing.publicKey],
        coordinators: 1,
        // The carrier takes the author's word by roster membership; the chain is judged in core.
        prev: pair.id,
        after: [],
        secret: seal(pair.secret, [pair.b.network.founder.box.publicKey], new Uint8Array(0)),
      });
      const byKiosk = statement(pair, kiosk);
      const { carrier, put } = carrierOfA(pair);
      await carrier.start();
      for (const signed of rosterFirst ? [roster, byKiosk] : [byKiosk, roster]) {
        put(signed);
        await carrier.settled();
      }
      expect(pair.a.foreign().has(pair.keyOf(pair.b, byKiosk)), String(rosterFirst)).toBe(true);
      carrier.close();
    }
  });

  it('a key the session learns later (trustMore) lets in what waited for it', async () => {
    const pair = new LinkedPair();
    const { carrier, put } = carrierOfA(pair);
    await carrier.start();
    const kiosk = newIdentity();
    const byKiosk = statement(pair, kiosk);
    put(byKiosk);
    await carrier.settled();
    expect(pair.a.foreign().size).toBe(0);
    carrier.trustMore([kiosk.signing.publicKey], []);
    await carrier.settled();
    expect(pair.a.foreign().has(pair.keyOf(pair.b, byKiosk))).toBe(true);
    carrier.close();
  });
});

describe('the foreign budget', () => {
  it('is freed by a foreign entry removed from the member doc (refused for good)', () => {
    const pair = new LinkedPair();
    const doc = new Y.Doc();
    const foreign = doc.getMap<unknown>(foreignMapName);
    const budget = new LinkRoomBudget(new Y.Doc(), foreign, toBase64Url(pair.b.net), () => {}, {
      ...carrierBounds,
      foreignEntries: 2,
    });
    const kept = [pair.moveAway(pair.b), pair.moveAway(pair.b)];
    for (const signed of kept) {
      expect(budget.admitForeign(signed.bytes.length)).toBe(true);
      foreign.set(pair.keyOf(pair.b, signed), signed.bytes);
    }
    expect(budget.admitForeign(10)).toBe(false);
    foreign.delete(pair.keyOf(pair.b, kept[0] as SignedEntry));
    expect(budget.admitForeign(10)).toBe(true);
    budget.stop();
  });
});
