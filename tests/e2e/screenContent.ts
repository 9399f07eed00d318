// What the screens of doing things together show in everyLanguage.e2e.ts, put there once per
// worker as people do it (in Dutch): an agreed exchange between Anna and Bram with a thank-you
// both put on the board, a group record each way (so each has a part to answer and one of their
// own waiting), an activity tomorrow Bram comes to, and Pim signed up at the kiosk and welcomed
// (a member without a device: the coordinator's "Maak een ledenpas" is offered for him).
import { expect, type Page } from '@playwright/test';
import type { Device } from './peers.ts';
import { openSection } from './toolkit.ts';

export const thanksText = 'Dank je wel, Bram!';
export const activityTitle = 'Koffie in het buurthuis';
export const kioskNewcomer = 'Pim';

interface People {
  site: string;
  coordinator: Device;
  anna: Device;
  bram: Device;
  kiosk: Device;
  /** The fragment of Anna's post's page: #/post/<id>. */
  postHash: string;
}

export async function putContent(people: People): Promise<void> {
  const { anna, bram, coordinator, kiosk } = people;
  const a = anna.page;
  const b = bram.page;
  const post = `${people.site}/${people.postHash}`;
  for (const page of [a, b]) await inDutch(page, post);

  // Bram helps with Anna's post, and Anna says yes.
  await b.getByRole('button', { name: 'Ik help graag' }).click();
  await a.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  await expect(b.getByTestId('exchange').getByTestId('match-status')).toHaveText('Afgesproken!');

  // Bram passes on an hour; Anna confirms with a thank-you; both put it on the board.
  const bramExchange = b.getByTestId('exchange');
  await bramExchange.getByLabel('Uren').fill('1');
  await bramExchange.getByLabel('Wat is er gedaan?').fill('Tuin gedaan');
  await bramExchange.getByRole('button', { name: 'Doorgeven' }).click();
  const annaExchange = a.getByTestId('exchange');
  await expect(annaExchange.getByTestId('proposal-status').filter({ hasText: 'Tuin gedaan' })).toContainText(
    'Bram geeft door',
  );
  await annaExchange.getByLabel('Een bedankje erbij (mag leeg blijven)').fill(thanksText);
  await annaExchange.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(bramExchange.getByRole('status').filter({ hasText: 'bijgeschreven' })).toBeVisible();

  // A group record each way: each has a part to answer, and one of their own that waits.
  for (const [page, what] of [
    [a, 'Snoeien'],
    [b, 'Bladeren geruimd'],
  ] as const) {
    const group = page.getByTestId('exchange').getByTestId('group-hours');
    await group.getByText('Uren voor meer mensen').click();
    await group.getByLabel('Ik geef uren aan deze buren').check();
    await group.getByLabel('Wat is er gedaan?').fill(what);
    await group.getByRole('button', { name: 'Versturen' }).click();
    await expect(group.getByTestId('group-sent')).toBeVisible();
  }

  for (const page of [a, b]) await page.goto(`${people.site}/#/bedankjes`);
  try {
    for (const page of [a, b]) {
      const mine = page.getByTestId('my-thanks-item').filter({ hasText: thanksText });
      await mine.getByRole('button', { name: 'Ja, op het bord' }).click({ timeout: 30_000 });
    }
    for (const page of [a, b]) await expect(page.getByTestId('board-thanks')).toHaveCount(1, { timeout: 30_000 });
  } catch (error) {
    // Both sides' pages, to see which of them did not get there.
    for (const [who, page] of [
      ['anna', a],
      ['bram', b],
    ] as const) {
      await page.screenshot({ path: `test-results/screens/content-thanks-${who}.png`, fullPage: true });
    }
    throw error;
  }

  // An activity tomorrow afternoon (this week's on the kiosk), and Bram comes.
  await a.goto(`${people.site}/#/agenda`);
  await a.getByTestId('add-activity').click();
  const form = a.getByTestId('activity-form');
  await form.getByLabel('Wat gaan we doen?').fill(activityTitle);
  await form.getByLabel('Waar?').fill('Buurthuis De Pelikaan');
  await form.getByLabel('Datum').fill(await tomorrow(a));
  await form.getByLabel('Van').fill('14:00');
  await form.getByLabel('Tot').fill('16:00');
  await form.getByLabel('Aantal plekken').fill('12');
  await form.getByRole('button', { name: 'Op de agenda zetten' }).click();
  await b.goto(`${people.site}/#/agenda`);
  const activity = b.getByTestId('activity').filter({ hasText: activityTitle });
  await activity.getByRole('button', { name: 'Ik kom' }).click();
  await expect(activity.getByText('Je hebt je aangemeld.')).toBeVisible();

  // Pim signs up at the kiosk; the coordinator welcomes him.
  const k = kiosk.page;
  await inDutch(k, `${people.site}/kiosk/`);
  await k.getByRole('button', { name: 'Nieuw hier? Meld je aan' }).click();
  const signUp = k.getByTestId('kiosk-sign-up');
  await signUp.getByLabel('Hoe mogen buren je noemen?').fill(kioskNewcomer);
  await signUp.getByLabel('In welke straat woon je?').fill('Dorpsweg');
  await signUp.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(signUp.getByTestId('kiosk-sign-up-sent')).toBeVisible({ timeout: 30_000 });
  await signUp.getByRole('button', { name: 'Klaar' }).click();
  const c = coordinator.page;
  await inDutch(c, `${people.site}/coordinator/`);
  await openSection(c, 'requests');
  const request = c.getByTestId('join-request').filter({ hasText: kioskNewcomer });
  await request.getByRole('button', { name: 'Welkom heten' }).click({ timeout: 60_000 });
  await expect(request).toHaveCount(0);

  // The kiosk has the thank-you and the activity before any language looks at it.
  await expect(k.getByTestId('kiosk-thanks-item')).toHaveCount(1, { timeout: 30_000 });
  await expect(k.getByTestId('kiosk-activity')).toHaveCount(1, { timeout: 30_000 });
}

/** Earlier tests may have left a page in another language: the steps here are in Dutch. */
export async function inDutch(page: Page, url: string): Promise<void> {
  await page.evaluate(() => localStorage.setItem('buurtruil-language', 'nl'));
  await page.goto(url);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

/** Tomorrow's date in the page's own time zone, as a date field takes it. */
function tomorrow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const day = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
  });
}
