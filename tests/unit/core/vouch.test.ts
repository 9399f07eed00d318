// The way out when no coordinator can act (issue 19): members vouch for one of them, and
// more than half of the admitted members' voices make that member coordinator. A hostile
// member gets nothing out of it: one voice each, none for outsiders or the suspended, and
// no effect while a coordinator can still act.
import * as dagCbor from '@ipld/dag-cbor';
import { describe, expect, it } from 'vitest';
import { signatureLength } from '../../../src/core/crypto/signatures.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, signPayload, snapshot, TestNetwork } from './TestNetwork.ts';

/** The founder and Dirk suspend each other at once: nobody is left who can act. Anna, Bram and Cor remain. */
function leaderless() {
  const network = new TestNetwork();
  const dirk = network.member('Dirk');
  network.grant(dirk);
  const [anna, bram, cor] = ['Anna', 'Bram', 'Cor'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
  ];
  const founderKnew = network.frontier();
  network.suspend(network.founder, dirk);
  network.write(
    network.founder,
    'suspend',
    { member: dirk.signing.publicKey, cut: [], reason: '' },
    { seen: founderKnew },
  );
  return { network, dirk, anna, bram, cor };
}

function vouch(network: TestNetwork, by: Identity, wanted: Identity, seen?: SignedEntry[]): SignedEntry {
  return network.write(by, 'vouch', { member: wanted.signing.publicKey }, seen ? { seen } : {});
}

const isCoordinator = (state: Awaited<ReturnType<TestNetwork['state']>>, who: Identity) => {
  const member = state.members.get(keyOf(who));
  return member?.status === 'admitted' && member.roles.has('coordinator');
};

