// A group record with a card member among its parties (together §2), with separate browser
// profiles over the local relay: Anna records one group record paying two helpers, Bram on his
// phone and Gerrit, who has a member card; Bram says yes on his phone, Gerrit at the kiosk
// with card and PIN; Anna's phone, the kiosk and the coordinator show the same balances.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { enrolCard, logInWithCard, setUpKiosk } from './kiosk.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, expectPeers } from './peers.ts';
import { expectFitsAt, smallestButton } from './screenFit.ts';
import { expectInFirstScreen } from './screenGeometry.ts';
import { openSection } from './toolkit.ts';

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

test('one record pays Bram and Gerrit; Gerrit says yes at the kiosk; the hours agree everywhere', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  await expectPeers(kiosk.page, 1);
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();

  // Anna asks, Bram helps, Anna says yes: an agreed exchange, from which she records the hours.
  const title = 'Stoelen zetten in het buurthuis';
  await postRequest(anna.page, title);
  await openPost(bram.page, title);
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await openPost(anna.page, title);
  const exchange = anna.page.getByTestId('exchange');
  await exchange.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(bram.page.getByTestId('exchange').getByTestId('match-status')).toHaveText('Afgesproken!');

  // One record: an hour to Bram, two to Gerrit, the card member (chosen like any neighbour).
  const group = exchange.getByTestId('group-hours');
  await group.getByText('Uren voor meer mensen').click();
  await group.getByLabel('Ik geef uren aan deze buren').check();
  const neighbour = (name: string) => group.getByTestId('group-neighbour').filter({ hasText: name });
  await expect(neighbour('Bram').getByRole('checkbox')).toBeChecked();
  await neighbour('Gerrit').getByRole('checkbox').check();
  await group.getByLabel('Minuten voor Bram').fill('60');
  await group.getByLabel('Minuten voor Gerrit').fill('120');
  await group.getByLabel('Wat is er gedaan?').fill('Stoelen gezet');
  await group.getByRole('button', { name: 'Versturen' }).click();
  await expect(group.getByTestId('group-sent')).toBeVisible();

  // Bram confirms on his phone.
  await goTo(bram.page, '#/afspraken');
  const bramsPart = bram.page.getByTestId('part-to-answer');
  await expect(bramsPart).toContainText('Anna geeft jou 1 uur: Stoelen gezet');
  await bramsPart.getByRole('button', { name: 'Ja, dit klopt' }).click();
  await expect(bramsPart).toHaveCount(0);

  // Gerrit logs in at the kiosk: his part waits for him, in plain words; he says yes.
  await logInWithCard(kiosk.page, code, '4821');
  const area = kiosk.page.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  const gerritsPart = area.getByTestId('card-part');
  await expect(gerritsPart).toHaveCount(1, { timeout: 60_000 });
  await expect(gerritsPart).toHaveText(/Anna geeft jou 2 uur: Stoelen gezet/);
  // On a small screen it fits; on the wall the answers are as big as the home's own choices
  // ("Vraag hulp") and stand in the first screen, above the "Lees voor" bar.
  await expectFitsAt(kiosk.page, { width: 360, height: 740 }, 'kiosk parts');
  await expectFitsAt(kiosk.page, { width: 1920, height: 1080 }, 'kiosk parts', 96);
  const home = await smallestButton(area.locator('.kiosk-choices'));
  const answers = await smallestButton(gerritsPart);
  expect(answers.height, 'answers as high as the home buttons').toBeGreaterThanOrEqual(home.height - 0.5);
  expect(answers.width, 'answers as wide as the home buttons').toBeGreaterThanOrEqual(home.width - 0.5);
  for (const name of ['Ja, dit klopt', 'Nee, dit klopt niet']) {
    const button = gerritsPart.getByRole('button', { name });
    await expectInFirstScreen(kiosk.page, button, `"${name}" on the wall`);
    // A screen reader hears which part the answer is for.
    await expect(button).toHaveAccessibleDescription('Anna geeft jou 2 uur: Stoelen gezet');
  }
  // By keyboard, as the kiosk's buttons must allow.
  await gerritsPart.getByRole('button', { name: 'Ja, dit klopt' }).focus();
  await kiosk.page.keyboard.press('Enter');
  await expect(area.getByRole('status').filter({ hasText: 'Dank je wel! Het is doorgegeven.' })).toBeVisible();
  await expect(gerritsPart).toHaveCount(0);

  // Where the parts stand, as Anna sees them: both moved.
  await goTo(anna.page, '#/afspraken');
  const parts = anna.page.getByTestId('my-part');
  await expect(parts.filter({ hasText: 'Bram' })).toContainText('Bijgeschreven');
  await expect(parts.filter({ hasText: 'Gerrit' })).toContainText('Bijgeschreven');

  // Every device agrees: Anna −3 hours, Bram +1, Gerrit +2.
  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('+2 uur');
  for (const [device, balance] of [
    [anna, '−3 uur'],
    [bram, '+1 uur'],
  ] as const) {
    await device.page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(device.page.getByTestId('balance')).toHaveText(balance);
  }
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  for (const [name, balance] of [
    ['Anna', '−3 uur'],
    ['Bram', '+1 uur'],
    ['Gerrit', '+2 uur'],
  ] as const) {
    await expect(rows.filter({ hasText: name }).getByTestId('member-balance')).toHaveText(balance);
  }
});
