// Time moved on without waiting for it: a scenario whose next step needs a moment to have
// passed (an activity's start, a plan's vote window ending) sets the clocks there instead.
import type { Page } from '@playwright/test';

/**
 * Moves the clock of each page's profile to `at` (never back) and reloads the page, which
 * then opens on that clock. The reload is needed: the page's ledger keeps the `Date.now` it
 * found on loading, and dates its entries and judges claimed times by it, so a clock faked
 * under a loaded page would move its screens and leave its entries behind. Time runs on from
 * `at` (setSystemTime, not setFixedTime: the sync code measures its waits with Date.now).
 * Give every page that writes after the move: claimed times then agree across the profiles,
 * and the others see those entries at most minutes ahead of their own clock (docs/protocol.md
 * §4.2 lets them through up to 10 minutes).
 */
export async function moveClocksTo(pages: Page[], at: number): Promise<void> {
  const to = Math.max(at, Date.now());
  await Promise.all(
    pages.map(async (page) => {
      await page.clock.setSystemTime(to);
      await page.reload();
    }),
  );
}
