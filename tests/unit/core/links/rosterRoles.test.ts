// The hostile review's findings (a)–(d) on rosters (docs/protocol-links.md §9): a roster says
// which keys are coordinators' devices, and only those end the link or replace the roster;
// both sides pick the same one of two ends; a half must name the rosters the other half
// sent; and link-rosters form a chain that no claimed time reorders.
import { describe, expect, it } from 'vitest';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, linkIdText, stateWith, writeLink } from './LinkedNetworks.ts';

/** A and B linked; B's roster: its founder, then `more`, the first `coordinators` of them coordinators' devices. */
function linked(more: (b: TestNetwork) => Identity[], coordinators?: number) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const roster = [b.founder, ...more(b)];
  const count = coordinators ?? roster.length;
  const aHalf = writeLink(a, b, { roster, coordinators: count });
  const bHalf = writeLink(b, a, { ours: roster, ourCoordinators: count });
  const other = roster[1] as Identity;
  return { a, b, aHalf, bHalf, other, link: idOfLink(a, b), id: linkIdText(a, b) };
}

function end(
  network: TestNetwork,
  by: Identity,
  link: Uint8Array,
  options: { time?: number; seen?: SignedEntry[] } = {},
) {
  return network.write(by, 'link-end', { link, last: [], reason: '' }, options);
}

function rosterOf(
  network: TestNetwork,
  by: Identity,
  link: Uint8Array,
  prev: SignedEntry,
  keys: Identity[],
  options: { coordinators?: number; after?: SignedEntry[]; time?: number } = {},
): SignedEntry {
  return network.write(
    by,
    'link-roster',
    {
      link,
      roster: keys.map((key) => key.signing.publicKey),
      coordinators: options.coordinators ?? keys.length,
      prev: prev.id,
      after: (options.after ?? []).map((entry) => entry.id),
      secret: seal(new Uint8Array(32), [by.box.publicKey], new Uint8Array(0)),
    },
    options.time === undefined ? {} : { time: options.time },
  );
}

describe('(a) a roster says who is a coordinator: only those end the link or replace the roster', () => {
  it("a kiosk's link-end counts on neither side", async () => {
    const {
      a,
      b,
      bHalf,
      other: kiosk,
      link,
      id,
    } = linked((b) => {
      const kiosk = b.member('Kiosk');
      b.grant(kiosk, 'kiosk');
      return [kiosk];
    }, 1);
    const byKiosk = end(b, kiosk, link);
    const onA = await stateWith(a, b, [bHalf, byKiosk]);
    expect(onA.links.get(id)?.ended.peer).toBeNull();
    expect(onA.foreignRejected.get(foreignKey(b.net, byKiosk.id))?.reason).toBe('not-roster');
    const onB = await b.state();
    expect(onB.links.get(id)?.ended.own).toBeNull();
  });

  it('a coordinator whose device the roster lists as a kiosk: its end counts on neither side (the same function)', async () => {
    // Carla is a coordinator in B, but B's roster sent her device as an archive-only one.
    const {
      a,
      b,
      aHalf,
      bHalf,
      other: carla,
      link,
      id,
    } = linked((b) => {
      const carla = b.member('Carla');
      b.grant(carla);
      return [carla];
    }, 1);
    const byCarla = end(b, carla, link);
    const onB = await stateWith(b, a, [aHalf]);
    expect(onB.rejected.get(idOf(byCarla))?.reason).toBe('not-roster');
    expect(onB.links.get(id)?.ended.own).toBeNull();
    const onA = await stateWith(a, b, [bHalf, byCarla]);
    expect(onA.links.get(id)?.ended.peer).toBeNull();
  });

  it('a link-roster naming only its signer, signed by a key the roster lists as a kiosk, counts nowhere', async () => {
    const {
      a,
      b,
      aHalf,
      bHalf,
      other: kiosk,
      link,
      id,
    } = linked((b) => {
      const kiosk = b.member('Kiosk');
      b.grant(kiosk, 'kiosk');
      return [kiosk];
    }, 1);
    const takeover = rosterOf(b, kiosk, link, bHalf, [kiosk]);
    const onA = await stateWith(a, b, [bHalf, takeover]);
    expect(onA.links.get(id)?.rosters.peer).toHaveLength(1);
    expect(onA.foreignRejected.get(foreignKey(b.net, takeover.id))?.reason).toBe('not-roster');
    const onB = await stateWith(b, a, [aHalf]);
    expect(onB.links.get(id)?.rosters.own).toHaveLength(1);
    expect(onB.applied.has(idOf(takeover))).toBe(false);
  });
});

