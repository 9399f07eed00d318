// Moving house across a link (docs/protocol-links.md §5): the minutes move only when the
// member's consent, the old network's move-out and the new one's move-in are all there,
// each attested by the network that wrote it; the clearing accounts mirror.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, idOfLink, stateWith, sumOfAccounts, writeLink } from './LinkedNetworks.ts';

function moving() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const aHalf = writeLink(a, b);
  const bHalf = writeLink(b, a);
  const link = idOfLink(a, b);
  const ans = a.member('Ans');
  const away = a.write(ans, 'move-away', { link, name: 'Ans', boxKey: ans.box.publicKey });
  const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 100, cut: a.head(ans) });
  const moveIn = b.write(b.founder, 'move-in', {
    link,
    record: out.id,
    member: ans.signing.publicKey,
    boxKey: ans.box.publicKey,
    name: 'Ans',
    area: 'Transvaal',
    epoch: 0,
    secret: null,
  });
  return { a, b, aHalf, bHalf, link, ans, away, out, moveIn, id: toBase64Url(link) };
}

describe('moving house', () => {
  it('moves the balance when all three are there and attested, and both networks still sum to zero', async () => {
    const { a, b, aHalf, bHalf, link, ans, away, out, moveIn, id } = moving();
    const a1 = attest(a, link, [away, out]);
    const b1 = attest(b, link, [moveIn]);
    const stateA = await stateWith(a, b, [bHalf, moveIn, b1]);
    const stateB = await stateWith(b, a, [aHalf, away, out, a1]);
    expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(stateB.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 100);
    expect(stateB.members.get(keyOf(ans))?.balance).toBe(100);
    expect(stateA.clearing.get(b.netId)).toBe(100);
    expect(stateB.clearing.get(a.netId)).toBe(-100);
    expect(sumOfAccounts(stateA)).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
  });

  it("the old network stops the moved member's devices after the cut: what they write later does not count there", async () => {
    const { a, b, bHalf, link, ans, away, out, moveIn } = moving();
    const olga = a.member('Olga');
    const later = a.transfer(ans, olga, 15);
    attest(a, link, [away, out]);
    const b1 = attest(b, link, [moveIn]);
    const stateA = await stateWith(a, b, [bHalf, moveIn, b1]);
    expect(stateA.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(stateA.rejected.get(idOf(later))?.reason).toBe('suspended');
    expect(stateA.members.get(keyOf(olga))?.balance).toBe(120);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 100);
    expect(sumOfAccounts(stateA)).toBe(0);
    // Before the move is complete, the member writes on as before.
    const waiting = await stateWith(a, b, [bHalf, moveIn]);
    expect(waiting.members.get(keyOf(ans))?.status).toBe('admitted');
    expect(waiting.members.get(keyOf(olga))?.balance).toBe(135);
  });

  it('moves nothing while a part is missing or unattested; the new member is there from the move-in on', async () => {
    const { a, b, aHalf, bHalf, link, ans, away, out, moveIn, id } = moving();
    const a1 = attest(a, link, [out]); // the consent is not attested
    const b1 = attest(b, link, [moveIn]);
    const stateA = await stateWith(a, b, [bHalf, moveIn, b1]);
    expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(false);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120);
    const stateB = await stateWith(b, a, [aHalf, away, out, a1]);
    expect(stateB.members.get(keyOf(ans))?.status).toBe('admitted');
    expect(stateB.members.get(keyOf(ans))?.balance).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
  });

  it('a move-in naming another move-out does not fit (bad-ref), and a move-out needs a member', async () => {
    const { a, b, bHalf, link, away, out } = moving();
    const stranger = new TestNetwork().founder;
    const wrong = b.write(b.founder, 'move-in', {
      link,
      record: away.id,
      member: stranger.signing.publicKey,
      boxKey: stranger.box.publicKey,
      name: 'X',
      area: '',
      epoch: 0,
      secret: null,
    });
    const b1 = attest(b, link, [wrong]);
    const stateA = await stateWith(a, b, [bHalf, wrong, b1]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, wrong.id))?.reason).toBe('bad-ref');
    const nobody = a.write(a.founder, 'move-out', { link, member: stranger.signing.publicKey, minutes: 5, cut: [] });
    expect((await a.state()).rejected.get(idOf(nobody))?.reason).toBe('unknown-member');
    expect(out).toBeDefined();
  });
});

describe('moving house from a second device', () => {
  /** Ans asks from her laptop: the move-out names the laptop's key, the move-in makes it her key in B. */
  function fromLaptop(moveInBoxKey?: Uint8Array) {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const aHalf = writeLink(a, b);
    const bHalf = writeLink(b, a);
    const link = idOfLink(a, b);
    const ans = a.member('Ans');
    const laptop = newIdentity();
    a.addDevice(ans, laptop);
    const away = a.write(laptop, 'move-away', { link, name: 'Ans', boxKey: laptop.box.publicKey });
    const out = a.write(a.founder, 'move-out', {
      link,
      member: laptop.signing.publicKey,
      minutes: 100,
      cut: [...a.head(ans), ...a.head(laptop)],
    });
    const moveIn = b.write(b.founder, 'move-in', {
      link,
      record: out.id,
      member: laptop.signing.publicKey,
      boxKey: moveInBoxKey ?? laptop.box.publicKey,
      name: 'Ans',
      area: '',
      epoch: 0,
      secret: null,
    });
    const a1 = attest(a, link, [away, out]);
    const b1 = attest(b, link, [moveIn]);
    return { a, b, aHalf, bHalf, ans, laptop, away, out, moveIn, a1, b1, id: toBase64Url(link) };
  }

  it('the old network resolves the key that asked to the member; the new one knows the member by that key', async () => {
    const { a, b, aHalf, bHalf, ans, laptop, away, out, moveIn, a1, b1, id } = fromLaptop();
    const stateA = await stateWith(a, b, [bHalf, moveIn, b1]);
    const stateB = await stateWith(b, a, [aHalf, away, out, a1]);
    expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(stateA.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 100);
    expect(stateB.links.get(id)?.moves.get(keyOf(laptop))?.complete).toBe(true);
    expect(stateB.members.get(keyOf(laptop))?.balance).toBe(100);
    expect(sumOfAccounts(stateA)).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
  });

  it("a move-in whose box key is not the consent's completes on neither side (bad-ref)", async () => {
    const other = newIdentity();
    const { a, b, aHalf, bHalf, ans, laptop, away, out, moveIn, a1, b1, id } = fromLaptop(other.box.publicKey);
    const stateA = await stateWith(a, b, [bHalf, moveIn, b1]);
    const stateB = await stateWith(b, a, [aHalf, away, out, a1]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, moveIn.id))?.reason).toBe('bad-ref');
    expect(stateB.foreignRejected.get(foreignKey(a.net, away.id))?.reason).toBe('bad-ref');
    expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(false);
    expect(stateB.links.get(id)?.moves.get(keyOf(laptop))?.complete).toBe(false);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120);
    expect(stateB.members.get(keyOf(laptop))?.balance).toBe(0);
  });

  it('a move-out naming a device of someone who is not a member, or a stranger, is refused (unknown-member)', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    writeLink(a, b);
    writeLink(b, a);
    const link = idOfLink(a, b);
    const { identity: newcomer } = a.join('Nina');
    const pending = a.write(a.founder, 'move-out', { link, member: newcomer.signing.publicKey, minutes: 5, cut: [] });
    expect((await a.state()).rejected.get(idOf(pending))?.reason).toBe('unknown-member');
  });
});
