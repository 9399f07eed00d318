// A new device of a member (its identity and the network record, no data) joins a network
// with history over the local relay: its board shows the newest posts first marked "still
// being checked" (docs/protocol.md §3.5), not to be opened or answered, and then as checked
// posts; its balance appears once it is verified, and is the one its other device shows.
// The history reaches it deflated, as it asked.

import { seededDevice } from '../../bench/seededDevice.ts';
import { startSite } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { quickHistory } from './quickHistory.ts';

test('a new device of a member shows the newest posts while they are checked, and the balance only once verified', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A site of its own: the history's genesis names its relay, and devices that know the
  // genesis use only the relays it names.
  const site = await startSite();
  try {
    const { fixture, update, newestId } = quickHistory(2027, site.port);

    // A device that has been there all year: the whole history in its storage.
    const old = await seededDevice(browser, site, fixture, update, 3, true);
    await old.page.goto(`${site.url}/`);
    await expect(old.page.locator(`[data-testid="post"][data-post-id="${newestId}"] a`)).toBeVisible({
      timeout: 120_000,
    });
    await old.page.getByRole('link', { name: 'Mijn uren' }).click();
    const balance = (await old.page.getByTestId('balance').textContent({ timeout: 60_000 })) ?? '';

    // The same member's new device: only its identity and the network record.
    const fresh = await seededDevice(browser, site, fixture, update, 3, false);
    // What the board showed while the history was being checked, as it happened.
    await fresh.page.addInitScript(() => {
      const seen: { id: string; text: string; links: number }[] = [];
      (window as unknown as { beingChecked: typeof seen }).beingChecked = seen;
      new MutationObserver(() => {
        for (const card of document.querySelectorAll<HTMLElement>('[data-testid="post"][data-checking="true"]')) {
          if (seen.some((one) => one.id === card.dataset.postId)) continue;
          seen.push({
            id: card.dataset.postId ?? '',
            text: card.textContent ?? '',
            links: card.querySelectorAll('a').length,
          });
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await fresh.page.goto(`${site.url}/`);
    // Then checked: the newest post with its link, and nothing left marked.
    await expect(fresh.page.locator(`[data-testid="post"][data-post-id="${newestId}"] a`)).toBeVisible({
      timeout: 120_000,
    });
    await expect(fresh.page.locator('[data-checking="true"]')).toHaveCount(0);
    const early = await fresh.page.evaluate(
      () => (window as unknown as { beingChecked: { id: string; text: string; links: number }[] }).beingChecked,
    );
    expect(early.map((card) => card.id)).toContain(newestId);
    for (const card of early) {
      expect(card.text).toContain('Wordt nog gecontroleerd');
      expect(card.links, 'a post being checked cannot be opened or answered').toBe(0);
    }
    await fresh.page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(fresh.page.getByTestId('balance')).toHaveText(balance, { timeout: 60_000 });
    // The history came deflated (docs/protocol.md §7, "Deflated messages"): the new device asked so.
    const inflated = await fresh.page.evaluate(() =>
      performance
        .getEntriesByName('buurtruil:inflated')
        .map((mark) => (mark as PerformanceMark).detail.bytes as number),
    );
    expect(inflated.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(64 * 1024);
    await old.context.close();
    await fresh.context.close();
  } finally {
    await site.stop();
  }
});
