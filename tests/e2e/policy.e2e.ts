// The network's agreements and a small circle in the browser (docs/protocol.md §3.4,
// protocol-together §3), with separate browser profiles syncing over WebRTC through the
// local relay: the coordinator changes the vote rule on the laptop and a member's plans
// page shows the new numbers; a circle plan offers pledging and voting to its circle only.
import type { Page } from '@playwright/test';
import { expectAccessible, wordsNotFitting } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { type Device, expectPeers } from './peers.ts';
import { expectFitsAt } from './screenFit.ts';
import { openSection } from './toolkit.ts';

const slow = { timeout: 60_000 };
const laptop = { width: 1366, height: 768 };
const phoneSize = { width: 360, height: 740 };

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

const plan = (page: Page, title: string) => page.getByTestId('plan').filter({ hasText: title });

/** The plan form filled for a plan whose voting ends in a day (the page's own time zone). */
async function fillPlan(page: Page, title: string): Promise<void> {
  const local = await page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const now = Date.now();
    return { date: day(new Date(now + 24 * 3600 * 1000)), done: day(new Date(now + 14 * 24 * 3600 * 1000)) };
  });
  await page.getByTestId('add-plan').click();
  const form = page.getByTestId('plan-form');
  await form.getByLabel('Wat is het plan?').fill(title);
  await form.getByLabel('Hoeveel uur is er nodig?').fill('4');
  await form.getByLabel('Stemmen kan tot (dag)').fill(local.date);
  await form.getByLabel('Klaar op').fill(local.done);
}

