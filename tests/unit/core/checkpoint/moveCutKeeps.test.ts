// A move whose move-out is below a checkpoint and that completes after it (docs/protocol-links.md
// §5, §8): a payment the member wrote after the checkpoint, and that our archive attested
// before it saw the move-out, counts on a phone that starts from the checkpoint as on a device
// that derives everything, and in the peer: the cut keeps what our side attested there too.
import { describe, expect, it } from 'vitest';
import { readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import type { ForeignEntry } from '../../../../src/core/links/LinkState.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { stepsOf } from '../../../../src/core/state/steps.ts';
import { attest, crossPay, idOfLink, linkIdText, sumOfAccounts, writeLink } from '../links/LinkedNetworks.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';

function foreignOf(from: TestNetwork, entries: readonly SignedEntry[]): ForeignEntry[] {
  return entries.map((e) => ({ key: foreignKey(from.net, e.id), peer: from.netId, idText: idOf(e), entry: e.entry }));
}

describe('a move completed after a checkpoint', () => {
  it('keeps the payment our side attested after the checkpoint, on a phone as in full and in the peer', () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const together = (gap = 0) => {
      const now = Math.max(a.clock, b.clock) + gap;
      a.clock = now;
      b.clock = now;
      return now;
    };
    const ans = a.member('Ans');
    const olga = a.member('Olga');
    const bob = b.member('Bob');
    together();
    const link = idOfLink(a, b);
    const id = linkIdText(a, b);
    writeLink(a, b);
    writeLink(b, a);
    const away = a.write(ans, 'move-away', { link, name: 'Ans', boxKey: ans.box.publicKey });
    const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 120, cut: a.head(ans) });
    const until = together(1000);
    together(60_000);
    // After the checkpoint: Ans, not knowing yet, pays Bob; A's archive attests it with the
    // consent, before it sees the move-out; then the move-out. Ans then writes on.
    const pay = crossPay(a, ans, link, bob, 100);
    const late = a.transfer(ans, olga, 15);
    const a1 = attest(a, link, [away, pay]);
    attest(a, link, [out], { after: [a1] });
    const moveIn = b.write(b.founder, 'move-in', {
      ...{ link, record: out.id, member: ans.signing.publicKey, boxKey: ans.box.publicKey },
      ...{ name: 'Ans', area: '', epoch: 0, secret: null },
    });
    attest(b, link, [pay, moveIn]);
    const now = together(1000);

    const foreign = foreignOf(b, b.entries);
    const all = verified(a.entries);
    const built = checkpointSummary(a.netId, { part: 1, after: null, until }, all, undefined, foreign);
    const summary = readSummary(built.summary);
    const sections = summary && readPages(summary, built.pages);
    if (!sections) throw new Error('pages do not read back');
    const listed = new Set(sections.carried.map((record) => record.key));
    const carried = all.filter((item) => listed.has(item.idText));
    const later = all.filter((item) => !built.frontier.has(item.idText));
    const start = stateFromCheckpoint(a.netId, sections, carried);
    if (!start) throw new Error('no carried genesis');
    const phone = deriveState(a.netId, [...carried, ...later], now, { start: () => stepsOf(start), foreign });
    const full = deriveState(a.netId, all, now, { foreign });
    const stateB = deriveState(b.netId, verified(b.entries), now, { foreign: foreignOf(a, a.entries) });

    for (const state of [phone, full]) {
      expect(state.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
      expect(state.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
      expect(state.rejected.get(idOf(late))?.reason).toBe('suspended');
      expect(state.members.get(keyOf(ans))?.balance).toBe(120 - 100 - 120);
      expect(state.clearing.get(b.netId)).toBe(220);
      expect(sumOfAccounts(state)).toBe(0);
    }
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 100);
    expect(stateB.clearing.get(a.netId)).toBe(-220);
  });
});
