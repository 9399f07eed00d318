// A key dropped from a side's roster forks the chain (docs/protocol-links.md §9, "Rosters in
// force"): it signs a second child of the roster it was on, with an id ground to be lowest.
// The fork rule: the roster in force is the intersection of the tips, and an attestation
// must pass along every path; both sides judge by the same functions over the same entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkRecords, restoreLink } from '../../../../src/core/checkpoint/linkObjects.ts';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import type { Entry, SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { latestRoster, rosterStep, rosterSteps } from '../../../../src/core/links/rosters.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, linkIdText, stateWith, writeLink } from './LinkedNetworks.ts';

function rosterBody(by: Identity, link: Uint8Array, prev: SignedEntry, keys: Identity[], after: SignedEntry[]) {
  return {
    link,
    roster: keys.map((key) => key.signing.publicKey),
    coordinators: keys.length,
    prev: prev.id,
    after: after.map((entry) => entry.id),
    secret: seal(new Uint8Array(32), [by.box.publicKey], new Uint8Array(0)),
  };
}

/** A `link-roster` by `by`, its time ground until its id is below `below` (kept in `network`'s log, as the thief puts it there). */
function groundRoster(
  network: TestNetwork,
  by: Identity,
  link: Uint8Array,
  prev: SignedEntry,
  keys: Identity[],
  after: SignedEntry[],
  below: string,
): SignedEntry {
  const { seq, prev: chain } = network.next(by);
  for (let time = network.tick(); ; time -= 1000) {
    const forged = network.forge(by, 'link-roster', rosterBody(by, link, prev, keys, after), {
      seq,
      prev: chain,
      time,
    });
    if (idOf(forged) < below) {
      network.entries.push(forged);
      return forged;
    }
  }
}

/**
 * B's roster: its founder and Karin, both coordinators. Bob pays Ans twice; the founder
 * attests the first; B suspends Karin (her laptop is stolen) and the founder's roster drops
 * her; Karin attests the second after her drop, then forks the first roster with an id
 * below the drop's, naming `thiefKeeps` and her attestation in `after`.
 */
function scene(thiefKeeps: (b: TestNetwork) => Identity[]) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const karin = b.member('Karin');
  b.grant(karin);
  const aHalf = writeLink(a, b, { roster: [b.founder, karin] });
  const bHalf = writeLink(b, a, { ours: [b.founder, karin] });
  const link = idOfLink(a, b);
  const bob = b.member('Bob');
  const ans = a.member('Ans');
  const pay1 = crossPay(b, bob, link, ans, 30);
  const pay2 = crossPay(b, bob, link, ans, 20);
  const honest = attest(b, link, [pay1]);
  b.suspend(karin);
  const drop = b.write(b.founder, 'link-roster', rosterBody(b.founder, link, bHalf, [b.founder], [honest]));
  const stolen = attest(b, link, [pay2], { by: karin, after: [honest] });
  const fork = groundRoster(b, karin, link, bHalf, thiefKeeps(b).concat(karin), [stolen], idOf(drop));
  const aAttest = attest(a, link, [pay1, pay2]);
  const peerEntries = [bHalf, pay1, pay2, honest, drop, stolen, fork];
  return {
    a,
    b,
    aHalf,
    aAttest,
    bHalf,
    link,
    id: linkIdText(a, b),
    karin,
    bob,
    ans,
    honest,
    drop,
    stolen,
    fork,
    peerEntries,
  };
}

const inForce = (state: NetworkState, id: string, side: 'own' | 'peer') => {
  const step = latestRoster(state.links.get(id)?.rosters[side] ?? []);
  return { keys: [...(step?.keys ?? [])].sort(), coordinators: [...(step?.coordinators ?? [])].sort() };
};

describe('a dropped key forks the roster chain with a ground id', () => {
  it('does not get back on the roster in force, on either side; both reach the same', async () => {
    const s = scene(() => []);
    const onA = await stateWith(s.a, s.b, s.peerEntries);
    const onB = await stateWith(s.b, s.a, [s.aHalf, s.aAttest]);
    const peerView = inForce(onA, s.id, 'peer');
    expect(peerView.keys).not.toContain(keyOf(s.karin));
    expect(inForce(onB, s.id, 'own')).toEqual(peerView);
    // Her fork takes the founder off, the founder's roster takes her off: nobody is left (a freeze).
    expect(peerView.keys).toEqual([]);
  });

  it('her attestation after the drop counts on neither side; the honest one before it on both', async () => {
    const s = scene(() => []);
    const onA = await stateWith(s.a, s.b, s.peerEntries);
    const onB = await stateWith(s.b, s.a, [s.aHalf, s.aAttest]);
    expect(onA.links.get(s.id)?.attestations.peer).toEqual([idOf(s.honest)]);
    expect(onA.foreignRejected.get(foreignKey(s.b.net, s.stolen.id))?.reason).toBe('not-roster');
    expect(onB.links.get(s.id)?.attestations.own).toEqual([idOf(s.honest)]);
    // The same counts: only the first payment moved, in both networks.
    expect(onA.members.get(keyOf(s.ans))?.balance).toBe(120 + 30);
    expect(onB.members.get(keyOf(s.bob))?.balance).toBe(120 - 30);
    expect(onA.clearing.get(s.b.netId)).toBe(-30);
    expect(onB.clearing.get(s.a.netId)).toBe(30);
  });

  it('a fork that keeps the founder leaves the founder in force: its end counts on both sides, hers on neither', async () => {
    const s = scene((b) => [b.founder]);
    const byKarin = s.b.write(s.karin, 'link-end', { link: s.link, last: [], reason: '' });
    const byFounder = s.b.write(s.b.founder, 'link-end', { link: s.link, last: [s.honest.id], reason: '' });
    const onA = await stateWith(s.a, s.b, [...s.peerEntries, byKarin, byFounder]);
    const onB = await stateWith(s.b, s.a, [s.aHalf, s.aAttest]);
    expect(inForce(onA, s.id, 'peer')).toEqual({ keys: [keyOf(s.b.founder)], coordinators: [keyOf(s.b.founder)] });
    expect(inForce(onB, s.id, 'own')).toEqual(inForce(onA, s.id, 'peer'));
    expect(onA.links.get(s.id)?.ended.peer?.id).toBe(idOf(byFounder));
    expect(onB.links.get(s.id)?.ended.own?.id).toBe(idOf(byFounder));
    expect(onA.foreignRejected.get(foreignKey(s.b.net, byKarin.id))?.reason).toBe('not-roster');
    expect(onA.links.get(s.id)?.attestations.peer).toEqual([idOf(s.honest)]);
    expect(onB.links.get(s.id)?.attestations.own).toEqual([idOf(s.honest)]);
  });
});

