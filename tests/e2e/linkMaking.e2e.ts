// Two neighbourhoods make a link (protocol-links.md §1), each coordinator in its own browser
// profile, over the local relay's PeerJS server: both fill in the terms, one shows a code
// and the other types it, both compare the six digits, both screens show both
// neighbourhoods' terms side by side, and each coordinator confirms. Both then list the
// other neighbourhood, also after a reload. Different terms on the two screens are refused
// in plain words, and nothing is listed.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { fillTerms, meet } from './linking.ts';
import { startNetwork } from './network.ts';

test('two coordinators link their neighbourhoods: both see the other one and the same terms, also after a reload', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(180_000);
  const oost = await startNetwork(browser, site.url, { name: 'Buurtruil Oosterpark' });
  devices.push(oost);
  const trans = await startNetwork(browser, site.url, { name: 'Buurtruil Transvaal' });
  devices.push(trans);
  const terms = { categories: ['Tuin', 'Klussen in en om huis'], hours: '12' };
  await fillTerms(oost.page, terms);
  await fillTerms(trans.page, terms);
  await expectAccessible(trans.page, 'link: the terms');
  await meet(oost.page, trans.page);

  // Both screens: both neighbourhoods, the same terms side by side.
  for (const [page, ours, theirs] of [
    [oost.page, 'Buurtruil Oosterpark', 'Buurtruil Transvaal'],
    [trans.page, 'Buurtruil Transvaal', 'Buurtruil Oosterpark'],
  ] as const) {
    const table = page.getByTestId('link-terms');
    await expect(table.getByTestId('link-terms-ours')).toHaveText(ours);
    await expect(table.getByTestId('link-terms-theirs')).toHaveText(theirs);
    for (const row of ['Soorten hulp Klussen in en om huis, Tuin Klussen in en om huis, Tuin', 'Grens 12 uur 12 uur']) {
      await expect(table.getByRole('row', { name: row })).toBeVisible();
    }
  }
  await expectAccessible(oost.page, 'link: both terms');
  await oost.page.getByRole('button', { name: 'Ja, koppelen met Buurtruil Transvaal' }).click();
  await trans.page.getByRole('button', { name: 'Ja, koppelen met Buurtruil Oosterpark' }).click();
  await expect(oost.page.getByTestId('link-made')).toContainText(
    'Klaar. Jullie buurt is gekoppeld met Buurtruil Transvaal.',
  );
  await expect(trans.page.getByTestId('link-made')).toContainText(
    'Klaar. Jullie buurt is gekoppeld met Buurtruil Oosterpark.',
  );

  for (const [page, theirs] of [
    [oost.page, 'Buurtruil Transvaal'],
    [trans.page, 'Buurtruil Oosterpark'],
  ] as const) {
    const row = page.getByTestId('link-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(theirs);
    await expect(row).toContainText('12 uur');
    await page.reload();
    await expect(page.getByTestId('link-row')).toContainText(theirs, { timeout: 30_000 });
    await expect(page.getByTestId('link-row')).toContainText('Klussen in en om huis, Tuin');
  }
});

test('different terms on the two screens: both coordinators are told plainly, and no link is made', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(180_000);
  const oost = await startNetwork(browser, site.url, { name: 'Buurtruil Oosterpark' });
  devices.push(oost);
  const trans = await startNetwork(browser, site.url, { name: 'Buurtruil Transvaal' });
  devices.push(trans);
  await fillTerms(oost.page, { categories: ['Tuin'], hours: '10' });
  await fillTerms(trans.page, { categories: ['Tuin'], hours: '20' });
  await meet(trans.page, oost.page);
  for (const page of [oost.page, trans.page]) {
    await expect(page.getByRole('alert')).toHaveText(
      'De afspraken op de twee schermen zijn niet hetzelfde. Er is niets gekoppeld. Kies samen dezelfde soorten hulp en dezelfde grens, en begin opnieuw.',
    );
    // What each side chose, side by side, so they see what to change.
    await expect(page.getByTestId('link-terms').getByRole('row', { name: /^Grens/ })).toContainText('10 uur');
    await expect(page.getByTestId('link-terms').getByRole('row', { name: /^Grens/ })).toContainText('20 uur');
    await expect(page.getByRole('button', { name: /Ja, koppelen/ })).toHaveCount(0);
    await expect(page.getByTestId('links-none')).toBeVisible();
  }
});
