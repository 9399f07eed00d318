// An activity with four participants, one of them a card member at the kiosk (together §1),
// with separate browser profiles over the local relay: the organiser puts it on the agenda,
// three neighbours sign up on their phones and the card member at the kiosk with card and
// PIN; after the start the organiser ticks who came, each says "Ik was er" — the card member
// at the kiosk — and every device shows the same hours.
import { openAgenda, putOnAgenda } from './agenda.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, logInWithCard, setUpKiosk } from './kiosk.ts';
import { type Device, expectPeers } from './peers.ts';

test('four take part, one a card member at the kiosk: sign up, Ik was er, the hours agree everywhere', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(360_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkpad'],
  ]);
  const phones = neighbours as Device[];
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  await expectPeers(kiosk.page, 1);
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();

  // The coordinator organises; the activity starts a little later.
  const organiser = coordinator.page;
  const title = 'Koffie en een spelletje';
  const { when, card } = await putOnAgenda(organiser, title, 120_000);

  for (const { page } of phones) {
    await openAgenda(page);
    await page.getByTestId('activity').filter({ hasText: title }).getByRole('button', { name: 'Ik kom' }).click();
  }

  // Gerrit signs up at the kiosk, with his card and PIN.
  await logInWithCard(kiosk.page, code, '4821');
  const area = kiosk.page.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  const gerritsActivity = area.getByTestId('card-activity').filter({ hasText: title });
  await gerritsActivity.getByRole('button', { name: 'Ik kom' }).click();
  await expect(area.getByRole('status').filter({ hasText: 'Dank je wel! Het is doorgegeven.' })).toBeVisible();
  await expect(gerritsActivity.getByRole('button', { name: 'Ik kom toch niet' })).toBeVisible();
  await expect(card.getByTestId('activity-places')).toContainText('4 aangemeld');

  // The start comes: the clocks of the organiser, the neighbours and the kiosk move there
  // rather than the test waiting for it, since all of them write after it (the kiosk's reload
  // logs Gerrit out). Then the organiser ticks who came (all four, as they signed up).
  await moveClocksTo([organiser, ...phones.map((phone) => phone.page), kiosk.page], when.starts);
  await expect(card.getByTestId('save-attendance')).toBeVisible({ timeout: 60_000 });
  for (const name of ['Anna', 'Bram', 'Cor', 'Gerrit']) await expect(card.getByLabel(name)).toBeChecked();
  await card.getByTestId('save-attendance').click();
  await expect(card.getByTestId('confirmed')).toHaveText('0 van de 4 bevestigd');

  for (const { page } of phones) {
    const theirs = page.getByTestId('agenda-past').getByTestId('activity').filter({ hasText: title });
    await theirs.getByRole('button', { name: 'Ik was er' }).click({ timeout: 60_000 });
    await expect(theirs.getByTestId('you-came')).toBeVisible();
  }

  // Gerrit (logged out meanwhile, or not) says it at the kiosk.
  if (await area.isHidden()) await logInWithCard(kiosk.page, code, '4821');
  await area.getByTestId('card-activity').filter({ hasText: title }).getByRole('button', { name: 'Ik was er' }).click({
    timeout: 60_000,
  });
  await expect(area.getByRole('status').filter({ hasText: 'Dank je wel! Het is doorgegeven.' })).toBeVisible();
  await expect(card.getByTestId('confirmed')).toHaveText('4 van de 4 bevestigd');

  // Every device agrees: the organiser +4 hours, each of the four −1 hour.
  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('−1 uur');
  for (const { page } of phones) {
    await page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(page.getByTestId('balance')).toHaveText('−1 uur');
  }
  await organiser.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(organiser.getByTestId('balance')).toHaveText('+4 uur');
});
