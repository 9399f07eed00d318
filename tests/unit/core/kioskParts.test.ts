// A card member's answer to a part of a group record, written at the kiosk (together §2):
// signed by the card's key with `via` naming the kiosk, it counts like a phone's answer. The
// kiosk itself answers nobody's part — not a card member's, not a member's with a phone — and
// a card member answers only his own part.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

/** Anna pays Bram an hour and Kees, a card member, an hour and a half; a kiosk is enrolled. */
function neighbourhood() {
  const network = new TestNetwork();
  const [anna, bram] = ['Anna', 'Bram'].map((name) => network.member(name)) as [Identity, Identity];
  const kiosk = network.member('Kiosk');
  network.grant(kiosk, 'kiosk');
  const kees = newIdentity();
  network.write(network.founder, 'enroll', {
    member: kees.signing.publicKey,
    boxKey: kees.box.publicKey,
    name: 'Kees',
    area: 'Oost',
    welcome: 60,
    opening: 0,
    consent: 'Uitgelegd.',
    epoch: 0,
    secret: null,
  });
  network.write(network.founder, 'card', {
    member: kees.signing.publicKey,
    share: { eph: new Uint8Array(32).fill(9), keys: [], box: new Uint8Array(16) },
  });
  const record = network.write(anna, 'group-hours', {
    parts: [
      { payer: anna.signing.publicKey, receiver: bram.signing.publicKey, minutes: 60 },
      { payer: anna.signing.publicKey, receiver: kees.signing.publicKey, minutes: 90 },
    ],
    what: 'Stoelen gezet',
    post: null,
  });
  const start = (state: NetworkState, who: Identity) => state.members.get(keyOf(who))?.balance ?? Number.NaN;
  return { network, anna, bram, kees, kiosk, record, start };
}

function answerAt(network: TestNetwork, by: Identity, kiosk: Identity, record: SignedEntry, part: number) {
  return network.write(by, 'part-answer', { record: record.id, part, agree: true }, { via: kiosk.signing.publicKey });
}

const reason = (state: NetworkState, entry: SignedEntry) => state.rejected.get(idOf(entry))?.reason;

describe('a part answered at the kiosk', () => {
  it("a card member's yes, signed by his card via the kiosk, moves his part", async () => {
    const { network, anna, bram, kees, kiosk, record, start } = neighbourhood();
    const before = await network.state();
    const balances = [anna, bram, kees].map((who) => start(before, who));
    const yes = answerAt(network, kees, kiosk, record, 1);
    const state = await network.state();
    expect(state.applied.has(idOf(yes))).toBe(true);
    expect([anna, bram, kees].map((who) => start(state, who))).toEqual([
      (balances[0] ?? 0) - 90,
      balances[1],
      (balances[2] ?? 0) + 90,
    ]);
  });

  it('the kiosk answers nobody’s part: not a card member’s, not a member’s with a phone', async () => {
    const { network, anna, bram, kees, kiosk, record, start } = neighbourhood();
    const before = await network.state();
    const balances = [anna, bram, kees].map((who) => start(before, who));
    const forKees = network.write(kiosk, 'part-answer', { record: record.id, part: 1, agree: true });
    const forBram = network.write(kiosk, 'part-answer', { record: record.id, part: 0, agree: true });
    const state = await network.state();
    expect(reason(state, forKees)).toBe('not-party');
    expect(reason(state, forBram)).toBe('not-party');
    expect([anna, bram, kees].map((who) => start(state, who))).toEqual(balances);
  });

  it('a card member at the kiosk answers only his own part; a key of no member answers nothing', async () => {
    const { network, anna, bram, kees, kiosk, record, start } = neighbourhood();
    const before = await network.state();
    const balances = [anna, bram, kees].map((who) => start(before, who));
    const bramsPart = answerAt(network, kees, kiosk, record, 0);
    const stranger = newIdentity();
    const byStranger = answerAt(network, stranger, kiosk, record, 1);
    const state = await network.state();
    expect(reason(state, bramsPart)).toBe('not-party');
    expect(reason(state, byStranger)).toBe('not-member');
    expect([anna, bram, kees].map((who) => start(state, who))).toEqual(balances);
  });
});
