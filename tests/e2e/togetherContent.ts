// What everyLanguage.e2e.ts shows on the newer pages of doing things together, put there once
// per worker as people do it (in Dutch), on top of screenContent.ts: a plan Anna proposed that
// Bram gave an hour to and voted yes on, a story Anna wrote about Bram (she said yes with her
// name; Bram has not said yet), an idea Bram put on the ideas board, and on Anna and Bram's
// agreed exchange a date in a month to look together at how it goes ("Vaker helpen?").
import { expect } from '@playwright/test';
import type { Device } from './peers.ts';
import { inDutch } from './screenContent.ts';

export const planTitle = 'Bankje bij de speeltuin';
export const storyTitle = 'De verhuizing';
export const ideaText = 'Een moestuin voor de hele straat';
/** The kiosk's name as set up in Dutch (kiosk.defaultName): a device, never among a story's people. */
export const kioskName = 'Kiosk buurthuis';
/** The review date agreed on the exchange: a month from now ("1 maand", RecurringHelp.tsx). */
export const reviewInDays = 30;

const slow = { timeout: 30_000 };

interface People {
  site: string;
  anna: Device;
  bram: Device;
  /** The fragment of Anna's post's page, where the exchange with Bram is: #/post/<id>. */
  postHash: string;
}

export async function putTogetherContent(people: People): Promise<void> {
  const a = people.anna.page;
  const b = people.bram.page;
  const at = (hash: string) => `${people.site}/${hash}`;
  await inDutch(a, at('#/plannen'));
  await inDutch(b, at('#/plannen'));

  // Anna proposes a plan; voting stays open a week, so every language sees the vote.
  const local = await a.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const now = Date.now();
    return { vote: day(new Date(now + 7 * 864e5)), done: day(new Date(now + 30 * 864e5)) };
  });
  await a.getByTestId('add-plan').click();
  const form = a.getByTestId('plan-form');
  await form.getByLabel('Wat is het plan?').fill(planTitle);
  await form.getByLabel('Uitleg').fill('Een bankje om even te zitten, voor jong en oud.');
  await form.getByLabel('Hoeveel uur is er nodig?').fill('6');
  await form.getByLabel('Stemmen kan tot (dag)').fill(local.vote);
  await form.getByLabel('Klaar op').fill(local.done);
  await form.getByRole('button', { name: 'Plan voorstellen' }).click();
  await expect(a.getByTestId('plan').filter({ hasText: planTitle })).toBeVisible();

  // Bram gives an hour and votes yes.
  const plan = b.getByTestId('plan').filter({ hasText: planTitle });
  await plan.getByLabel('Hoeveel uur geef je?').fill('1', slow);
  await plan.getByRole('button', { name: 'Uren geven' }).click();
  await expect(plan.getByTestId('plan-mine')).toHaveText('Jij gaf 1 uur.');
  await plan.getByRole('button', { name: 'Ja, doen!' }).click();
  await expect(plan.getByTestId('plan-my-vote')).toContainText('Je stemde ja');

  // Anna writes a story about Bram and says yes, with her name; Bram sees it, his say to give.
  await a.goto(at('#/bedankjes'));
  await a.getByText('Een verhaal schrijven').click();
  await a.getByLabel('Titel').fill(storyTitle);
  await a.getByLabel('Het verhaal').fill('Met z’n drieën droegen we alle kasten naar boven.');
  await a.getByRole('group', { name: 'Over wie gaat het?' }).getByLabel('Bram').check();
  await a.getByRole('button', { name: 'Verhaal delen' }).click();
  const story = a.getByTestId('story').filter({ hasText: storyTitle });
  await story.getByRole('button', { name: 'Ja, met mijn naam' }).click();
  await expect(story.getByTestId('story-said')).toHaveText('Je zei: ja, met je naam.');
  await b.goto(at('#/bedankjes'));
  await expect(b.getByTestId('story').filter({ hasText: storyTitle }).getByTestId('story-said')).toBeVisible(slow);

  // Bram puts an idea on the ideas board; it reaches Anna.
  await b.goto(at('#/ideeen'));
  await b.getByLabel('Mijn idee').fill(ideaText);
  await b.getByLabel('Iedereen, op het ideeënbord').check();
  await b.getByRole('button', { name: 'Idee delen' }).click();
  await expect(b.getByTestId('ideas-board')).toContainText(ideaText);
  await a.goto(at('#/ideeen'));
  await expect(a.getByTestId('ideas-board')).toContainText(ideaText, slow);

  // On their exchange Anna agrees to look together in a month; Bram sees the same date.
  await a.goto(at(people.postHash));
  const recurring = a.getByTestId('exchange').getByTestId('recurring');
  await recurring.getByLabel('Samen kijken hoe het gaat over').selectOption({ label: '1 maand' });
  await recurring.getByRole('button', { name: 'Afspreken' }).click();
  await expect(recurring.getByRole('status')).toHaveText('Afgesproken.');
  await b.goto(at(people.postHash));
  await expect(b.getByTestId('exchange').getByTestId('recurring-review')).toBeVisible(slow);
}
