// A member retiring one of their own devices chooses its cut, so the cut must not take back
// what that device paid others: Mark pays Xandra a day's help from his phone, for the hours
// Xandra proposed, then retires the phone from his laptop with a cut before the payment.
// Xandra keeps the day, and so does anyone the phone paid straight or for a proposal it
// wrote. So a thief on the retired phone can pay from Mark's balance until a coordinator
// moves or suspends Mark (nothing in a payment tells the thief's from Mark's own); the
// coordinator's act is the last word: after it, nothing of the old phone counts.
import { describe, expect, it } from 'vitest';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

const day = 24 * 60;
const welcome = 120;

async function balanceOf(network: TestNetwork, who: Identity): Promise<number | undefined> {
  return (await network.state()).members.get(keyOf(who))?.balance;
}

function markWithLaptop() {
  const network = new TestNetwork();
  const mark = network.member('Mark');
  const xandra = network.member('Xandra');
  const laptop = newIdentity();
  network.write(mark, 'device-add', { device: laptop.signing.publicKey, boxKey: laptop.box.publicKey, label: '' });
  const early = network.post(mark);
  const proposal = network.write(xandra, 'hours-proposal', {
    payer: mark.signing.publicKey,
    receiver: xandra.signing.publicKey,
    minutes: day,
    what: 'Verhuizen',
    post: null,
  });
  const payment = network.write(mark, 'transfer', {
    to: xandra.signing.publicKey,
    minutes: day,
    what: 'Verhuizen',
    post: null,
    proposal: proposal.id,
  });
  return { network, mark, xandra, laptop, early, payment };
}

describe('a device retired by its own member', () => {
  it('keeps what it paid others, whatever cut the member names', async () => {
    const { network, mark, xandra, laptop, early } = markWithLaptop();
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: [early.id] });
    expect(await balanceOf(network, xandra)).toBe(welcome + day);
    expect(await balanceOf(network, mark)).toBe(welcome - day);
  });

  it('keeps a direct transfer it made, whatever cut the member names', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const xandra = network.member('Xandra');
    const laptop = newIdentity();
    network.addDevice(mark, laptop);
    const before = network.head(mark);
    // Mark pays Xandra 5 h straight from his phone, then retires the phone with a cut from before it.
    const paid = network.transfer(mark, xandra, 5 * 60);
    const retire = network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: before });
    const state = await network.state();
    expect(state.rejected.get(idOf(retire))).toBeUndefined();
    expect(state.rejected.get(idOf(paid))).toBeUndefined();
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + 5 * 60);
    expect(state.members.get(keyOf(mark))?.balance).toBe(welcome - 5 * 60);
  });

  it('keeps a payment of a proposal the payer wrote, and a donation to the pot', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const xandra = network.member('Xandra');
    const laptop = newIdentity();
    network.addDevice(mark, laptop);
    const before = network.head(mark);
    const own = network.write(mark, 'hours-proposal', {
      payer: mark.signing.publicKey,
      receiver: xandra.signing.publicKey,
      minutes: 90,
      what: 'Ramen gelapt',
      post: null,
    });
    network.write(xandra, 'hours-confirm', { proposal: own.id });
    network.write(mark, 'transfer', {
      to: xandra.signing.publicKey,
      minutes: 90,
      what: 'Ramen gelapt',
      post: null,
      proposal: own.id,
    });
    network.write(mark, 'pot-donate', { minutes: 30 });
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: before });
    const state = await network.state();
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + 90);
    expect(state.members.get(keyOf(mark))?.balance).toBe(welcome - 90 - 30);
  });

  it("lets a thief on the retired phone pay only until a coordinator's move: the retirement cannot tell its payments from the member's own", async () => {
    const { network, mark, xandra, laptop, early } = markWithLaptop();
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: [early.id] });
    // The thief pays an accomplice straight, and for a proposal the phone wrote itself: these
    // are, entry for entry, what Mark himself could have paid before retiring the phone with
    // this cut, which must stand (the tests above). They count until a coordinator acts.
    const straight = network.transfer(mark, xandra, 600);
    const own = network.write(mark, 'hours-proposal', {
      payer: mark.signing.publicKey,
      receiver: xandra.signing.publicKey,
      minutes: 600,
      what: 'Niets',
      post: null,
    });
    const paysOwn = network.write(mark, 'transfer', {
      to: xandra.signing.publicKey,
      minutes: 600,
      what: 'Niets',
      post: null,
      proposal: own.id,
    });
    const fresh = newIdentity();
    network.write(network.founder, 'move-member', {
      member: mark.signing.publicKey,
      device: fresh.signing.publicKey,
      boxKey: fresh.box.publicKey,
      cut: [...network.head(laptop), ...network.head(mark)],
      reason: 'telefoon gestolen',
    });
    const afterMove = network.transfer(mark, xandra, 600);
    const state = await network.state();
    expect(state.rejected.get(idOf(straight))).toBeUndefined();
    expect(state.rejected.get(idOf(paysOwn))).toBeUndefined();
    expect(state.rejected.get(idOf(afterMove))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(mark))?.balance).toBe(welcome - day - 1200);
  });

  it('counts nothing else past the cut: a post written after the cut is refused', async () => {
    const { network, mark, laptop, early } = markWithLaptop();
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: [early.id] });
    const late = network.post(mark, { title: 'Na het afmelden' });
    const state = await network.state();
    expect(state.posts.has(idOf(late))).toBe(false);
    expect(state.rejected.get(idOf(late))?.reason).toBe('suspended');
  });

  it('after a coordinator moves the member, the old phone pays nobody any more', async () => {
    const { network, mark, xandra, laptop, early } = markWithLaptop();
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: [early.id] });
    const fresh = newIdentity();
    network.write(network.founder, 'move-member', {
      member: mark.signing.publicKey,
      device: fresh.signing.publicKey,
      boxKey: fresh.box.publicKey,
      // What the coordinator's device knows: the laptop's tip and the retired phone's.
      cut: [...network.head(laptop), ...network.head(mark)],
      reason: 'telefoon gestolen',
    });
    // The thief writes on from the old phone: a payment after the move does not count.
    const stolen = network.transfer(mark, xandra, 60);
    const after = await network.state();
    expect(after.rejected.get(idOf(stolen))?.reason).toBe('suspended');
    // Xandra kept the day paid before (the member's own cut did not take it, the move does not either).
    expect(after.members.get(keyOf(xandra))?.balance).toBe(welcome + day);
  });
});
