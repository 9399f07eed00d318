// Help that comes back (docs/protocol-together.md §7), with two separate browser profiles
// over the local relay: after an agreed exchange one side agrees a date to look together at
// how it goes; the other sees it; when that date has come, their board reminds them kindly;
// and either side can stop it.
import { expect, test } from './fixtures.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, expectPeers } from './peers.ts';

const day = 24 * 60 * 60 * 1000;

test('a review date agreed on one side shows on the other, reminds when it comes, and stops', async ({ network }) => {
  test.setTimeout(180_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await expectPeers(anna.page, 1);

  await postRequest(anna.page, 'Boodschappen op dinsdag', 'Boodschappen');
  await openPost(bram.page, 'Boodschappen op dinsdag');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await openPost(anna.page, 'Boodschappen op dinsdag');
  const annaExchange = anna.page.getByTestId('exchange');
  await annaExchange.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(annaExchange.getByTestId('match-status')).toHaveText('Afgesproken!');

  // Anna agrees to look at it together in three months, without an end yet.
  const annaRecurring = annaExchange.getByTestId('recurring');
  await expect(annaRecurring).toContainText('Helpen jullie elkaar vaker?');
  await annaRecurring.getByLabel('Samen kijken hoe het gaat over').selectOption({ label: '3 maanden' });
  await annaRecurring.getByRole('button', { name: 'Afspreken' }).click();
  await expect(annaRecurring.getByRole('status')).toHaveText('Afgesproken.');
  await expect(annaRecurring.getByTestId('recurring-review')).toContainText('Jullie kijken samen hoe het gaat op');

  // Bram sees the same date on his side of the exchange.
  const bramExchange = bram.page.getByTestId('exchange');
  await expect(bramExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  const shownDate = await annaRecurring.getByTestId('recurring-review').textContent();
  await expect(bramExchange.getByTestId('recurring-review')).toHaveText(shownDate ?? '');

  // Three months and more later, Bram's board reminds him kindly, with a way to the exchange.
  await bram.page.clock.setFixedTime(Date.now() + 100 * day);
  await bram.page.reload();
  await bram.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  const reminder = bram.page.getByTestId('reviews-due');
  await expect(reminder).toContainText('Tijd om samen te kijken');
  await expect(reminder).toContainText('Jullie helpen elkaar met ‘Boodschappen op dinsdag’. Kijk samen met Anna');
  await reminder.getByRole('link', { name: 'Boodschappen op dinsdag' }).click();
  await expect(bram.page.getByRole('heading', { name: 'Boodschappen op dinsdag', level: 1 })).toBeVisible();

  // Anna stops it: her exchange no longer shows a date, and Bram's reminder goes.
  await annaRecurring.getByRole('button', { name: 'Deze hulp nu stoppen' }).click();
  await expect(annaRecurring.getByRole('status')).toHaveText('Gestopt. Dank jullie wel voor de hulp.');
  await expect(annaRecurring.getByTestId('recurring-review')).toHaveCount(0);
  await bram.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(bram.page.getByTestId('reviews-due')).toHaveCount(0, { timeout: 45_000 });
});
