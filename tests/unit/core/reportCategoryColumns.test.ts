// Review of #19 (outside), a funder comparing reports: a count under 5 is shown as "< 5",
// zero too, so that a funder cannot tell none from a few. But the report's columns are the
// categories that had an exchange in some month (report.ts: "every category that had an
// exchange in any month"): the first exchange ever in a kind of help adds a column. Two
// reports a month apart then show that the month that just closed had 1 to 4 exchanges in
// it ("< 5" where the earlier report had no such column, so none before), e.g. the one
// neighbour who had a babysitter (oppassen) in February.
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../src/core/Identity.ts';
import { networkReport } from '../../../src/core/state/report.ts';
import { TestNetwork } from './TestNetwork.ts';

function pay(network: TestNetwork, payer: Identity, to: Identity, minutes: number, post: Uint8Array) {
  return network.write(payer, 'transfer', {
    to: to.signing.publicKey,
    minutes,
    what: 'Geholpen',
    post,
    proposal: null,
  });
}

describe('two reports a month apart', { timeout: 60_000 }, () => {
  it('have the same columns whether or not a kind of help had its first exchange in the month that closed between them', async () => {
    const network = new TestNetwork();
    const payers = ['Anna', 'Bram', 'Cor', 'Dirk', 'Eva', 'Fleur'].map((name) => network.member(name));
    const helper = network.member('Mo');
    const garden = network.post(helper, { kind: 'offer', category: 'tuin', title: 'Ik maai je gras' });
    for (const payer of payers) pay(network, payer, helper, 60, garden.id);
    // February: one evening of babysitting, the first ever.
    network.clock = Date.UTC(2026, 1, 12, 19);
    const sitter = network.post(helper, { kind: 'offer', category: 'oppassen', title: 'Ik pas op' });
    pay(network, payers[0] as Identity, helper, 180, sitter.id);

    const state = await network.state();
    const inFebruary = networkReport(state, Date.UTC(2026, 1, 20, 9));
    const inMarch = networkReport(state, Date.UTC(2026, 2, 20, 9));
    expect(inFebruary.months.map((m) => m.month)).toEqual(['2026-01']);
    expect(inMarch.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    const columns = (report: typeof inMarch) => report.months[0]?.categories.map((c) => c.category);
    // Correct: the same columns (e.g. every kind of help of the network). Now: 'oppassen' is new.
    expect(columns(inMarch)).toEqual(columns(inFebruary));
  });

  it('count a category that is not on the network\'s list under "other", without a column of its own', async () => {
    const network = new TestNetwork();
    const payers = ['Anna', 'Bram', 'Cor', 'Dirk', 'Eva', 'Fleur'].map((name) => network.member(name));
    const helper = network.member('Mo');
    const garden = network.post(helper, { kind: 'offer', category: 'tuin', title: 'Ik maai je gras' });
    for (const payer of payers) pay(network, payer, helper, 60, garden.id);
    // A post's category is free text in an entry: a member may write one no list has.
    const odd = network.post(helper, { kind: 'offer', category: 'tarot', title: 'Ik lees je kaarten' });
    pay(network, payers[1] as Identity, helper, 60, odd.id);

    const state = await network.state();
    const report = networkReport(state, Date.UTC(2026, 1, 20, 9));
    const columns = report.months[0]?.categories.map((c) => c.category);
    expect(columns).toEqual([...(state.network?.categories ?? []), 'other']);
    expect(columns).not.toContain('tarot');
  });
});
