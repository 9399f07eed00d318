// A link works and ends (protocol-links.md §1, §6), two coordinators in their own browser
// profiles: once both halves came through the link room (WebRTC over the local relay),
// both lists say the link works; one coordinator ends it (asked once), and both lists then
// say it ended, with the clearing account unchanged, also after a reload.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { linkedNetworks, linkRoomWait } from './linking.ts';

test('a link works on both sides; ended by one coordinator, both see it ended and nothing is lost, also after a reload', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(240_000);
  const { oost, trans } = await linkedNetworks(browser, site.url, devices);
  const even = 'Niemand heeft nog uren tegoed: jullie staan gelijk.';
  for (const { page } of [oost, trans]) await expect(page.getByTestId('link-clearing')).toHaveText(even);

  // Oosterpark's coordinator ends it: asked once, with a reason the other side sees too.
  const row = oost.page.getByTestId('link-row');
  await row.getByRole('button', { name: 'Koppeling beëindigen' }).click();
  await expect(row.getByRole('alert')).toHaveText(
    'Weet je het zeker? Daarna gaan er geen uren, vragen en berichten meer tussen jullie buurt en Buurtruil Transvaal. Wat al gedaan is, blijft staan.',
  );
  await expectAccessible(oost.page, 'link: ending, asked once');
  await row.getByRole('button', { name: 'Nee, toch niet' }).click();
  await expect(row.getByTestId('link-status')).toHaveText('De koppeling werkt.');
  await row.getByRole('button', { name: 'Koppeling beëindigen' }).click();
  await row.getByLabel(/Waarom\?/).fill('We stoppen met de proef.');
  await row.getByRole('button', { name: 'Ja, beëindigen' }).click();

  const ended = [
    [oost.page, 'Jullie hebben de koppeling beëindigd.'],
    [trans.page, 'Buurtruil Oosterpark heeft de koppeling beëindigd.'],
  ] as const;
  for (const [page, status] of ended) {
    await expect(page.getByTestId('link-status')).toHaveText(status, linkRoomWait);
    await expect(page.getByTestId('link-clearing')).toHaveText(even);
    await expect(page.getByTestId('link-end-reason')).toHaveText('Reden: We stoppen met de proef.');
  }
  // Ended by us: no button to end it again. The other side may still end its half.
  await expect(row.getByRole('button', { name: 'Koppeling beëindigen' })).toHaveCount(0);
  await expect(trans.page.getByTestId('link-row').getByRole('button', { name: 'Koppeling beëindigen' })).toHaveCount(1);
  await expectAccessible(trans.page, 'link: ended by the other side');

  for (const [page, status] of ended) {
    await page.reload();
    await expect(page.getByTestId('link-status')).toHaveText(status, { timeout: 30_000 });
    await expect(page.getByTestId('link-clearing')).toHaveText(even);
    await expect(page.getByTestId('link-row')).toHaveAttribute('data-ended', 'yes');
  }
});