describe('vouching when no coordinator can act', () => {
  it('two coordinators who suspended each other leave nobody; two of the three members make Bram coordinator', async () => {
    const { network, dirk, anna, bram, cor } = leaderless();
    let state = await network.state();
    expect(state.members.get(keyOf(network.founder))?.status).toBe('suspended');
    expect(state.members.get(keyOf(dirk))?.status).toBe('suspended');
    vouch(network, anna, bram);
    state = await network.state();
    expect(isCoordinator(state, bram)).toBe(false);
    const deciding = vouch(network, cor, bram);
    state = await network.state();
    expect(isCoordinator(state, bram)).toBe(true);
    expect(state.acts.at(-1)).toMatchObject({ id: idOf(deciding), type: 'vouch', by: keyOf(cor), about: keyOf(bram) });
    // Bram can act now: he reinstates Dirk.
    network.write(bram, 'reinstate', { member: dirk.signing.publicKey, from: [] });
    state = await network.state();
    expect(state.members.get(keyOf(dirk))?.status).toBe('admitted');
    // More vouches have no effect once someone can act.
    vouch(network, anna, cor);
    vouch(network, bram, cor);
    expect(isCoordinator(await network.state(), cor)).toBe(false);
  });

  it('one member, one voice: vouching twice counts once, and the latest vouch is the voice', async () => {
    const { network, anna, bram, cor } = leaderless();
    vouch(network, anna, bram);
    const twice = vouch(network, anna, bram);
    let state = await network.state();
    expect(state.applied.has(idOf(twice))).toBe(true);
    expect(isCoordinator(state, bram)).toBe(false);
    // Anna changes her mind: Cor's vouch for Bram is then one voice of three.
    vouch(network, anna, cor);
    vouch(network, cor, bram);
    state = await network.state();
    expect(isCoordinator(state, bram)).toBe(false);
    expect(isCoordinator(state, cor)).toBe(false);
  });

  it('refuses the vouch of an outsider and of a suspended member, and a vouch for someone not admitted', async () => {
    const { network, dirk, anna, bram } = leaderless();
    const { identity: stranger } = network.join('Mallory');
    const outsider = vouch(network, stranger, bram);
    const nobody = vouch(network, newIdentity(), bram);
    const suspended = vouch(network, dirk, bram);
    const forStranger = vouch(network, anna, stranger);
    const forSuspended = vouch(network, anna, dirk);
    vouch(network, anna, bram);
    const state = await network.state();
    expect(state.rejected.get(idOf(outsider))?.reason).toBe('not-member');
    expect(state.rejected.get(idOf(nobody))?.reason).toBe('not-member');
    expect(state.rejected.get(idOf(suspended))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(forStranger))?.reason).toBe('unknown-member');
    expect(state.rejected.get(idOf(forSuspended))?.reason).toBe('unknown-member');
    // Anna's one voice is not more than half of three.
    expect(isCoordinator(state, bram)).toBe(false);
  });

  it('while a coordinator can still act, vouches are noted and change nothing', async () => {
    const network = new TestNetwork();
    const [anna, bram, cor] = ['Anna', 'Bram', 'Cor'].map((name) => network.member(name)) as Identity[];
    for (const by of [anna, bram, cor, network.founder]) vouch(network, by as Identity, anna as Identity);
    const state = await network.state();
    expect(isCoordinator(state, anna as Identity)).toBe(false);
    expect(state.members.get(keyOf(network.founder))?.roles.has('coordinator')).toBe(true);
    expect(state.vouches.get(keyOf(bram as Identity))?.at(-1)?.member).toBe(keyOf(anna as Identity));
    expect(cor).toBeDefined();
  });

  it('only the voices the deciding vouch had seen count; card members count as members', async () => {
    const network = new TestNetwork();
    const dirk = network.member('Dirk');
    network.grant(dirk);
    const [anna, bram, cor] = ['Anna', 'Bram', 'Cor'].map((name) => network.member(name)) as [
      Identity,
      Identity,
      Identity,
    ];
    const card = newIdentity();
    network.write(network.founder, 'enroll', {
      member: card.signing.publicKey,
      boxKey: card.box.publicKey,
      name: 'Mevrouw De Vries',
      area: 'Oosterpark',
      welcome: 0,
      opening: 0,
      consent: 'Ik weet het.',
      epoch: 0,
      secret: null,
    });
    const founderKnew = network.frontier();
    network.suspend(network.founder, dirk);
    network.write(
      network.founder,
      'suspend',
      { member: dirk.signing.publicKey, cut: [], reason: '' },
      { seen: founderKnew },
    );
    const crisis = network.frontier();
    // Anna and Cor vouch without having seen each other's vouch: neither sees two voices.
    const byAnna = vouch(network, anna, bram, crisis);
    const byCor = vouch(network, cor, bram, crisis);
    let state = await network.state();
    expect(isCoordinator(state, bram)).toBe(false);
    // Bram, having seen both: three voices of four members (the card member counts).
    vouch(network, bram, bram, [byAnna, byCor]);
    state = await network.state();
    expect(isCoordinator(state, bram)).toBe(true);
  });

  it('a kiosk is a member: it counts, and its vouch is a voice', async () => {
    const network = new TestNetwork();
    const dirk = network.member('Dirk');
    network.grant(dirk);
    const [anna, bram] = ['Anna', 'Bram'].map((name) => network.member(name)) as [Identity, Identity];
    const kiosk = network.member('Buurthuis');
    network.grant(kiosk, 'kiosk');
    const founderKnew = network.frontier();
    network.suspend(network.founder, dirk);
    network.write(
      network.founder,
      'suspend',
      { member: dirk.signing.publicKey, cut: [], reason: '' },
      { seen: founderKnew },
    );
    // Three members (Anna, Bram, the kiosk): Anna's voice alone is not enough, the kiosk's makes two.
    vouch(network, anna, bram);
    let state = await network.state();
    expect(isCoordinator(state, bram)).toBe(false);
    const byKiosk = vouch(network, kiosk, bram);
    state = await network.state();
    expect(state.applied.has(idOf(byKiosk))).toBe(true);
    expect(isCoordinator(state, bram)).toBe(true);
  });

  it('the same entries in any order and repeated give the same state', async () => {
    const { network, anna, bram, cor } = leaderless();
    vouch(network, anna, bram);
    vouch(network, cor, cor);
    vouch(network, bram, bram);
    const reference = snapshot(await network.state());
    for (const seed of [1, 2, 3, 4]) {
      expect(snapshot(await network.state(scramble(network.entries, seed)))).toEqual(reference);
    }
  });
});

describe('the vouch entry', () => {
  it('reads back what was signed, and refuses any other shape of it', async () => {
    const { network, anna, bram } = leaderless();
    const signed = vouch(network, anna, bram);
    const read = await readEntry(network.net, idOf(signed), signed.bytes);
    expect(read.ok && read.entry.type).toBe('vouch');
    const fields = dagCbor.decode(signed.bytes.subarray(signatureLength)) as unknown[];
    const body = fields[7] as Record<string, unknown>;
    const shapes: Record<string, unknown>[] = [
      { ...body, reason: 'extra' },
      { member: body.member },
      { ...body, member: new Uint8Array(31) },
      { ...body, seen: Array.from({ length: 17 }, (_, i) => new Uint8Array(20).fill(i)) },
    ];
    for (const shape of shapes) {
      const forged = signPayload(anna, network.net, [...fields.slice(0, 7), shape]);
      const result = await readEntry(network.net, forged.id, forged.bytes);
      expect(result, JSON.stringify(Object.keys(shape))).toMatchObject({ ok: false, problem: 'malformed' });
    }
    expect(toBase64Url(signed.id)).toBe(idOf(signed));
  });
});
