// A link opens when both halves are there, the peer's signed by a key its own half names
// (docs/protocol-links.md §1); foreign entries are verified under the peer's net and kept
// only for the types of the links page and a link with that peer (§2).
import { describe, expect, it } from 'vitest';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { idOfLink, ledgerWith, linkIdText, stateWith, terms, writeLink } from './LinkedNetworks.ts';

function twoNetworks() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  return { a, b };
}

describe('making a link', () => {
  it('is open in a network when its own half counts and the peer half is there, signed by the roster it names', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    const bHalf = writeLink(b, a);
    const alone = await a.state();
    expect(alone.links.get(linkIdText(a, b))?.open).toBe(false);
    const state = await stateWith(a, b, [bHalf]);
    const link = state.links.get(linkIdText(a, b));
    expect(link?.open).toBe(true);
    expect(link?.peer).toBe(b.netId);
    expect(link?.peerLink).toBe(idOf(bHalf));
    expect(state.foreignApplied.has(foreignKey(b.net, bHalf.id))).toBe(true);
  });

  it('both sides compute the same link id, whichever wrote first', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    writeLink(b, a);
    const [stateA, stateB] = [await a.state(), await b.state()];
    expect([...stateA.links.keys()]).toEqual([linkIdText(a, b)]);
    expect([...stateB.links.keys()]).toEqual([linkIdText(b, a)]);
    expect(linkIdText(a, b)).toBe(linkIdText(b, a));
  });

  it('a forged acceptance: the peer half signed by a key not on the roster does nothing (not-roster)', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    // Someone of B who is not the coordinator A's coordinator met in person.
    const stranger = b.member('Onbekend');
    b.grant(stranger);
    const forged = writeLink(b, a, { by: stranger });
    const state = await stateWith(a, b, [forged]);
    expect(state.links.get(linkIdText(a, b))?.open).toBe(false);
    expect(state.foreignRejected.get(foreignKey(b.net, forged.id))?.reason).toBe('not-roster');
  });

  it('a peer half with other terms is another link: no-link here', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    const other = writeLink(b, a, { terms: { ...terms, limit: 1200 } });
    const state = await stateWith(a, b, [other]);
    expect(state.links.get(linkIdText(a, b))?.open).toBe(false);
    expect(state.foreignRejected.get(foreignKey(b.net, other.id))?.reason).toBe('no-link');
  });

  it('a link with oneself is refused', async () => {
    const { a } = twoNetworks();
    const self = writeLink(a, a);
    expect((await a.state()).rejected.get(idOf(self))?.reason).toBe('self');
  });

  it('only a coordinator writes a link', async () => {
    const { a, b } = twoNetworks();
    const member = a.member('Ans');
    const half = writeLink(a, b, { by: member });
    expect((await a.state()).rejected.get(idOf(half))?.reason).toBe('not-coordinator');
  });

  it('a second half of the same link is already decided', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    const again = writeLink(a, b);
    expect((await a.state()).rejected.get(idOf(again))?.reason).toBe('already-decided');
  });
});

