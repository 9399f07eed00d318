// A worker answers each verdict with the entry as it read it, so the page does not decode a
// year's entries a second time (figure 1b), but without the bytes the page already holds:
// across structured cloning (postMessage), the page ends with exactly what it would read.
import { describe, expect, it } from 'vitest';
import { verdictsToSend, verifyInThread, withBytes } from '../../../src/core/entry/EntryVerifier.ts';
import { TestNetwork } from './TestNetwork.ts';

function network(): TestNetwork {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  network.grant(bram);
  network.post(anna, { title: 'Ladder te leen' });
  network.transfer(bram, anna, 45);
  network.suspend(anna, bram);
  return network;
}

describe('verdicts a worker sends back', () => {
  it('carry each entry as read, without its bytes, and the page puts the bytes back', async () => {
    const net = network();
    const batch: [string, unknown][] = [...net.records(), ['not-an-id', new Uint8Array([1, 2, 3])], ['x', 'no bytes']];
    const inPage = await verifyInThread.check(net.net, batch);
    const sent = structuredClone(verdictsToSend(inPage));
    // The entries' bytes stay on the page: the answer is about their size less.
    for (const verdict of sent) if (verdict.ok) expect(verdict.read?.bytes).toHaveLength(0);
    expect(withBytes(sent, batch)).toEqual(inPage);
    expect(inPage.filter((verdict) => verdict.ok)).toHaveLength(net.entries.length);
  });

  it('a read entry whose batch item is not bytes is left to the page to read again (and refuse)', async () => {
    const net = network();
    const batch = net.records();
    const sent = structuredClone(verdictsToSend(await verifyInThread.check(net.net, batch)));
    const swapped: [string, unknown][] = batch.map(([id], i) => [id, i === 0 ? 'not bytes' : batch[i]?.[1]]);
    const back = withBytes(sent, swapped);
    expect(back[0]).toEqual({ ok: true });
    expect(back[1]?.ok && back[1].read?.bytes).toBe(batch[1]?.[1]);
  });
});