describe('a forked chain in a checkpoint', () => {
  it('reads back with its tree: the same roster in force, and a later branch still only narrows it', async () => {
    const s = scene((b) => [b.founder]);
    const onA = await stateWith(s.a, s.b, s.peerEntries);
    const record = linkRecords(onA).find((item) => item.key === `link ${s.id}`);
    const restored = { links: new Map() } as unknown as NetworkState;
    expect(record && restoreLink(restored, 'link', s.id, record)).toBe(true);
    const steps = restored.links.get(s.id)?.rosters.peer ?? [];
    expect(inForce(restored, s.id, 'peer')).toEqual(inForce(onA, s.id, 'peer'));
    // Karin's branch goes on after the checkpoint, naming herself only: the founder is taken off too.
    const later = s.b.write(s.karin, 'link-roster', rosterBody(s.karin, s.link, s.fork, [s.karin], []));
    const after = rosterSteps(steps, [{ idText: idOf(later), entry: later.entry as Entry<'link-roster'> }]);
    expect(after.refused.size).toBe(0);
    expect([...(latestRoster(after.steps)?.keys ?? [])]).toEqual([]);
  });
});

describe('a single chain behaves as before', () => {
  it('the roster in force is the last of the chain, and no link-roster is refused', () => {
    const s = scene(() => []);
    const first = rosterStep(idOf(s.bHalf), 0, [s.b.founder.signing.publicKey, s.karin.signing.publicKey], 2);
    const entries = [s.drop].map((signed) => ({ idText: idOf(signed), entry: signed.entry as Entry<'link-roster'> }));
    const { steps, refused } = rosterSteps(first, entries);
    expect(steps.map((step) => step.id)).toEqual([idOf(s.bHalf), idOf(s.drop)]);
    expect(latestRoster(steps)).toBe(steps[1]);
    expect(refused.size).toBe(0);
  });
});

describe('any arrival order of the same roster entries', () => {
  it('gives the same roster in force, and the same steps, on both sides', () => {
    const s = scene((b) => [b.founder]);
    // More of the tree: the founder goes on from its drop, Karin from her fork, a kiosk-less stray.
    const nextHonest = s.b.write(
      s.b.founder,
      'link-roster',
      rosterBody(s.b.founder, s.link, s.drop, [s.b.founder, s.bob], []),
    );
    const nextFork = s.b.write(s.karin, 'link-roster', rosterBody(s.karin, s.link, s.fork, [s.karin, s.b.founder], []));
    const stray = s.b.write(s.bob, 'link-roster', rosterBody(s.bob, s.link, s.bHalf, [s.bob], []));
    const all = [s.drop, s.fork, nextHonest, nextFork, stray].map((signed) => ({
      idText: idOf(signed),
      entry: signed.entry as Entry<'link-roster'>,
    }));
    const keys = [s.b.founder.signing.publicKey, s.karin.signing.publicKey];
    // Our side starts from its `link`, the peer from the same half (rosters.ts, settleLinks.ts).
    const judge = (order: readonly number[]) => {
      const { steps, refused } = rosterSteps(
        rosterStep(idOf(s.bHalf), 0, keys, 2),
        order.map((at) => all[at] as (typeof all)[number]),
      );
      const step = latestRoster(steps);
      return {
        steps: steps.map((item) => item.id).sort(),
        keys: [...(step?.keys ?? [])].sort(),
        coordinators: [...(step?.coordinators ?? [])].sort(),
        refused: [...refused.keys()].sort(),
      };
    };
    const expected = judge([0, 1, 2, 3, 4]);
    expect(expected.keys).toEqual([keyOf(s.b.founder)]);
    expect(expected.refused).toEqual([idOf(stray)]);
    const order = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(order, order, (own, peer) => {
        expect(judge(own)).toEqual(expected);
        expect(judge(peer)).toEqual(expected);
      }),
    );
  });
});
