// A `link-end` whose `last` leaves out what its side had attested undoes nothing: the side's
// attestations dated at or before the end count on both sides all the same (protocol-links.md §6).
import { describe, expect, it } from 'vitest';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, linkIdText, stateWith, writeLink } from './LinkedNetworks.ts';

function linked() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const aHalf = writeLink(a, b);
  const bHalf = writeLink(b, a);
  return { a, b, aHalf, bHalf, ans: a.member('Ans'), bob: b.member('Bob'), link: idOfLink(a, b), id: linkIdText(a, b) };
}

describe('link-end with a last that leaves out what was attested', () => {
  it('an end with last [] after a counted payment keeps the payment on both sides', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const a1 = attest(a, link, [pay]);
    const b1 = attest(b, link, [pay]);
    b.tick();
    const end = b.write(b.founder, 'link-end', { link, last: [], reason: 'weg ermee' });
    const stateA = await stateWith(a, b, [bHalf, b1, end]);
    const stateB = await stateWith(b, a, [aHalf, pay, a1]);
    expect(stateA.links.get(id)?.ended.peer?.id).toBe(idOf(end));
    expect(stateB.links.get(id)?.ended.own?.id).toBe(idOf(end));
    expect(stateA.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
    expect(stateB.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(30);
  });

  it('an attestation written after the end, outside its last, still does not count', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const a1 = attest(a, link, [pay]);
    const end = b.write(b.founder, 'link-end', { link, last: [], reason: 'klaar' });
    b.tick();
    const late = attest(b, link, [pay]);
    const stateA = await stateWith(a, b, [bHalf, end, late]);
    const stateB = await stateWith(b, a, [aHalf, pay, a1]);
    expect(stateA.links.get(id)?.records.get(idOf(pay))?.counted).toBe(false);
    expect(stateB.links.get(id)?.records.get(idOf(pay))?.counted).toBe(false);
  });
});
