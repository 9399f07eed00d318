// A coordinator's buttons on the together pages (protocol-together.md §1, §4), with separate
// browser profiles over the local relay: the coordinator calls off Anna's activity, hides a
// thank-you both sides put on the board and a story; each asks once, is reached by keyboard
// and named by what it acts on, and what it hides leaves the other members' pages. And a
// plan: a pledge in "Mijn uren", the coordinator's grant on the pot page, the plan hidden.
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { openAgenda, startSoon } from './agenda.ts';
import { expect, test } from './fixtures.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, expectPeers } from './peers.ts';
import { openSection } from './toolkit.ts';

const sure = 'Weet je het zeker? Iedereen ziet het dan niet meer.';

async function openThanks(page: Page): Promise<void> {
  await page.goto(new URL('/#/bedankjes', page.url()).href);
  await expect(page.getByRole('heading', { name: 'Verhalen uit de buurt', level: 2 })).toBeVisible();
}

/** Focus the button by its screen-reader name, answer the question by keyboard: Enter, Enter. */
async function confirmByKeyboard(page: Page, within: Locator, name: string, yes: string): Promise<void> {
  const button = within.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(within.getByRole('group', { name: sure })).toBeVisible();
  await expect(within.getByRole('button', { name: yes })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a coordinator calls off an activity and hides a thank-you and a story; they leave the members’ pages', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkpad'],
  ]);
  const [anna, bram, cor] = neighbours as [Device, Device, Device];
  const office = coordinator.page;
  await expectPeers(anna.page, 1);

  // Anna's activity, a few minutes ahead: calling off does not wait for it to start.
  const title = 'Fietsen maken op het plein';
  await openAgenda(anna.page);
  const when = await startSoon(anna.page, 5 * 60_000);
  await anna.page.getByTestId('add-activity').click();
  const form = anna.page.getByTestId('activity-form');
  await form.getByLabel('Wat gaan we doen?').fill(title);
  await form.getByLabel('Waar?').fill('Het plein');
  await form.getByLabel('Datum').fill(when.date);
  await form.getByLabel('Van').fill(when.from);
  await form.getByLabel('Tot').fill(when.until);
  await form.getByRole('button', { name: 'Op de agenda zetten' }).click();
  const annas = anna.page.getByTestId('activity').filter({ hasText: title });
  await expect(annas).toBeVisible();
  // The organiser has its own cancel, not the coordinator's button; a member has neither.
  await expect(annas.getByTestId('call-off')).toHaveCount(0);
  await openAgenda(bram.page);
  const brams = bram.page.getByTestId('activity').filter({ hasText: title });
  await expect(brams).toBeVisible();
  await expect(brams.getByTestId('call-off')).toHaveCount(0);

  await openAgenda(office);
  const offices = office.getByTestId('activity').filter({ hasText: title });
  // "Nee" keeps it, and focus goes back to the button.
  await offices.getByRole('button', { name: `Afgelasten: ${title}` }).click();
  await offices.getByRole('button', { name: 'Nee, toch niet' }).click();
  await expect(offices.getByRole('button', { name: `Afgelasten: ${title}` })).toBeFocused();
  await confirmByKeyboard(office, offices, `Afgelasten: ${title}`, 'Ja, afgelasten');
  await expect(offices).toHaveCount(0);
  await expect(annas).toHaveCount(0);
  await expect(brams).toHaveCount(0);

  // A thank-you from Anna to Bram, both put it on the board; Cor sees it.
  const help = 'Lamp ophangen';
  await postRequest(anna.page, help);
  await openPost(bram.page, help);
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await openPost(anna.page, help);
  await anna.page.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  const bramExchange = bram.page.getByTestId('exchange');
  await expect(bramExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await bramExchange.getByLabel('Uren').fill('1');
  await bramExchange.getByLabel('Wat is er gedaan?').fill('Lamp opgehangen');
  await bramExchange.getByRole('button', { name: 'Doorgeven' }).click();
  const annaExchange = anna.page.getByTestId('exchange');
  await expect(annaExchange.getByTestId('proposal-status').filter({ hasText: 'Lamp opgehangen' })).toContainText(
    'Bram geeft door',
  );
  const thanks = 'Dank je wel, Bram!';
  await annaExchange.getByLabel('Een bedankje erbij (mag leeg blijven)').fill(thanks);
  await annaExchange.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(bramExchange.getByTestId('proposal').filter({ hasText: thanks })).toContainText('bijgeschreven');
  for (const { page } of [anna, bram]) {
    await openThanks(page);
    await page
      .getByTestId('my-thanks-item')
      .filter({ hasText: thanks })
      .getByRole('button', { name: 'Ja, op het bord' })
      .click();
  }
  await openThanks(cor.page);
  await expect(cor.page.getByTestId('board-thanks').filter({ hasText: thanks })).toBeVisible();
  await expect(cor.page.getByTestId('hide-thanks')).toHaveCount(0);

  // A story by Anna about Bram; Cor reads it.
  const story = 'De lamp in de gang';
  await anna.page.getByText('Een verhaal schrijven').click();
  await anna.page.getByLabel('Titel').fill(story);
  await anna.page.getByRole('group', { name: 'Over wie gaat het?' }).getByLabel('Bram').check();
  await anna.page.getByRole('button', { name: 'Verhaal delen' }).click();
  const corsStory = cor.page.getByTestId('story').filter({ hasText: story });
  await expect(corsStory).toBeVisible();
  await expect(corsStory.getByTestId('hide-story')).toHaveCount(0);

  // The coordinator hides both, by keyboard, each asking once.
  await openThanks(office);
  const boardThanks = office.getByTestId('board-thanks').filter({ hasText: thanks });
  await expect(office.getByTestId('story').filter({ hasText: story })).toBeVisible();
  await expectAccessible(office, "the coordinator's buttons on the thank-you page");
  await confirmByKeyboard(office, boardThanks, 'Verbergen: het bedankje van Anna aan Bram', 'Ja, verbergen');
  await expect(boardThanks).toHaveCount(0);
  const officeStory = office.getByTestId('story').filter({ hasText: story });
  await confirmByKeyboard(office, officeStory, `Verbergen: het verhaal ${story}`, 'Ja, verbergen');
  await expect(officeStory).toHaveCount(0);

  // Off Cor's page; Anna and Bram still see their own, marked.
  await expect(cor.page.getByTestId('board-thanks')).toHaveCount(0);
  await expect(cor.page.getByTestId('thanks-board-empty')).toBeVisible();
  await expect(corsStory).toHaveCount(0);
  await expect(anna.page.getByTestId('story').filter({ hasText: story }).getByTestId('story-hidden')).toBeVisible();
  const bramsThanks = bram.page.getByTestId('my-thanks-item').filter({ hasText: thanks });
  await expect(bramsThanks.getByTestId('thanks-where')).toHaveText('Verborgen door de coördinator');
});

