// Newest posts first (docs/protocol.md §7, src/sync/newestPostsFrame.ts): a new device of a
// member asks its first peer for the newest posts, and shows them marked "still being checked"
// before any of the doc has arrived. Here the peer holds the doc back (its data channel drops
// every long message), so what the board shows can only have come from that one frame; once
// the doc may go, the new device syncs and nothing is left marked.

import { seededDevice } from '../../bench/seededDevice.ts';
import { startSite } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { quickHistory } from './quickHistory.ts';

test('a new device shows the newest posts from its first peer, being checked, before the doc arrives', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A site of its own: the history's genesis names its relay.
  const site = await startSite();
  try {
    const { fixture, update, newestId } = quickHistory(2031, site.port);

    // A device that has been there all year, whose data channels hold back every message
    // longer than 2 KiB (the doc) while `holdDoc` is set: its frames of newest posts (kind 2) go.
    const old = await seededDevice(browser, site, fixture, update, 3, true);
    await old.page.addInitScript(() => {
      const state = window as unknown as { holdDoc: boolean };
      state.holdDoc = true;
      const send = RTCDataChannel.prototype.send;
      const dropping = new WeakMap<RTCDataChannel, boolean>();
      RTCDataChannel.prototype.send = function (this: RTCDataChannel, data: never) {
        const frame = data as unknown as Uint8Array;
        if (frame instanceof Uint8Array && frame[0] !== 2) {
          // Decided at a message's first frame, kept to its last (kind 0).
          let drop = dropping.get(this);
          if (drop === undefined) drop = state.holdDoc && (frame[0] === 1 || frame.length > 2048);
          if (frame[0] === 1) dropping.set(this, drop);
          else dropping.delete(this);
          if (drop) return;
        }
        send.call(this, data);
      };
    });
    await old.page.goto(`${site.url}/`);
    await expect(old.page.locator(`[data-testid="post"][data-post-id="${newestId}"] a`)).toBeVisible({
      timeout: 120_000,
    });

    // The same member's new device: its identity and the network record, nothing else.
    const fresh = await seededDevice(browser, site, fixture, update, 3, false);
    await fresh.page.goto(`${site.url}/`);
    const card = fresh.page.locator(`[data-testid="post"][data-post-id="${newestId}"]`);
    await expect(card).toHaveAttribute('data-checking', 'true', { timeout: 120_000 });
    await expect(card).toContainText('Wordt nog gecontroleerd');
    await expect(card.locator('a'), 'a post being checked cannot be opened or answered').toHaveCount(0);
    expect(await fresh.page.locator('[data-testid="post"][data-checking="true"]').count()).toBeGreaterThanOrEqual(20);
    // Nothing of the doc arrived: the board has them from the frame alone.
    const marks = await fresh.page.evaluate(() => ({
      arrived: performance.getEntriesByName('buurtruil:arrived').length,
      newest: performance.getEntriesByName('buurtruil:newest-posts').length,
    }));
    expect(marks.arrived).toBe(0);
    expect(marks.newest).toBeGreaterThanOrEqual(1);

    // The doc may go now; the new device opens again, syncs, and has checked posts only.
    await old.page.evaluate(() => {
      (window as unknown as { holdDoc: boolean }).holdDoc = false;
    });
    await fresh.page.reload();
    await expect(fresh.page.locator(`[data-testid="post"][data-post-id="${newestId}"] a`)).toBeVisible({
      timeout: 120_000,
    });
    await expect(fresh.page.locator('[data-checking="true"]')).toHaveCount(0);
    await old.context.close();
    await fresh.context.close();
  } finally {
    await site.stop();
  }
});
