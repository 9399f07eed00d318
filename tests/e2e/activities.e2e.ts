// Together §1 in the browser: an organiser puts an activity on the agenda, three neighbours
// sign up on their own devices, the organiser ticks who came after the start, each says
// "Ik was er", and every device shows the same balances (separate browser profiles syncing
// over WebRTC through the local relay).
import { openAgenda, putOnAgenda } from './agenda.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import type { Device } from './peers.ts';

test('an organiser and three neighbours: post, sign up, tick who came, Ik was er, same balances everywhere', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkpad'],
  ]);
  const organiser = coordinator.page;
  const title = 'Samen koken in het buurthuis';

  // The activity starts a little later: time enough for three sign-ups to arrive.
  const { when } = await putOnAgenda(organiser, title, 120_000, async (form) => {
    await form.getByLabel('Aantal plekken').fill('10');
    await expect(form.getByLabel('De deelnemers', { exact: true })).toBeChecked();
  });

  for (const { page } of neighbours as Device[]) {
    await openAgenda(page);
    const activity = page.getByTestId('activity').filter({ hasText: title });
    await activity.getByRole('button', { name: 'Ik kom' }).click();
    await expect(activity.getByText('Je hebt je aangemeld.')).toBeVisible();
  }
  const card = organiser.getByTestId('activity').filter({ hasText: title });
  await expect(card.getByTestId('activity-places')).toHaveText('3 aangemeld, 10 plekken');

  // The start comes: the four devices' clocks move there rather than the test waiting for
  // it, since all four write after it. Then the organiser ticks who came.
  await moveClocksTo([organiser, ...(neighbours as Device[]).map((device) => device.page)], when.starts);
  await expect(card.getByTestId('save-attendance')).toBeVisible({ timeout: 60_000 });
  for (const name of ['Anna', 'Bram', 'Cor']) await expect(card.getByLabel(name)).toBeChecked();
  await card.getByTestId('save-attendance').click();
  await expect(card.getByTestId('confirmed')).toHaveText('0 van de 3 bevestigd');

  for (const { page } of neighbours as Device[]) {
    const activity = page.getByTestId('agenda-past').getByTestId('activity').filter({ hasText: title });
    await activity.getByRole('button', { name: 'Ik was er' }).click({ timeout: 60_000 });
    await expect(activity.getByTestId('you-came')).toBeVisible();
  }
  await expect(card.getByTestId('confirmed')).toHaveText('3 van de 3 bevestigd');

  // Every device agrees: the organiser +3 hours, each neighbour −1 hour.
  const devices = [coordinator, ...neighbours] as Device[];
  for (const { page } of devices) {
    await page.getByRole('link', { name: 'Mijn uren' }).click();
  }
  await expect(organiser.getByTestId('balance')).toHaveText('+3 uur');
  for (const { page } of neighbours as Device[]) await expect(page.getByTestId('balance')).toHaveText('−1 uur');
});
