// What the lobby shows a newcomer and the coordinators, from only the entries it carries.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { lobbyView } from '../../../src/core/lobby.ts';
import { sealDeclineNote } from '../../../src/core/sealing.ts';
import { bodyOf, failingJoinWork, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

async function view(network: TestNetwork, entries: SignedEntry[]) {
  const ledger = await network.ledger(entries);
  return lobbyView(network.netId, ledger.entries(), network.clock);
}

describe('lobbyView', () => {
  it('shows the network and nothing is known of a stranger', async () => {
    const network = new TestNetwork();
    const lobby = await view(network, [network.genesis]);
    expect(lobby.genesis?.name).toBe('Buurtruil Oosterpark');
    expect(lobby.coordinatorBoxKeys).toEqual([network.founder.box.publicKey]);
    expect(lobby.statusOf(keyOf(newIdentity()))).toEqual({ kind: 'unknown' });
  });

  it('follows a newcomer from pending to admitted, with the sealed secret', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Bram');
    let lobby = await view(network, [network.genesis, join]);
    expect(lobby.statusOf(keyOf(identity))).toEqual({ kind: 'pending', joinId: idOf(join) });
    expect(lobby.pending.map((r) => r.id)).toEqual([idOf(join)]);
    const admit = network.admit(identity, join);
    lobby = await view(network, [network.genesis, join, admit]);
    expect(lobby.statusOf(keyOf(identity))).toMatchObject({ kind: 'admitted', epoch: 0 });
    expect(lobby.pending).toEqual([]);
  });

  it('ignores answers by someone who is not a coordinator there', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Bram');
    const mallory = newIdentity();
    const fake = network.admit(identity, join, mallory);
    const lobby = await view(network, [network.genesis, join, fake]);
    expect(lobby.statusOf(keyOf(identity)).kind).toBe('pending');
  });

  it('declines with a sealed note, and a new request after it is pending again', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Cor');
    const note = sealDeclineNote('Even wachten', identity.box.publicKey, network.net, identity.signing.publicKey);
    const decline = network.write(network.founder, 'decline', {
      member: identity.signing.publicKey,
      join: join.id,
      note,
    });
    let lobby = await view(network, [network.genesis, join, decline]);
    expect(lobby.statusOf(keyOf(identity))).toEqual({ kind: 'declined', note, setAside: false });
    const again = network.write(identity, 'join', { ...bodyOf(join, 'join'), sealed: note });
    lobby = await view(network, [network.genesis, join, decline, again]);
    expect(lobby.statusOf(keyOf(identity))).toEqual({ kind: 'pending', joinId: idOf(again) });
  });

  it('knows a second coordinator granted there, and seals requests to both', async () => {
    const network = new TestNetwork();
    const { identity: fatima, join } = network.join('Fatima');
    const admit = network.admit(fatima, join);
    const grant = network.grant(fatima);
    const laptop = newIdentity();
    const add = network.write(fatima, 'device-add', {
      device: laptop.signing.publicKey,
      boxKey: laptop.box.publicKey,
      label: 'laptop',
    });
    const lobby = await view(network, [network.genesis, join, admit, grant, add]);
    expect(lobby.coordinatorBoxKeys).toEqual([
      network.founder.box.publicKey,
      fatima.box.publicKey,
      laptop.box.publicKey,
    ]);
    expect(lobby.pending).toEqual([]);
  });

  it('a stranger with the poster: joins without proof of work are not shown, one request per newcomer', async () => {
    const network = new TestNetwork({ joinWork: 8 });
    const { identity, join } = network.join('Echt');
    const spam = Array.from({ length: 50 }, () => {
      const bot = newIdentity();
      return network.write(bot, 'join', {
        ...bodyOf(join, 'join'),
        boxKey: bot.box.publicKey,
        work: failingJoinWork(network, bot),
      });
    });
    const lobby = await view(network, [network.genesis, join, ...spam]);
    expect(lobby.pending.map((r) => r.member)).toEqual([keyOf(identity)]);
  });

  it('many requests are all there, and all count in the load', async () => {
    const network = new TestNetwork({ joinWork: 0 });
    const joins = Array.from({ length: 300 }, (_, i) => network.join(`Buur ${i}`).join);
    const ledger = await network.ledger([network.genesis, ...joins]);
    const lobby = lobbyView(network.netId, ledger.entries(), network.clock);
    expect(new Set(lobby.pending.map((r) => r.id))).toEqual(new Set(joins.map(idOf)));
    expect(lobby.load).toBe(300);
  }, 60_000);
});
