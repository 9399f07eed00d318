// Hours across a link (protocol-links.md §4), through the pages of two networks, each with
// its coordinator (whose device is the archive device) and members: the coordinators link
// with a limit of 1 hour; Bob in Transvaal shares an offer; Ans in Oosterpark pays him one
// hour from "Mijn uren" (Bea's offer, arriving while she types, leaves it with Bob). It
// waits for both neighbourhoods, then shows on both members' devices and both coordinators'
// pages, and both clearing accounts mirror. A second hour is refused before anything is
// written, in plain words. Then Oosterpark ends the link: the clearing accounts and both
// balances stay as they were, also after a reload.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { link, linkRoomWait } from './linking.ts';
import type { Device } from './peers.ts';
import { expectFitsAt } from './screenFit.ts';
import { openSection } from './toolkit.ts';

/** What crosses waits for both archive devices: carried, attested on each side, carried back. */
const acrossWait = { timeout: 120_000 };

/** A member's offer, shared with the linked Oosterpark once the link room lets it. */
async function shareOffer(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await page.getByLabel('Ik bied iets aan').check();
  await page.getByLabel('Korte titel').fill(title);
  await page.getByLabel('Tuin').check();
  await page.getByLabel('Ook laten zien in Buurtruil Oosterpark').check(linkRoomWait);
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('a member pays one hour to a member of the linked neighbourhood; a second is refused at the limit; ending the link keeps every hour', async ({
  network,
}) => {
  test.setTimeout(600_000);
  // The two neighbourhoods start at once: they have nothing to do with each other until the link.
  const [oost, trans] = await Promise.all([
    network([['Ans', 'Dorpsstraat']], { name: 'Buurtruil Oosterpark' }),
    network(
      [
        ['Bob', 'Kastanjeplein'],
        ['Bea', 'Zonnebloemstraat'],
      ],
      { name: 'Buurtruil Transvaal' },
    ),
  ]);
  const [ans] = oost.neighbours as [Device];
  const [bob, bea] = trans.neighbours as [Device, Device];
  await link(oost.coordinator.page, trans.coordinator.page, { categories: [], hours: '1' });

  // Transvaal lets its members share posts; Bob shares his offer with Oosterpark.
  const tc = trans.coordinator.page;
  await openSection(tc, 'settings');
  const policy = tc.getByTestId('policy');
  await policy.getByLabel('Buren mogen hun berichten ook laten zien in gekoppelde buurten').check();
  await policy.getByRole('button', { name: 'Afspraken opslaan' }).click();
  await expect(policy.getByRole('status')).toHaveText('Opgeslagen. De nieuwe afspraken gelden vanaf nu.');
  const b = bob.page;
  await shareOffer(b, 'Ik snoei je heg');

  // Ans pays Bob one hour from "Mijn uren", once his post came through.
  const a = ans.page;
  await a.getByRole('link', { name: 'Mijn uren' }).click();
  const payee = a.getByTestId('cross-payee').filter({ hasText: 'Ik snoei je heg' });
  const pay = payee.getByRole('button', { name: 'Uren betalen aan Bob in Buurtruil Transvaal' });
  await expect(pay).toBeVisible(acrossWait);
  await pay.click();
  await expect(payee.getByLabel('Wat is er gedaan?')).toHaveValue('Ik snoei je heg');
  await expectAccessible(a, 'cross pay: the form');
  await payee.getByLabel('Uren', { exact: true }).fill('1');
  // Before she pays, Bea shares an offer too: it comes first (newest first), and the open
  // form stays with Bob's. (Rows went by place: the form moved to Bea's, and paid her.)
  await shareOffer(bea.page, 'Ik lap je fiets');
  await expect(a.getByTestId('cross-payee')).toHaveCount(2, acrossWait);
  await expect(a.getByTestId('cross-payee').first()).toContainText('Ik lap je fiets');
  await expect(payee.getByLabel('Uren', { exact: true })).toHaveValue('1');
  await payee.getByRole('button', { name: 'Betalen', exact: true }).click();
  await expect(payee.getByTestId('cross-pay-sent')).toContainText('Nu wachten op beide buurten');

  // Both neighbourhoods attest it: then it counts on every device of both.
  await expect(a.locator('[data-testid="history-item"][data-kind="cross"]')).toContainText(
    '−1 uur aan Bob in Buurtruil Transvaal',
    acrossWait,
  );
  await expect(a.getByTestId('balance')).toHaveText('−1 uur');
  await b.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(b.locator('[data-testid="history-item"][data-kind="cross"]')).toContainText(
    '+1 uur van iemand in Buurtruil Oosterpark',
    acrossWait,
  );
  await expect(b.getByTestId('balance')).toHaveText('+1 uur');
  for (const [page, name, balance] of [
    [oost.coordinator.page, 'Ans', '−1 uur'],
    [tc, 'Bob', '+1 uur'],
  ] as const) {
    await openSection(page, 'members');
    const rows = page.getByTestId('member-row');
    await expect(rows.filter({ hasText: name }).getByTestId('member-balance')).toHaveText(balance);
  }

  // Both clearing accounts, each the other's negative, and the statements mirror.
  for (const [page, minutes, says] of [
    [oost.coordinator.page, '60', 'Buurtruil Transvaal heeft nog 1 uur tegoed van jullie buurt.'],
    [tc, '-60', 'Jullie buurt heeft nog 1 uur tegoed van Buurtruil Oosterpark.'],
  ] as const) {
    await openSection(page, 'links');
    const row = page.getByTestId('link-row');
    await expect(row.getByTestId('link-clearing')).toHaveAttribute('data-minutes', minutes);
    await expect(row.getByTestId('link-clearing')).toHaveText(says);
    await expect(row.getByTestId('link-records')).toHaveText('Betalingen tussen de buurten: 1');
    await expect(row.getByTestId('link-mirror')).toHaveAttribute('data-mirror', 'mirrors', acrossWait);
  }
  await expectAccessible(tc, 'link: the hours between the neighbourhoods');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 360, height: 740 },
  ])
    await expectFitsAt(tc, size, 'link page');

  // A second hour would take Oosterpark past the limit: refused before anything is written.
  await pay.click();
  await expect(payee.getByRole('alert')).toHaveText(
    'De grens met Buurtruil Transvaal is bereikt: er zijn meer uren heen gegaan dan terug. Vraag je coördinator.',
  );
  await expect(payee.getByRole('button', { name: 'Betalen', exact: true })).toHaveCount(0);
  await expect(a.locator('[data-testid="history-item"][data-kind^="cross"]')).toHaveCount(1);
  await expect(a.getByTestId('balance')).toHaveText('−1 uur');

  // Oosterpark ends the link: no new hours across, and nothing that counted is undone.
  const oc = oost.coordinator.page;
  const row = oc.getByTestId('link-row');
  await row.getByRole('button', { name: 'Koppeling beëindigen' }).click();
  await row.getByRole('button', { name: 'Ja, beëindigen' }).click();
  for (const [page, minutes, status] of [
    [oc, '60', 'Jullie hebben de koppeling beëindigd.'],
    [tc, '-60', 'Buurtruil Oosterpark heeft de koppeling beëindigd.'],
  ] as const) {
    await expect(page.getByTestId('link-status')).toHaveText(status, acrossWait);
    await expect(page.getByTestId('link-clearing')).toHaveAttribute('data-minutes', minutes);
  }
  await expect(pay).toHaveCount(0, acrossWait);
  for (const [page, balance] of [
    [a, '−1 uur'],
    [b, '+1 uur'],
  ] as const) {
    await page.reload();
    await expect(page.getByTestId('balance')).toHaveText(balance);
    await expect(page.locator('[data-testid="history-item"][data-kind="cross"]')).toHaveCount(1);
  }
});
