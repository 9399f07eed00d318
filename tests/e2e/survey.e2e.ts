// The yearly look back (docs/protocol-together.md §6), with separate browser profiles over the
// local relay: the coordinator makes one on the laptop; five members (the coordinator one of
// them) answer on their own devices; "I took part" arrives at once, the anonymous answers
// only at their moment within the next day (the pages' clocks are moved past it, never a
// sleep), kept through a reload; the report for funders then shows the counts per answer.
import type { BrowserContextOptions, Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { type Device, expectPeers } from './peers.ts';
import { expectFitsAt } from './screenFit.ts';
import { expectOneRow } from './screenGeometry.ts';
import { coordinatorMenu } from './toolkit.ts';

const meetingWait = { timeout: 45_000 };
const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const phoneSize = { width: 360, height: 740 };
const laptop = { width: 1366, height: 768 };

async function makeLookBack(page: Page): Promise<void> {
  await coordinatorMenu(page)
    .getByRole('link', { name: /^Terugblik/ })
    .click();
  const editor = page.getByTestId('survey-editor');
  // Without a title nothing is sent: a plain word.
  await editor.getByRole('button', { name: 'Terugblik starten' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    'Geef een titel en bij elke vraag een tekst (en bij een keuze minstens 2 keuzes).',
  );
  await editor.getByLabel('Titel').fill('Terugblik 2026');
  const first = editor.getByRole('group', { name: 'Vraag 1' });
  await first.getByLabel('De vraag').fill('Hoe tevreden ben je over de buurt?');
  await editor.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const second = editor.getByRole('group', { name: 'Vraag 2' });
  await second.getByLabel('De vraag').fill('Heb je iemand nieuw leren kennen?');
  await second.getByLabel('Soort antwoord').selectOption('yes-no');
  await editor.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const third = editor.getByRole('group', { name: 'Vraag 3' });
  await third.getByLabel('De vraag').fill('Wat deed je het liefst?');
  await third.getByLabel('Soort antwoord').selectOption('choice');
  await third.getByLabel('Keuze 1').fill('Helpen');
  await third.getByLabel('Keuze 2').fill('Koffie');
  await third.getByRole('button', { name: 'Keuze toevoegen' }).click();
  await third.getByLabel('Keuze 3').fill('Klussen');
  await third.getByRole('button', { name: 'Keuze 3 weghalen' }).click();
  await expect(third.getByLabel('Keuze 3')).toHaveCount(0);
  // A fourth question, removed again.
  await editor.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await editor.getByRole('button', { name: 'Vraag 4 weghalen' }).click();
  await expect(editor.getByRole('group', { name: 'Vraag 4' })).toHaveCount(0);
  // Open today only.
  await editor.getByLabel('Open tot en met').fill(await editor.getByLabel('Open vanaf').inputValue());
  await editor.getByRole('button', { name: 'Terugblik starten' }).click();
  await expect(editor.getByRole('status')).toHaveText('De terugblik staat klaar voor de leden.');
  const result = page.getByTestId('survey-result').filter({ hasText: 'Terugblik 2026' });
  await expect(result).toContainText('Minder dan 5 antwoorden: er is nog niets te zien.');
  await expectAccessible(page, 'look back section');
}

/**
 * A member follows the board's invitation and answers: 4, yes, "Koffie"; the page is measured
 * at each of `sizes` once filled in.
 */
async function answer(page: Page, check = false, sizes: { width: number; height: number }[] = []): Promise<void> {
  await page.goto(new URL('/#/', page.url()).href);
  const invitation = page.getByTestId('survey-invitation');
  await expect(invitation).toContainText('Terugblik 2026', meetingWait);
  if (check) {
    // Also under "Meer" on a phone, while it is open and not answered.
    await page.getByRole('link', { name: 'Meer', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: 'Terugblik' }).click();
  } else await invitation.getByRole('link', { name: 'Meedoen met de terugblik' }).click();
  await expect(page.getByRole('heading', { name: 'Terugblik', level: 1 })).toBeVisible();
  await expect(page.getByTestId('survey-anonymous')).toContainText('Je antwoorden zijn anoniem.');
  const form = page.getByTestId('survey-form');
  // A screen reader hears what 1 and 5 mean with the question.
  await expect(form.getByRole('group', { name: 'Hoe tevreden ben je over de buurt?' })).toHaveAccessibleDescription(
    '1 = helemaal niet · 5 = heel erg',
  );
  if (check) {
    // Every question needs an answer; nothing is written before.
    await form.getByRole('button', { name: 'Versturen' }).click();
    await expect(form.getByRole('alert')).toHaveText('Kies bij elke vraag een antwoord.');
  }
  await form.getByRole('group', { name: 'Hoe tevreden ben je over de buurt?' }).getByLabel('4').check();
  await form.getByRole('group', { name: 'Heb je iemand nieuw leren kennen?' }).getByLabel('Ja').check();
  if (check) {
    // The keyboard works as well: the arrow keys move within a group of radio buttons.
    const choices = form.getByRole('group', { name: 'Wat deed je het liefst?' });
    await choices.getByLabel('Helpen').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(choices.getByLabel('Koffie')).toBeChecked();
    // Big targets: every answer's whole line is at least 44 px high.
    for (const line of await form.locator('label.choice').all()) {
      expect((await line.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await expectAccessible(page, 'look back page');
  } else {
    await form.getByRole('group', { name: 'Wat deed je het liefst?' }).getByLabel('Koffie').check();
  }
  if (check) {
    // Every question has its answer now: the red "Kies bij elke vraag" is gone, not left contradicting it.
    await expect(form.getByRole('alert')).toHaveCount(0);
  }
  for (const size of sizes) {
    await expectFitsAt(page, size, 'look back page');
    // The scale from 1 to 5 in one row, low to high, not 3 and 2 or five lines.
    const scale = form.getByRole('group', { name: 'Hoe tevreden ben je over de buurt?' });
    await expectOneRow(scale.locator('label.choice'), `the scale at ${size.width} px`);
    // Each number right under its own button, not between two ("1 ◯ 2 ◯").
    const placed = await scale.locator('label.choice').evaluateAll((labels) =>
      labels.map((label) => {
        const button = label.querySelector('input')?.getBoundingClientRect();
        const number = label.querySelector('span')?.getBoundingClientRect();
        if (!button || !number) return 'missing';
        const centred = Math.abs(button.x + button.width / 2 - (number.x + number.width / 2)) < 2;
        return centred && number.top >= button.bottom - 1 ? 'under' : `${number.x} beside ${button.x}`;
      }),
    );
    expect(placed, `the numbers at ${size.width} px`).toEqual(['under', 'under', 'under', 'under', 'under']);
  }
  await form.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dank je wel!' })).toBeVisible();
  await expect(page.getByTestId('survey-form')).toHaveCount(0);
}

/** The end of today on this page's clock: the look back closes then. */
function endOfToday(page: Page): Promise<number> {
  return page.evaluate(() => {
    const end = new Date();
    end.setHours(23, 59, 59, 999);
    return end.getTime();
  });
}

test('a look back: five members answer anonymously, and the report shows the counts', async ({ network }) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
      ['Cor', 'Kerkpad'],
      ['Dewi', 'Lindelaan'],
    ],
    { device: phone },
  );
  const [anna] = neighbours as [Device];
  await expectPeers(anna.page, 1);

  await makeLookBack(coordinator.page);
  const everyone = [coordinator, ...neighbours];
  await answer(anna.page, true, [phoneSize]);
  for (const device of everyone.slice(1).filter((d) => d !== anna)) await answer(device.page);
  // The coordinator answers on the laptop too, as a member.
  await answer(coordinator.page, false, [laptop]);

  // "I took part" is there at once; the answers are not yet: nothing shows.
  await coordinator.page.goto(new URL('/coordinator/', coordinator.page.url()).href);
  await coordinatorMenu(coordinator.page)
    .getByRole('link', { name: /^Terugblik/ })
    .click();
  const result = coordinator.page.getByTestId('survey-result').filter({ hasText: 'Terugblik 2026' });
  await expect(result.getByTestId('survey-answered')).toHaveText('5', meetingWait);
  await expect(result.getByTestId('survey-answers')).toHaveText('< 5');
  await expect(result).toContainText('Minder dan 5 antwoorden');

  // A day later (past the look back's end), each device sends its waiting answer, kept
  // through the reload in its own storage.
  const later = (await endOfToday(coordinator.page)) + 60_000;
  for (const device of everyone) {
    await device.page.clock.setFixedTime(later);
    await device.page.reload();
  }
  await expect(result.getByTestId('survey-answers')).toHaveText('5', meetingWait);
  await expect(result.getByTestId('survey-more-answers')).toHaveCount(0);

  // The report for funders: counts per answer, nothing under 5 shown as a number.
  await coordinator.page.goto(new URL('/report/', coordinator.page.url()).href);
  const reported = coordinator.page.getByTestId('report-surveys').getByTestId('survey-result');
  await expect(reported).toContainText('Terugblik 2026');
  await expect(reported.getByTestId('survey-answers')).toHaveText('5');
  await expect(reported.getByTestId('survey-answered')).toHaveText('5');
  const question = (name: string) => reported.getByTestId('survey-question').filter({ hasText: name });
  await expect(question('Hoe tevreden').getByTestId('survey-count').filter({ hasText: '4' })).toHaveText(/^4\s*5$/);
  await expect(question('Hoe tevreden').getByTestId('survey-count').filter({ hasText: '1' })).toHaveText(/^1\s*< 5$/);
  await expect(question('nieuw leren kennen').getByTestId('survey-count').filter({ hasText: 'Ja' })).toHaveText(
    /^Ja\s*5$/,
  );
  await expect(question('het liefst').getByTestId('survey-count').filter({ hasText: 'Koffie' })).toHaveText(
    /^Koffie\s*5$/,
  );
  await expect(question('het liefst').getByTestId('survey-count').filter({ hasText: 'Helpen' })).toHaveText(
    /^Helpen\s*< 5$/,
  );
});