/** Proposes a plan on Anna's page, voting open until tomorrow (in the page's own time zone). */
async function proposePlan(page: Page, title: string): Promise<void> {
  const local = await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const end = new Date(Date.now() + 24 * 3600 * 1000);
    return { date: day(end), time: '12:00:00', done: day(new Date(end.getTime() + 14 * 24 * 3600 * 1000)) };
  });
  await page.getByTestId('add-plan').click();
  const form = page.getByTestId('plan-form');
  await form.getByLabel('Wat is het plan?').fill(title);
  await form.getByLabel('Uitleg').fill('Samen doen, voor de hele buurt.');
  await form.getByLabel('Hoeveel uur is er nodig?').fill('4');
  await form.getByLabel('Stemmen kan tot (dag)').fill(local.date);
  await form.getByLabel('Stemmen kan tot (tijd)').fill(local.time);
  await form.getByLabel('Klaar op').fill(local.done);
  await form.getByRole('button', { name: 'Plan voorstellen' }).click();
}

test('a pledge is a line in Mijn uren, a grant shows on the pot page, a hidden plan leaves the page of those not in it', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
      ['Cor', 'Kerkpad'],
    ],
    { welcomeHours: 5 },
  );
  const [anna, bram, cor] = neighbours as [Device, Device, Device];
  const office = coordinator.page;
  await expectPeers(anna.page, 1);
  const title = 'Bankje bij de speeltuin';
  const plan = (page: Page) => page.getByTestId('plan').filter({ hasText: title });
  const openPlans = async (page: Page) => {
    await page.goto(new URL('/#/plannen', page.url()).href);
    await expect(page.getByRole('heading', { name: 'Plannen', level: 1 })).toBeVisible();
  };

  await openPlans(anna.page);
  await proposePlan(anna.page, title);
  await expect(plan(anna.page)).toBeVisible();
  await expect(plan(anna.page).getByTestId('hide-plan')).toHaveCount(0);

  // Bram gives 2 hours: a line in his hours, among the transfers.
  await openPlans(bram.page);
  await plan(bram.page).getByLabel('Hoeveel uur geef je?').fill('2');
  await plan(bram.page).getByRole('button', { name: 'Uren geven' }).click();
  await expect(plan(bram.page).getByTestId('plan-mine')).toHaveText('Jij gaf 2 uur.');
  await bram.page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(bram.page.locator('[data-kind="plan-pledge"]')).toContainText(`−2 uur Gegeven aan het plan ${title}`);
  await expect(bram.page.getByTestId('balance')).toHaveText('+3 uur');

  // The coordinator gives an hour from the pot; the pot page shows it.
  await openPlans(office);
  const grant = plan(office).getByTestId('plan-grant');
  await grant.getByLabel('Hoeveel uur?').fill('1');
  await grant.getByLabel('Waarom?').fill('Voor het hout');
  await grant.getByRole('button', { name: 'Geven uit de buurtpot' }).click();
  await expect(plan(office).getByTestId('plan-needs')).toContainText('3 uur');
  await office.goto(new URL('/coordinator/', office.url()).href);
  await openSection(office, 'pot');
  await expect(office.getByTestId('pot-grant').filter({ hasText: title })).toContainText(
    `Het plan ${title} kreeg 1 uur van Carla: Voor het hout`,
  );

  // Cor sees the plan; the coordinator hides it by keyboard; it leaves Cor's page, Bram
  // (who gave to it) and the coordinator still see it, marked hidden.
  await openPlans(cor.page);
  await expect(plan(cor.page)).toBeVisible();
  await openPlans(office);
  await confirmByKeyboard(office, plan(office), `Verbergen: het plan ${title}`, 'Ja, verbergen');
  await expect(plan(office).getByTestId('plan-hidden')).toBeVisible();
  await expect(plan(cor.page)).toHaveCount(0);
  await openPlans(bram.page);
  await expect(plan(bram.page).getByTestId('plan-hidden')).toBeVisible();
});
