// Activities in the report for funders (docs/protocol-together.md §8), with separate
// browser profiles over the local relay: an organiser holds one activity, one neighbour
// took part. The report shows nothing of the running month; once the month is closed (the
// coordinator's clock set 40 days ahead) it shows the month, with "< 5" for the activity
// and the one who took part and the organiser's hours hidden: never a figure about one person.
import { openAgenda, putOnAgenda } from './agenda.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import type { Device } from './peers.ts';

test('one activity with one neighbour: the report hides it as "< 5" once its month is closed', async ({ network }) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const organiser = coordinator.page;
  const title = 'Samen soep maken';

  const { when, card } = await putOnAgenda(organiser, title, 120_000);

  await openAgenda(anna.page);
  await anna.page.getByTestId('activity').filter({ hasText: title }).getByRole('button', { name: 'Ik kom' }).click();
  await expect(card.getByTestId('activity-places')).toContainText('1 aangemeld');
  // The start comes: both clocks move there rather than the test waiting for it (clock.ts).
  await moveClocksTo([organiser, anna.page], when.starts);
  await expect(card.getByTestId('save-attendance')).toBeVisible({ timeout: 60_000 });
  await card.getByTestId('save-attendance').click();
  const past = anna.page.getByTestId('agenda-past').getByTestId('activity').filter({ hasText: title });
  await past.getByRole('button', { name: 'Ik was er' }).click({ timeout: 60_000 });
  await expect(card.getByTestId('confirmed')).toHaveText('1 van de 1 bevestigd');

  // The running month is never in the report, not even in part.
  const month = await organiser.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
      .format(Date.now())
      .slice(0, 7),
  );
  await organiser.goto(new URL('/report/', organiser.url()).href);
  await expect(organiser.getByTestId('report-network')).toBeVisible();
  await expect(organiser.getByTestId('together-row')).toHaveCount(0);

  // Forty days on, the month is closed: one activity and one neighbour are "< 5", and the
  // organiser's hour is not shown at all.
  await organiser.clock.setFixedTime(Date.now() + 40 * 24 * 60 * 60 * 1000);
  await organiser.reload();
  const row = organiser.getByTestId('together-row').and(organiser.locator(`[data-month="${month}"]`));
  await expect(row).toBeVisible();
  await expect(row.getByTestId('together-held')).toHaveText('< 5');
  await expect(row.getByTestId('together-participants')).toHaveText('< 5');
  await expect(row.getByTestId('together-organiserHours')).toHaveText('verborgen');
  await expect(row.getByTestId('together-accepted')).toHaveText('< 5');
  await expect(organiser.getByTestId('report-together')).not.toContainText(title);
  await expect(organiser.getByTestId('together-plan')).toHaveCount(0);
});