test('the coordinator changes the vote rule on the laptop; a member sees the new rule on the plans page', async ({
  network,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  await expectPeers(anna.page, 1);
  await anna.page.getByRole('link', { name: 'Samen', exact: true }).click();
  await anna.page.getByRole('link', { name: 'Plannen', exact: true }).click();
  const rule = anna.page.getByText(/^Een plan gaat door als/);
  await expect(rule).toHaveText('Een plan gaat door als meer dan 50% ja stemt, en minstens 20% van de leden stemt.');

  const c = coordinator.page;
  await openSection(c, 'settings');
  const policy = c.getByTestId('policy');
  await expect(policy.getByRole('heading', { name: 'Afspraken van het netwerk' })).toBeVisible();
  const share = policy.getByLabel('Hoeveel procent ja-stemmen heeft een plan nodig?');
  await expect(share).toHaveValue('50');
  // Out of range is said at the field, and nothing is saved.
  await share.fill('40');
  await policy.getByRole('button', { name: 'Afspraken opslaan' }).click();
  await expect(policy.getByRole('alert')).toHaveText('Vul een heel getal in van 50 tot 99.');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  // With its longest words shown (the problem at the field), on a phone and on the laptop: the
  // menu's words whole ("Me / nu" it was at 360), who pays in one column, each on its own line.
  for (const size of [phoneSize, laptop]) {
    await expectFitsAt(c, size, 'agreements form');
    expect(await wordsNotFitting(c, '[data-testid="coordinator-menu"]'), `menu at ${size.width} px`).toEqual([]);
    expect(await wordsNotFitting(c, '[data-testid="policy"]'), `agreements at ${size.width} px`).toEqual([]);
    const starts = await policy
      .locator('fieldset.choices label.choice')
      .evaluateAll((all) => all.map((label) => Math.round(label.getBoundingClientRect().left)));
    expect(new Set(starts).size, `who pays: one column at ${size.width} px (${starts.join(', ')})`).toBe(1);
  }
  await share.fill('66');
  await policy.getByLabel('Hoeveel procent van de leden moet stemmen?').fill('30');
  await policy.getByRole('button', { name: 'Afspraken opslaan' }).click();
  await expect(policy.getByRole('status')).toHaveText('Opgeslagen. De nieuwe afspraken gelden vanaf nu.');
  await expectAccessible(c, 'settings page with the agreements');

  await expect(rule).toHaveText(
    'Een plan gaat door als meer dan 66% ja stemt, en minstens 30% van de leden stemt.',
    slow,
  );
  // The coordinator's log says it too.
  await openSection(c, 'log');
  const line = c.locator('[data-testid="audit-line"][data-type="policy"]');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('Afspraken aangepast');
  await expect(line).toContainText('Carla');
});

test('a circle plan: its members pledge and vote, a member outside it cannot', async ({ network }) => {
  test.setTimeout(240_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkpad'],
    ['Dirk', 'Beukenlaan'],
  ]);
  const [anna, bram, , dirk] = neighbours as [Device, Device, Device, Device];
  await expectPeers(anna.page, 1);
  await anna.page.getByRole('link', { name: 'Samen', exact: true }).click();
  await anna.page.getByRole('link', { name: 'Plannen', exact: true }).click();
  await fillPlan(anna.page, 'Moestuin achter de school');
  const form = anna.page.getByTestId('plan-form');
  await form.getByLabel('Alleen voor een kleine kring').check();
  const circle = form.getByTestId('plan-circle');
  const search = circle.getByLabel('Zoek een naam');
  // Every neighbour is there to choose once this device knows them.
  await expect(circle.getByRole('checkbox')).toHaveCount(4, slow);
  // By keyboard: search, Tab to the one name left, Space ticks it.
  await search.fill('bra');
  await expect(circle.getByRole('checkbox')).toHaveCount(1);
  await search.press('Tab');
  await expect(circle.getByRole('checkbox', { name: 'Bram' })).toBeFocused();
  await anna.page.keyboard.press('Space');
  await expect(circle.getByRole('checkbox', { name: 'Bram' })).toBeChecked();
  // One neighbour is too few: said, and nothing is written.
  await search.fill('');
  await form.getByRole('button', { name: 'Plan voorstellen' }).click();
  await expect(circle.getByRole('alert')).toHaveText('Kies 2 tot 11 buren voor de kring.');
  await search.fill('cor');
  await circle.getByRole('checkbox', { name: 'Cor' }).check();
  await expect(circle).toContainText('In de kring: jij en 2 buren.');
  // Two is enough: the problem above goes, it would contradict the count.
  await expect(circle.getByRole('alert')).toHaveCount(0);
  await search.fill('nobody');
  await expect(circle).toContainText('Geen buur met die naam.');
  await search.fill('');
  // The second guide is chosen from the circle only.
  const guide = form.getByLabel('Wie helpt je het plan te begeleiden?');
  await expect(guide.locator('option')).toHaveText(['Niemand, ik doe het alleen', 'Bram', 'Cor']);
  await guide.selectOption({ label: 'Bram' });
  await expectFitsAt(anna.page, phoneSize, 'plan form with a circle');
  await expectFitsAt(anna.page, laptop, 'plan form with a circle');
  await expectAccessible(anna.page, 'plan form with a circle');
  await form.getByRole('button', { name: 'Plan voorstellen' }).click();
  const own = plan(anna.page, 'Moestuin achter de school');
  await expect(own.getByTestId('plan-circle-members')).toHaveText('Plan van een kleine kring: Anna, Bram, Cor', slow);

  // Bram, in the circle, gives hours and votes.
  await goTo(bram.page, '#/plannen');
  const bramsCard = plan(bram.page, 'Moestuin achter de school');
  await expect(bramsCard.getByTestId('plan-circle-members')).toBeVisible(slow);
  await bramsCard.getByLabel('Hoeveel uur geef je?').fill('1');
  await bramsCard.getByRole('button', { name: 'Uren geven' }).click();
  await expect(bramsCard.getByTestId('plan-mine')).toHaveText('Jij gaf 1 uur.');
  await bramsCard.getByRole('button', { name: 'Ja, doen!' }).click();
  await expect(bramsCard.getByTestId('plan-my-vote')).toContainText('Je stemde ja');

  // Dirk, outside it, sees the plan and who is in the circle, and no buttons to give or vote.
  await goTo(dirk.page, '#/plannen');
  const dirksCard = plan(dirk.page, 'Moestuin achter de school');
  await expect(dirksCard.getByTestId('plan-circle-members')).toHaveText(
    'Plan van een kleine kring: Anna, Bram, Cor',
    slow,
  );
  await expect(dirksCard.getByTestId('plan-votes')).toHaveText('Gestemd: 1 ja, 0 nee.', slow);
  await expect(dirksCard.getByTestId('plan-outside-circle')).toHaveText(
    'Alleen de kring geeft uren en stemt over dit plan.',
  );
  await expect(dirksCard.getByRole('button', { name: 'Ja, doen!' })).toHaveCount(0);
  await expect(dirksCard.getByRole('button', { name: 'Nee' })).toHaveCount(0);
  await expect(dirksCard.getByTestId('plan-pledge')).toHaveCount(0);
});
