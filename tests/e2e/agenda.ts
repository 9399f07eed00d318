// Steps the activity scenarios share: opening the member's agenda, and a start time a little
// ahead written as the activity form's fields.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openAgenda(page: Page): Promise<void> {
  await page.goto(new URL('/#/agenda', page.url()).href);
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
}

/**
 * The next whole minute at least `ahead` ms from now, in the page's own time zone, as the
 * form's fields, and as ms since 1970 (`starts`, for moving the clocks there: clock.ts).
 */
export async function startSoon(
  page: Page,
  ahead: number,
): Promise<{ date: string; from: string; until: string; starts: number }> {
  return page.evaluate((ahead) => {
    const start = new Date(Date.now() + ahead);
    start.setSeconds(0, 0);
    start.setMinutes(start.getMinutes() + 1);
    const end = new Date(start.getTime() + 60 * 60 * 1000);
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${start.getFullYear()}-${two(start.getMonth() + 1)}-${two(start.getDate())}`,
      from: `${two(start.getHours())}:${two(start.getMinutes())}`,
      until: `${two(end.getHours())}:${two(end.getMinutes())}`,
      starts: start.getTime(),
    };
  }, ahead);
}

/**
 * The organiser puts an activity on the agenda through the form: starting at least `ahead` ms
 * from now, an hour long, at the community centre, worth one hour a participant. `more` fills
 * what a scenario adds before it is saved. Returns when it starts and its card.
 */
export async function putOnAgenda(
  organiser: Page,
  title: string,
  ahead: number,
  more?: (form: Locator) => Promise<void>,
): Promise<{ when: { date: string; from: string; until: string; starts: number }; card: Locator }> {
  await openAgenda(organiser);
  const when = await startSoon(organiser, ahead);
  await organiser.getByTestId('add-activity').click();
  const form = organiser.getByTestId('activity-form');
  await form.getByLabel('Wat gaan we doen?').fill(title);
  await form.getByLabel('Waar?').fill('Buurthuis De Pelikaan');
  await form.getByLabel('Datum').fill(when.date);
  await form.getByLabel('Van').fill(when.from);
  await form.getByLabel('Tot').fill(when.until);
  await form.getByLabel('Uren per deelnemer voor de organisator').fill('1');
  await more?.(form);
  await form.getByRole('button', { name: 'Op de agenda zetten' }).click();
  const card = organiser.getByTestId('activity').filter({ hasText: title });
  await expect(card).toBeVisible();
  return { when, card };
}
