// A new phone on a neighbourhood of four years (issue 20, docs/protocol.md §4.8 and §7.1): the
// neighbours' devices hold four years of history and the checkpoint of the latest quarter; a
// member's new device, handed that checkpoint at pairing, keeps only the part of the history
// after it and still shows every balance the whole four years give (derived in Node here,
// beside the browser), and its own hours as its other device does. Four years of a quick
// neighbourhood, not of the busy one: the benches measure the busy one's times.

import type { Page } from '@playwright/test';
import { checkpointFixture } from '../../bench/checkpointedFixture.ts';
import { seededDevice } from '../../bench/seededDevice.ts';
import { memberBalances } from '../../bench/viewBalances.ts';
import { quickYear } from '../../bench/yearFixture.ts';
import { toBase64Url } from '../../src/core/encoding/base64url.ts';
import { startSite } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { quickHistory } from './quickHistory.ts';
import { storedEntryIds, storedRecord } from './toolkit.ts';

const fourYears = {
  members: quickYear.members,
  posts: quickYear.posts * 4,
  transfers: quickYear.transfers * 4,
  messages: quickYear.messages * 4,
  span: 4,
};

test('a new phone on a neighbourhood of four years starts from its checkpoint, keeps only the part after it, and shows every balance the four years give', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A site of its own: the history's genesis names its relay.
  const site = await startSite();
  try {
    const { fixture } = quickHistory(2028, site.port, fourYears);
    const { now, records, summaryText, partCount, wholeUpdate, wholeBalances } = await checkpointFixture(
      fixture,
      () => {},
    );
    const me = toBase64Url(fixture.members[3]?.signing.publicKey ?? new Uint8Array());

    // The member's device that has been there all four years: the whole history, checked.
    const old = await seededDevice(browser, site, fixture, wholeUpdate, 3, true, 'member', {}, now);
    await old.page.goto(`${site.url}/`);
    await expect
      .poll(async () => (await storedRecord(old.page)).checkpoint ?? null, { timeout: 120_000 })
      .toBe(summaryText);
    await old.page.getByRole('link', { name: 'Mijn uren' }).click();
    const balance = old.page.getByTestId('balance');
    await expect(balance).not.toBeEmpty({ timeout: 60_000 });
    const shown = (await balance.textContent()) ?? '';

    // Her new phone, handed the checkpoint with the network at pairing: no history at all.
    const phone = await seededDevice(
      browser,
      site,
      fixture,
      wholeUpdate,
      3,
      false,
      'member',
      {
        checkpoint: summaryText,
      },
      now,
    );
    await phone.page.goto(`${site.url}/`);
    // Every member's balance is the whole history's, though the phone never held most of it.
    await expect
      .poll(
        async () => {
          const have = await memberBalances(phone.page, fixture.networkId);
          return [...wholeBalances].filter(([key, hours]) => have.get(key) !== hours).length;
        },
        { timeout: 120_000, message: 'members whose balance on the new phone is not the whole history’s' },
      )
      .toBe(0);
    expect(wholeBalances.get(me)).toBeDefined();
    await phone.page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(phone.page.getByTestId('balance')).toHaveText(shown, { timeout: 60_000 });
    // It keeps the part after the checkpoint, not four years: and says where her older hours are.
    const kept = await storedEntryIds(phone.page);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(partCount);
    expect(partCount).toBeLessThan(records.length / 4);
    await expect(phone.page.getByTestId('older-hours-elsewhere')).toBeVisible();
    expect((await storedRecord(phone.page)).checkpoint).toBe(summaryText);
    await old.context.close();
    await phone.context.close();
  } finally {
    await site.stop();
  }
});

test('a phone that was there all four years lets go of the history below the checkpoint, and still shows every hour of its own', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const site = await startSite();
  try {
    const { fixture } = quickHistory(2029, site.port, fourYears);
    const { now, records, summaryText, partCount, wholeUpdate, wholeBalances } = await checkpointFixture(
      fixture,
      () => {},
    );
    const phone = await seededDevice(browser, site, fixture, wholeUpdate, 3, true, 'member', {}, now);
    const page = phone.page;
    await page.goto(`${site.url}/`);
    // It checks the checkpoint, moves on to the part after it, and lets go of what lies below.
    await expect
      .poll(async () => (await storedRecord(page)).firstDocLetGo ?? null, { timeout: 120_000 })
      .toBe(summaryText);
    await page.getByRole('link', { name: 'Mijn uren' }).click();
    const balance = page.getByTestId('balance');
    await expect(balance).not.toBeEmpty({ timeout: 60_000 });
    const shown = (await balance.textContent()) ?? '';
    const hours = page.getByTestId('history-item');
    const lines = await hours.allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    const kept = await storedEntryIds(page);
    // The part after the checkpoint, her own entries and those her hours are made of: not four years.
    expect(kept.length).toBeGreaterThanOrEqual(partCount);
    expect(kept.length).toBeLessThan(records.length / 2);
    const firstDoc = `buurtruil-doc-${fixture.networkId}`;
    await expect.poll(() => databaseNames(page)).not.toContain(firstDoc);

    // Opened again: it starts from the checkpoint, every balance still the four years', and
    // every line of her hours still there, the oldest too.
    await page.reload();
    await expect
      .poll(
        async () => {
          const have = await memberBalances(page, fixture.networkId);
          return [...wholeBalances].filter(([key, hours]) => have.get(key) !== hours).length;
        },
        { timeout: 120_000, message: 'members whose balance is not the whole history’s after letting go' },
      )
      .toBe(0);
    // Once the view was compared with what the ledger derives (a row it no longer holds would go).
    await page.waitForFunction(() => performance.getEntriesByName('buurtruil:projected').length > 0, null, {
      timeout: 60_000,
    });
    await page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(balance).toHaveText(shown, { timeout: 60_000 });
    await expect(hours).toHaveText(lines);
    await expect(page.getByTestId('older-hours-elsewhere')).toHaveCount(0);
    expect((await storedEntryIds(page)).length).toBeLessThan(records.length / 2);
    expect(await databaseNames(page)).not.toContain(firstDoc);
    await phone.context.close();
  } finally {
    await site.stop();
  }
});

/** The IndexedDB databases of the page's origin. */
async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''));
}