describe('foreign entries', () => {
  it("a peer's entry never passes as our own network's entry", async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    const bHalf = writeLink(b, a);
    const ledger = await a.ledger();
    const result = await ledger.add([[idOf(bHalf), bHalf.bytes]]);
    expect(result.refused).toEqual([idOf(bHalf)]);
    expect(ledger.rejections().get(idOf(bHalf))?.reason).toBe('bad-signature');
    expect(ledger.state.links.get(linkIdText(a, b))?.open).toBe(false);
  });

  it('our own entry never passes as a foreign entry of the peer', async () => {
    const { a, b } = twoNetworks();
    writeLink(b, a);
    const aHalf = writeLink(a, b);
    // A's own half, put in B's foreign map as if it were... B's; and in A's own foreign map as B's.
    const ledger = await a.ledger();
    const result = await ledger.addForeign([[foreignKey(b.net, aHalf.id), aHalf.bytes]]);
    expect(result.refused).toHaveLength(1);
    expect(ledger.foreignRejections().get(foreignKey(b.net, aHalf.id))?.reason).toBe('bad-signature');
    // Under our own net, nothing is foreign.
    const own = await ledger.addForeign([[foreignKey(a.net, aHalf.id), aHalf.bytes]]);
    expect(ledger.foreignRejections().get(own.refused[0] as string)?.reason).toBe('wrong-network');
  });

  it('only the types of the links page cross (foreign-type)', async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    writeLink(b, a);
    const bob = b.member('Bob');
    const transfer = b.transfer(bob, b.founder, 30);
    const ledger = await ledgerWith(a, b, [transfer]);
    expect(ledger.foreignRejections().get(foreignKey(b.net, transfer.id))?.reason).toBe('foreign-type');
    expect(ledger.state.transfers.size).toBe(0);
  });

  it('a foreign entry of a network we have no link with is kept aside (no-link)', async () => {
    const { a, b } = twoNetworks();
    const c = new TestNetwork({ name: 'Dapperbuurt' });
    writeLink(a, b);
    const cHalf = writeLink(c, a);
    const state = await stateWith(a, c, [cHalf]);
    expect(state.foreignRejected.get(foreignKey(c.net, cHalf.id))?.reason).toBe('no-link');
    expect(state.links.get(linkIdText(a, b))?.open).toBe(false);
  });

  it('hostile foreign keys are refused, never thrown on', async () => {
    const { a } = twoNetworks();
    const ledger = await a.ledger();
    const result = await ledger.addForeign([
      ['nonsense', new Uint8Array(200)],
      [`${toBase64Url(newIdentity().signing.publicKey)}.x`, new Uint8Array(10)],
      [foreignKey(new Uint8Array(20), new Uint8Array(20)), 'not bytes'],
    ]);
    expect(result.refused).toHaveLength(3);
    expect(result.accepted).toHaveLength(0);
  });
});

describe('rosters', () => {
  it("a peer's link-roster replaces its roster when a coordinator's key on the current one signed it", async () => {
    const { a, b } = twoNetworks();
    writeLink(a, b);
    const bHalf = writeLink(b, a);
    // A second coordinator, whose laptop is not on the roster yet.
    const kiosk = b.member('Karin');
    b.grant(kiosk);
    const secret = seal(new Uint8Array(32), [kiosk.box.publicKey], new Uint8Array(0));
    const step = (by: typeof kiosk, prev: Uint8Array, keys: (typeof kiosk)[]) =>
      b.write(by, 'link-roster', {
        link: idOfLink(a, b),
        roster: keys.map((key) => key.signing.publicKey),
        coordinators: keys.length,
        prev,
        after: [],
        secret,
      });
    // Before it is on the roster, its own roster does not count.
    const early = step(kiosk, bHalf.id, [kiosk]);
    const roster = step(b.founder, bHalf.id, [b.founder, kiosk]);
    const later = step(kiosk, roster.id, [kiosk]);
    const state = await stateWith(a, b, [bHalf, early, roster, later]);
    const rosters = state.links.get(linkIdText(a, b))?.rosters.peer ?? [];
    const founder = toBase64Url(b.founder.signing.publicKey);
    const kioskKey = toBase64Url(kiosk.signing.publicKey);
    expect(rosters.map((step) => [...step.keys].sort())).toEqual([[founder], [founder, kioskKey].sort(), [kioskKey]]);
    expect(state.foreignRejected.get(foreignKey(b.net, early.id))?.reason).toBe('not-roster');
    expect(state.foreignApplied.has(foreignKey(b.net, roster.id))).toBe(true);
    expect(state.foreignApplied.has(foreignKey(b.net, later.id))).toBe(true);
    // B judges its own rosters by the same rule, so both sides agree.
    const own = await stateWith(b, a, [writeLink(a, b)]);
    expect(own.rejected.get(idOf(early))?.reason).toBe('not-roster');
    expect(own.links.get(linkIdText(a, b))?.rosters.own.map((step) => [...step.keys].sort())).toEqual(
      rosters.map((step) => [...step.keys].sort()),
    );
  });
});
