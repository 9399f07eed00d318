// Two Y.Docs exchanging updates, one of them hostile: the honest one's state stays valid
// and nothing it verified is lost.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName, YjsEntryLog } from '../../../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { entryId } from '../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { bodyOf, idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

function connect(a: Y.Doc, b: Y.Doc): void {
  a.on('updateV2', (update: Uint8Array, origin: unknown) => {
    if (origin !== b) Y.applyUpdateV2(b, update, a);
  });
  b.on('updateV2', (update: Uint8Array, origin: unknown) => {
    if (origin !== a) Y.applyUpdateV2(a, update, b);
  });
  Y.applyUpdateV2(b, Y.encodeStateAsUpdateV2(a), a);
  Y.applyUpdateV2(a, Y.encodeStateAsUpdateV2(b), b);
}

async function honestPeer(network: TestNetwork) {
  const doc = new Y.Doc();
  const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
  const log = new YjsEntryLog(doc, ledger);
  return { doc, ledger, log };
}

describe('the Y.Doc is only transport', () => {
  it('entries written on one peer arrive verified on the other', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 90);
    const a = await honestPeer(network);
    const b = await honestPeer(network);
    connect(a.doc, b.doc);
    for (const signed of network.entries) await a.log.append(signed);
    await b.log.settled();
    expect(snapshot(b.ledger.state)).toEqual(snapshot(a.ledger.state));
    expect(b.ledger.state.members.get(keyOf(bram))?.balance).toBe(210);
  });

  it('restores entries a hostile peer deletes or overwrites, and drops its garbage', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const pay = network.transfer(anna, bram, 90);
    const honest = await honestPeer(network);
    for (const signed of network.entries) await honest.log.append(signed);
    const before = snapshot(honest.ledger.state);

    const hostile = new Y.Doc();
    connect(honest.doc, hostile);
    const map = hostile.getMap<unknown>(entriesMapName);
    expect(map.size).toBe(network.entries.length);

    // Delete a transfer, overwrite the genesis, inject garbage and an oversized blob.
    map.delete(idOf(pay));
    map.set(idOf(network.genesis), new Uint8Array([1, 2, 3]));
    const junk = crypto.getRandomValues(new Uint8Array(64));
    map.set(toBase64Url(entryId(junk)), junk);
    map.set('not-an-id', 'hallo');
    const otherId = idOf(network.genesis);
    map.set(`${otherId.startsWith('x') ? 'y' : 'x'}${otherId.slice(1)}`, pay.bytes);
    const blob = new Uint8Array(2_000_000);
    map.set(toBase64Url(entryId(blob)), blob);
    await honest.log.settled();

    expect(snapshot(honest.ledger.state)).toEqual(before);
    const restored = honest.doc.getMap<Uint8Array>(entriesMapName);
    expect(restored.get(idOf(pay))).toEqual(pay.bytes);
    expect(restored.get(idOf(network.genesis))).toEqual(network.genesis.bytes);
    expect(restored.has('not-an-id')).toBe(false);
    expect(restored.has(toBase64Url(entryId(blob)))).toBe(false);
    // The hostile doc received the repairs too: the honest peer does not relay garbage.
    expect(map.get(idOf(pay))).toEqual(pay.bytes);
    expect(map.has(toBase64Url(entryId(junk)))).toBe(false);
    const reasons = [...honest.ledger.rejections().values()].map((r) => r.reason).sort();
    expect(reasons).toEqual(['malformed', 'malformed', 'oversized', 'wrong-id']);
  });

  it('refuses forged and impersonating entries a hostile peer writes into the doc', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const honest = await honestPeer(network);
    for (const signed of network.entries) await honest.log.append(signed);
    const hostile = new Y.Doc();
    connect(honest.doc, hostile);
    const map = hostile.getMap<unknown>(entriesMapName);

    // Mallory, not a member, pays herself hours from Anna's account by signing as herself...
    const mallory = newIdentity();
    const fake = network.forge(
      mallory,
      'transfer',
      { to: mallory.signing.publicKey, minutes: 600, what: '', post: null, proposal: null },
      { seq: 1, prev: null },
    );
    map.set(idOf(fake), fake.bytes);
    // ...and admits herself, claiming to be a coordinator.
    const selfAdmit = network.forge(
      mallory,
      'admit',
      {
        member: mallory.signing.publicKey,
        join: network.genesis.id,
        welcome: 1440,
        epoch: 0,
        secret: bodyOf(network.genesis, 'genesis').secret,
      },
      { seq: 2, prev: fake.id },
    );
    map.set(idOf(selfAdmit), selfAdmit.bytes);
    await honest.log.settled();

    const state = honest.ledger.state;
    expect(state.members.has(keyOf(mallory))).toBe(false);
    expect(state.members.get(keyOf(anna))?.balance).toBe(120);
    expect(state.members.get(keyOf(bram))?.balance).toBe(120);
    expect(state.rejected.get(idOf(fake))?.reason).toBe('not-member');
    // It names the genesis as the join it answers: refused before anyone asks who wrote it.
    expect(state.rejected.get(idOf(selfAdmit))?.reason).toBe('bad-ref');
  });
});

describe('restoring from the verified copy', () => {
  it('puts entries the doc lost back into it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    network.post(anna);
    const ledger = await network.ledger();
    const doc = new Y.Doc();
    const map = doc.getMap<Uint8Array>(entriesMapName);
    map.set(idOf(network.genesis), network.genesis.bytes);
    map.delete(idOf(network.genesis));
    const log = new YjsEntryLog(doc, ledger);
    // One was deleted from this doc (a tombstone), the others never reached it.
    expect(await log.restoreMissing()).toBe(1);
    expect(map.size).toBe(network.entries.length);
  });

  it('gives the page its turns while it compares a large doc with what the ledger holds, and while it looks for what the doc lacks', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    for (let i = 0; i < 300; i++) network.transfer(i % 2 ? anna : bram, i % 2 ? bram : anna, 15);
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await ledger.add(network.entries.map((signed) => [toBase64Url(signed.id), signed.bytes] as const));
    // A doc at rest with every entry the ledger holds already (its verified copy), and one it lacks.
    const doc = new Y.Doc();
    const held = network.entries.length;
    network.transfer(anna, bram, 30);
    doc.transact(() => {
      for (const signed of network.entries) doc.getMap(entriesMapName).set(toBase64Url(signed.id), signed.bytes);
    });
    let pauses = 0;
    const log = new YjsEntryLog(doc, ledger, {
      pause: async () => {
        pauses++;
      },
    });
    const change = await log.load();
    expect(change.accepted).toHaveLength(1);
    expect(ledger.size).toBe(held + 1);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(held / 256));
    // And while it looks for what the doc lacks (here: nothing).
    pauses = 0;
    expect(await log.restoreMissing()).toBe(0);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(held / 256));
  });
});
