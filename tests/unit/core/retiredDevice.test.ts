// A member retiring one of their own devices chooses its cut, so the cut must not take back
// what that device paid others: Mark pays Xandra a day's help from his phone, for the hours
// Xandra proposed, then retires the phone from his laptop with a cut before the payment.
// Xandra keeps the day. A thief on the retired phone pays nobody on its own (a payment
// stands past the cut only when its receiver wrote the proposal it pays), and a
// coordinator's move or suspension is the last word: after it, nothing of the old phone
// counts.
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

  it('lets a thief on the retired phone pay nobody: a payment nobody else signed does not count', async () => {
    const { network, mark, xandra, laptop, early } = markWithLaptop();
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: [early.id] });
    // The thief pays an accomplice straight, and for a proposal the phone wrote itself.
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
    const state = await network.state();
    expect(state.rejected.get(idOf(straight))?.reason).toBe('suspended');
    expect(state.rejected.has(idOf(paysOwn))).toBe(true);
    expect(state.members.get(keyOf(mark))?.balance).toBe(welcome - day);
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
