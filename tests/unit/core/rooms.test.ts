// Who can read: the lobby for anyone with the invite, the member room for admitted members
// only, and a new secret after a suspension that the suspended device cannot open.
import { describe, expect, it } from 'vitest';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { lobbyRoomName, memberRoomName, readerGroups, roomKeyFor } from '../../../src/core/rooms.ts';
import {
  genesisSealNet,
  openJoinDetails,
  openLobbySecret,
  openMessage,
  sealMessage,
  sealRoomSecret,
} from '../../../src/core/sealing.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

function rekey(network: TestNetwork, epoch: number, secret: Uint8Array, by: Identity, readers: Uint8Array[][]) {
  for (const group of readers)
    network.write(by, 'rekey', { epoch, secret: sealRoomSecret(secret, group, network.net, epoch) });
}

describe('rooms and secrets', () => {
  it('names the lobby and each epoch differently, from their secrets: never from the network id', () => {
    const network = new TestNetwork();
    const names = [
      lobbyRoomName(network.lobbySecret),
      memberRoomName(network.roomSecret, 0),
      memberRoomName(network.roomSecret, 1),
    ];
    expect(new Set(names).size).toBe(3);
    // Someone with the poster's invite (network id and lobby secret) cannot name the member room.
    const guesses = [network.net, network.lobbySecret].flatMap((known) => [
      memberRoomName(known, 0),
      memberRoomName(known, 1),
    ]);
    for (const guess of guesses) expect(names).not.toContain(guess);
    for (const name of names) expect(name).not.toContain('Oosterpark');
  });

  it('the founder finds the lobby secret in the genesis entry, sealed to them alone', async () => {
    const network = new TestNetwork();
    const state = await network.state();
    const [lobby] = state.invites;
    expect(lobby && openLobbySecret(lobby, network.founder, genesisSealNet)).toEqual(network.lobbySecret);
    expect(lobby && openLobbySecret(lobby, newIdentity(), genesisSealNet)).toBeNull();
  });

  it('nothing is sealed to a key of small order', () => {
    const zero = new Uint8Array(32);
    const one = new Uint8Array(32);
    one[0] = 1;
    for (const bad of [zero, one]) {
      expect(() => sealMessage('x', [bad], newIdentity().signing.publicKey, newIdentity().signing.publicKey)).toThrow();
    }
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
    network.suspend(anna);
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
    network.grant(fatima);
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
  }, 30_000);

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
      [bram.box.publicKey, anna.box.publicKey],
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
