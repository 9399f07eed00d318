// Steps the activity scenarios share: opening the member's agenda, and a start time a little
// ahead written as the activity form's fields.
import { expect, type Page } from '@playwright/test';

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
