// A year's rows are made in steps so a page can give itself turns between them (figure
// 1b: one task of a few hundred ms otherwise): the steps make exactly the rows of tableRows.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { tableRows, tableRowsInSteps } from '../../../../src/data/store/tableRows.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

describe('tableRowsInSteps', () => {
  it('yields every few dozen rows and ends with exactly the rows of tableRows', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    for (let i = 0; i < 150; i++) {
      network.post(anna, { title: `Hulp ${i}` });
      network.transfer(bram, anna, 15);
    }
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await ledger.add(network.records());
    const readers = new Set([keyOf(anna)]);
    const steps = tableRowsInSteps(ledger.state, ledger.rejections(), readers);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 3 members, 150 posts, 150 transfers: a yield every 64 rows made or passed over.
    expect(yields).toBeGreaterThanOrEqual(4);
    expect(step.value).toEqual(tableRows(ledger.state, ledger.rejections(), readers));
    expect(step.value.posts).toHaveLength(150);
    expect(step.value.transfers).toHaveLength(150);
  });
});
