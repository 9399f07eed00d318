// Setting aside a whole period of join requests in one act (a flood): the member room's
// rule (causal order) and the lobby's view of it, with what a hostile writer might try.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { lobbyView } from '../../../src/core/lobby.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

async function lobby(network: TestNetwork, entries: SignedEntry[]) {
  const ledger = await network.ledger(entries);
  return lobbyView(network.netId, ledger.entries(), network.clock);
}

describe('set-aside in the member room', () => {
  it('declines every join still pending that claims a time at or before `before`; a later one stays', async () => {
    const network = new TestNetwork();
    const bots = [network.join('Bot 1'), network.join('Bot 2'), network.join('Bot 3')];
    const before = network.clock;
    const setAside = network.write(network.founder, 'set-aside', { before });
    const { identity: nina } = network.join('Nina', newIdentity(), { time: before + 60_000 });
    const state = await network.state();
    expect(state.rejected.get(idOf(setAside))).toBeUndefined();
    for (const bot of bots) expect(state.members.get(keyOf(bot.identity))?.status).toBe('declined');
    expect(state.members.get(keyOf(nina))?.status).toBe('pending');
    expect(state.acts.map((act) => act.type)).toContain('set-aside');
  });

  it('a join admitted before it stays admitted, with its hours', async () => {
    const network = new TestNetwork();
    const { identity: bram, join } = network.join('Bram');
    network.admit(bram, join);
    const bot = network.join('Bot');
    network.write(network.founder, 'set-aside', { before: network.clock });
    const state = await network.state();
    expect(state.members.get(keyOf(bram))).toMatchObject({ status: 'admitted', balance: 120 });
    expect(state.members.get(keyOf(bot.identity))?.status).toBe('declined');
  });

  it('an admission it had not seen (another coordinator, at the same time) still stands', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const { identity: bram, join } = network.join('Bram');
    const seenBefore = network.frontier();
    // The founder sets aside without having seen Fatima admit Bram; the founder ranks first.
    const admit = network.admit(bram, join, fatima);
    const setAside = network.write(network.founder, 'set-aside', { before: network.clock }, { seen: seenBefore });
    for (const entries of [network.entries, [...network.entries].reverse()]) {
      const state = await network.state(entries);
      expect(state.rejected.get(idOf(admit))).toBeUndefined();
      expect(state.rejected.get(idOf(setAside))).toBeUndefined();
      expect(state.members.get(keyOf(bram))?.status).toBe('admitted');
    }
  });

  it('a newcomer set aside asks again and is admitted, whatever order the entries come in', async () => {
    const network = new TestNetwork();
    const nina = newIdentity();
    network.join('Nina', nina);
    const first = network.write(network.founder, 'set-aside', { before: network.clock });
    const { join: again } = network.join('Nina', nina);
    network.admit(nina, again);
    // A later set-aside that reaches back to before her first request touches nothing now.
    const second = network.write(network.founder, 'set-aside', { before: network.clock });
    for (const entries of [network.entries, [...network.entries].reverse()]) {
      const state = await network.state(entries);
      expect(state.rejected.get(idOf(again))).toBeUndefined();
      expect(state.rejected.get(idOf(first))).toBeUndefined();
      expect(state.rejected.get(idOf(second))).toBeUndefined();
      expect(state.members.get(keyOf(nina))?.status).toBe('admitted');
    }
  });

  it('hostile: a member or a stranger cannot set requests aside', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const { identity: bram } = network.join('Bram');
    const byMember = network.write(anna, 'set-aside', { before: network.clock });
    const stranger = newIdentity();
    const byStranger = network.write(stranger, 'set-aside', { before: network.clock });
    const state = await network.state();
    expect(state.rejected.get(idOf(byMember))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(byStranger))?.reason).toBe('not-member');
    expect(state.members.get(keyOf(bram))?.status).toBe('pending');
  });

  it('hostile: a `before` far past its own time is refused, and sets nothing aside', async () => {
    const network = new TestNetwork();
    const { identity: bram } = network.join('Bram');
    const far = network.write(network.founder, 'set-aside', { before: network.clock + 365 * 24 * 3600_000 });
    const state = await network.state();
    expect(state.rejected.get(idOf(far))?.reason).toBe('mismatch');
    expect(state.members.get(keyOf(bram))?.status).toBe('pending');
  });
});

describe('set-aside in the lobby', () => {
  it('declines what waits up to `before`; the newcomer is told it was set aside and may ask again later', async () => {
    const network = new TestNetwork();
    const bots = Array.from({ length: 5 }, (_, i) => network.join(`Bot ${i}`));
    const nina = newIdentity();
    network.join('Nina', nina);
    const setAside = network.write(network.founder, 'set-aside', { before: network.clock });
    let view = await lobby(network, network.entries);
    expect(view.pending).toEqual([]);
    expect(view.setAsideBefore).toBe(setAside.entry.time - 60_000);
    expect(view.statusOf(keyOf(nina))).toEqual({ kind: 'declined', note: null, setAside: true });
    expect(view.statusOf(keyOf(bots[0]?.identity ?? nina)).kind).toBe('declined');
    const { join: again } = network.join('Nina', nina, { time: (view.setAsideBefore ?? 0) + 1 });
    view = await lobby(network, network.entries);
    expect(view.pending.map((r) => r.id)).toEqual([idOf(again)]);
  });

  it('an answer to one request wins over a set-aside', async () => {
    const network = new TestNetwork();
    const { identity: bram, join } = network.join('Bram');
    network.write(network.founder, 'set-aside', { before: network.clock });
    network.admit(bram, join);
    const view = await lobby(network, network.entries);
    expect(view.statusOf(keyOf(bram)).kind).toBe('admitted');
  });

  it('hostile: a set-aside by someone who is not a coordinator there changes nothing', async () => {
    const network = new TestNetwork();
    const { identity: bram, join } = network.join('Bram');
    const mallory = newIdentity();
    network.write(mallory, 'set-aside', { before: network.clock });
    const view = await lobby(network, network.entries);
    expect(view.statusOf(keyOf(bram))).toEqual({ kind: 'pending', joinId: idOf(join) });
    expect(view.setAsideBefore).toBeNull();
  });

  it('hostile: a set-aside reaching far ahead, or dated far ahead, changes nothing', async () => {
    const network = new TestNetwork();
    const { identity: bram } = network.join('Bram');
    network.write(network.founder, 'set-aside', { before: network.clock + 365 * 24 * 3600_000 });
    const ahead = network.clock + 24 * 3600_000;
    network.write(network.founder, 'set-aside', { before: ahead }, { time: ahead });
    const view = await lobby(network, network.entries);
    expect(view.setAsideBefore).toBeNull();
    expect(view.statusOf(keyOf(bram)).kind).toBe('pending');
  });

  it('hostile: a join dated far ahead waits, so it cannot stand above a set-aside or count in the load', async () => {
    const network = new TestNetwork();
    const { join } = network.join('Vooruit', newIdentity(), { time: network.clock + 60 * 60_000 });
    const view = await lobby(network, network.entries);
    expect(view.pending.map((r) => r.id)).not.toContain(idOf(join));
    expect(view.load).toBe(0);
  });
});