describe('(b) two ends at once: both sides pick the same', () => {
  it('the earliest (time, then id) of the ends that count, on our side and on the peer', async () => {
    for (const laterFirst of [true, false]) {
      const {
        a,
        b,
        aHalf,
        bHalf,
        other: carla,
        link,
        id,
      } = linked((b) => {
        const carla = b.member('Carla');
        b.grant(carla);
        return [carla];
      });
      const seen = b.frontier();
      const t = b.tick();
      // Two coordinators end the link without seeing each other; one claims an earlier time.
      const first = end(b, laterFirst ? b.founder : carla, link, { time: t, seen });
      const second = end(b, laterFirst ? carla : b.founder, link, { time: t - 60_000, seen });
      const onB = await stateWith(b, a, [aHalf]);
      const onA = await stateWith(a, b, [bHalf, first, second]);
      expect(onB.links.get(id)?.ended.own?.id).toBe(idOf(second));
      expect(onA.links.get(id)?.ended.peer?.id).toBe(idOf(second));
      expect(onB.rejected.get(idOf(first))?.reason).toBe('already-decided');
      expect(onA.foreignRejected.get(foreignKey(b.net, first.id))?.reason).toBe('already-decided');
    }
  });
});

describe("(c) the peer's half must name our roster as our half sent it", () => {
  it('an acceptance that names another roster for us does not open the link, on either side', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const aHalf = writeLink(a, b);
    // B's half names an extra key for A (someone's, not A's coordinator's device).
    const stranger = b.member('Mallory');
    const bHalf = writeLink(b, a, { roster: [a.founder, stranger] });
    const onA = await stateWith(a, b, [bHalf]);
    expect(onA.links.get(linkIdText(a, b))?.open).toBe(false);
    expect(onA.foreignRejected.get(foreignKey(b.net, bHalf.id))?.reason).toBe('not-roster');
    const onB = await stateWith(b, a, [aHalf]);
    expect(onB.links.get(linkIdText(a, b))?.open).toBe(false);
    // The same halves, naming the same rosters, open it.
    const fair = writeLink(b, a);
    expect((await stateWith(a, b, [fair])).links.get(linkIdText(a, b))?.open).toBe(true);
  });

  it('our own half may name as ours only our coordinators’ and kiosks’ live devices', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const ans = a.member('Ans'); // a member, neither coordinator nor kiosk
    const half = writeLink(a, b, { ours: [a.founder, ans] });
    expect((await a.state()).rejected.get(idOf(half))?.reason).toBe('not-roster');
  });
});

describe('(d) link-rosters form a chain: no claimed time reorders them', () => {
  it('a key dropped from the roster cannot backdate a link-roster or an attestation to before its drop', async () => {
    const { a, b, aHalf, bHalf, link, id } = linked(() => []);
    const karin = b.member('Karin');
    b.grant(karin);
    // Times claimed below are all in the past of the test clock (none is from the future).
    const t = b.tick(60 * 60_000) - 30 * 60_000;
    const added = rosterOf(b, b.founder, link, bHalf, [b.founder, karin], { time: t });
    // A record Karin attests while on the roster: in the past of the roster that drops her.
    const bob = b.member('Bob');
    const ans = a.member('Ans');
    const pay = crossPay(b, bob, link, ans, 30);
    const honest = attest(b, link, [pay], { by: karin, time: t + 60_000 });
    const dropped = rosterOf(b, b.founder, link, added, [b.founder], { time: t + 120_000, after: [honest] });
    // Karin, dropped, claims times from before her drop.
    const backRoster = rosterOf(b, karin, link, dropped, [karin], { time: t + 90_000 });
    const backFork = rosterOf(b, karin, link, bHalf, [karin], { time: t - 60_000 });
    const pay2 = crossPay(b, bob, link, ans, 20);
    const backAttest = attest(b, link, [pay2], { by: karin, time: t + 90_000, after: [honest] });
    const aAttest = attest(a, link, [pay, pay2]);
    const peerEntries = [bHalf, added, honest, dropped, backRoster, backFork, pay, pay2, backAttest];
    const onA = await stateWith(a, b, peerEntries);
    const rosters = onA.links.get(id)?.rosters.peer ?? [];
    expect(rosters.map((step) => step.id)).toEqual([idOf(bHalf), idOf(added), idOf(dropped)]);
    expect(onA.foreignRejected.get(foreignKey(b.net, backRoster.id))?.reason).toBe('not-roster');
    expect(onA.foreignRejected.get(foreignKey(b.net, backFork.id))?.reason).toBe('not-roster');
    // Her attestation before the drop counts; the backdated one does not.
    expect(onA.links.get(id)?.attestations.peer).toEqual([idOf(honest)]);
    expect(onA.foreignRejected.get(foreignKey(b.net, backAttest.id))?.reason).toBe('not-roster');
    // B judges its own side the same way.
    const onB = await stateWith(b, a, [aHalf, aAttest]);
    expect(onB.links.get(id)?.rosters.own.map((step) => step.id)).toEqual(rosters.map((step) => step.id));
    expect(onB.links.get(id)?.attestations.own).toEqual([idOf(honest)]);
    expect(onB.members.get(keyOf(bob))?.balance).toBe(120 - 30);
  });
});
