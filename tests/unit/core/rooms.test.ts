// Who can read: the lobby for anyone with the invite, the member room for admitted members
// only, and a new secret after a suspension that the suspended device cannot open.
import { describe, expect, it } from 'vitest';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { lobbyRoomName, memberRoomName, readerGroups, roomKeyFor } from '../../../src/core/rooms.ts';
import { openJoinDetails, openMessage, sealMessage, sealRoomSecret } from '../../../src/core/sealing.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

function rekey(network: TestNetwork, epoch: number, secret: Uint8Array, by: Identity, readers: Uint8Array[][]) {
  for (const group of readers)
    network.write(by, 'rekey', { epoch, secret: sealRoomSecret(secret, group, network.net, epoch) });
}

describe('rooms and secrets', () => {
  it('names the lobby and each epoch differently, and says nothing of the network', () => {
    const network = new TestNetwork();
    const names = [lobbyRoomName(network.net), memberRoomName(network.net, 0), memberRoomName(network.net, 1)];
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).not.toContain('Oosterpark');
  });

  it('the founder finds the first secret in the genesis entry', async () => {
    const network = new TestNetwork();
    expect(roomKeyFor(await network.state(), network.founder, network.net)).toEqual({
      epoch: 0,
      secret: network.roomSecret,
    });
  });

  it('admission delivers the secret to the newcomer only', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Bram');
    const onlooker = network.join('Nieuwsgierig').identity;
    expect(roomKeyFor(await network.state(), identity, network.net)).toBeNull();
    network.admit(identity, join);
    const state = await network.state();
    expect(roomKeyFor(state, identity, network.net)?.secret).toEqual(network.roomSecret);
    expect(roomKeyFor(state, onlooker, network.net)).toBeNull();
  });

  it('after a suspension and rekey, the others have the new secret and the suspended one does not', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.write(network.founder, 'suspend', {
      member: anna.signing.publicKey,
      after: network.next(anna).seq - 1,
      reason: '',
    });
    const fresh = crypto.getRandomValues(new Uint8Array(32));
    rekey(network, 1, fresh, network.founder, readerGroups(await network.state()));
    const state = await network.state();
    expect(roomKeyFor(state, bram, network.net)).toEqual({ epoch: 1, secret: fresh });
    expect(roomKeyFor(state, network.founder, network.net)).toEqual({ epoch: 1, secret: fresh });
    expect(roomKeyFor(state, anna, network.net)).toEqual({ epoch: 0, secret: network.roomSecret });
  });

  it('a rekey for many members comes in parts; a concurrent rekey by another coordinator is stale', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.write(network.founder, 'grant-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const members = Array.from({ length: 70 }, (_, i) => network.member(`Buur ${i}`));
    const groups = readerGroups(await network.state());
    expect(groups.length).toBe(2);
    const fresh = crypto.getRandomValues(new Uint8Array(32));
    rekey(network, 1, fresh, network.founder, groups);
    const stale = network.write(fatima, 'rekey', {
      epoch: 1,
      secret: sealRoomSecret(new Uint8Array(32), [fatima.box.publicKey], network.net, 1),
    });
    const state = await network.state();
    expect(state.rejected.get(idOf(stale))?.reason).toBe('stale-epoch');
    expect(roomKeyFor(state, members[69] as Identity, network.net)?.secret).toEqual(fresh);
    expect(roomKeyFor(state, fatima, network.net)?.secret).toEqual(fresh);
  });

  it('a join request is readable by the coordinators only', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Bram');
    const body = bodyOf(join, 'join');
    expect(openJoinDetails(body.sealed, network.founder, network.net, identity.signing.publicKey)?.name).toBe('Bram');
    expect(openJoinDetails(body.sealed, newIdentity(), network.net, identity.signing.publicKey)).toBeNull();
    expect(openJoinDetails(body.sealed, network.founder, network.net, newIdentity().signing.publicKey)).toBeNull();
  });

  it('a message is readable by its sender and recipient, nobody else, and only in its place', async () => {
    const anna = newIdentity();
    const bram = newIdentity();
    const cor = newIdentity();
    const sealed = sealMessage(
      'Zal ik donderdag om tien uur komen?',
      anna,
      bram.box.publicKey,
      anna.signing.publicKey,
      bram.signing.publicKey,
    );
    expect(openMessage(sealed, bram, anna.signing.publicKey, bram.signing.publicKey)).toBe(
      'Zal ik donderdag om tien uur komen?',
    );
    expect(openMessage(sealed, anna, anna.signing.publicKey, bram.signing.publicKey)).toBe(
      'Zal ik donderdag om tien uur komen?',
    );
    expect(openMessage(sealed, cor, anna.signing.publicKey, bram.signing.publicKey)).toBeNull();
    // Lifted into a message between other people, it does not open.
    expect(openMessage(sealed, bram, cor.signing.publicKey, bram.signing.publicKey)).toBeNull();
    const tampered = { ...sealed, box: sealed.box.map((b, i) => (i === 3 ? b ^ 1 : b)) };
    expect(openMessage(tampered, bram, anna.signing.publicKey, bram.signing.publicKey)).toBeNull();
    expect(keyOf(anna)).not.toBe(keyOf(bram));
  });
});
