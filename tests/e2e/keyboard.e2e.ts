// The whole exchange with the keyboard alone: Tab to move, Enter and Space to act,
// arrows in lists, typing in fields. No mouse, no clicks.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkOnMore, moreLink } from './menu.ts';
import type { Device } from './peers.ts';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function type(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('post, respond, talk, agree, record and confirm hours with the keyboard alone', async ({ network }) => {
  test.setTimeout(120_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const a = anna.page;
  const b = bram.page;

  // Anna asks.
  await press(a, a.getByRole('link', { name: 'Vragen of aanbieden' }));
  await type(a, a.getByLabel('Korte titel'), 'Hulp met de boodschappen');
  await press(a, a.getByRole('button', { name: 'Ophangen' }));
  await expect(a.getByRole('heading', { name: 'Hulp met de boodschappen', level: 1 })).toBeVisible();

  // Bram finds it and responds with a message.
  await press(b, b.getByRole('link', { name: 'Hulp met de boodschappen' }));
  await type(b, b.getByLabel('Bericht aan Anna (mag leeg blijven)'), 'Ik ga zaterdag toch.');
  await press(b, b.getByRole('button', { name: 'Ik help graag' }));
  await expect(b.getByTestId('match-status')).toContainText('Anna laat weten of het past');

  // Anna answers and says yes, with Space this time.
  const exchange = a.getByTestId('exchange');
  await expect(exchange.getByTestId('message-text')).toHaveText(['Ik ga zaterdag toch.']);
  await type(a, exchange.getByLabel('Bericht aan Bram'), 'Graag, dank je!');
  await press(a, exchange.getByRole('button', { name: 'Versturen' }));
  await press(a, exchange.getByRole('button', { name: 'Ja, graag' }), 'Space');
  await expect(exchange.getByTestId('match-status')).toHaveText('Afgesproken!');

  // Bram records an hour and a half: arrows choose the minutes.
  const bramExchange = b.getByTestId('exchange');
  await expect(bramExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await type(b, bramExchange.getByLabel('Uren'), '1');
  await tabTo(b, bramExchange.getByLabel('Minuten'));
  await b.keyboard.press('ArrowDown');
  await b.keyboard.press('ArrowDown');
  await expect(bramExchange.getByLabel('Minuten')).toHaveValue('30');
  await press(b, bramExchange.getByRole('button', { name: 'Doorgeven' }));
  await expect(bramExchange.getByTestId('proposal-status')).toContainText('Wacht tot Anna het bevestigt');

  // Anna confirms.
  await expect(exchange.getByTestId('proposal-status')).toContainText('Bram geeft door: 1,5 uur');
  await press(a, exchange.getByRole('button', { name: 'Klopt, bevestigen' }));
  await expect(exchange.getByTestId('proposal-status')).toContainText('1,5 uur bijgeschreven');

  // Both look at their hours.
  await press(a, a.getByRole('link', { name: 'Mijn uren' }));
  await expect(a.getByTestId('balance')).toHaveText('−1,5 uur');
  await press(b, b.getByRole('link', { name: 'Mijn uren' }));
  await expect(b.getByTestId('balance')).toHaveText('+1,5 uur');
});

test('profile, appointments and adding a device with the keyboard alone', async ({ network }) => {
  test.setTimeout(120_000);
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const a = anna.page;

  await press(a, moreLink(a));
  await press(a, linkOnMore(a, 'Mijn profiel'));
  await type(a, a.getByLabel('Over mij'), 'Ik lees graag voor.');
  await press(a, a.getByLabel('Even niet: ik neem een pauze'), 'Space');
  await expect(a.getByLabel('Even niet: ik neem een pauze')).toBeChecked();
  await press(a, a.getByRole('button', { name: 'Opslaan' }));
  await expect(a.getByTestId('profile-saved')).toBeVisible();

  await press(a, a.getByRole('link', { name: 'Mijn afspraken' }));
  await expect(a.getByRole('heading', { name: 'Mijn afspraken', level: 1 })).toBeVisible();

  await press(a, moreLink(a));
  await press(a, linkOnMore(a, 'Instellingen'));
  await press(a, a.getByRole('button', { name: 'Ook op een ander apparaat' }));
  await type(a, a.getByLabel('Code op het andere apparaat'), 'ZZZZ-ZZZZ');
  await press(a, a.getByRole('button', { name: 'Verbinden' }));
  // Nobody shows that code: said plainly, and the form is back for another try.
  await expect(a.getByRole('alert')).toContainText('Er is geen apparaat met deze code', { timeout: 60_000 });
  await expect(a.getByLabel('Code op het andere apparaat')).toBeVisible();
  await press(a, a.getByRole('button', { name: 'Maak een herstelbestand' }));
  await expect(a.getByTestId('recovery-passphrase')).toBeVisible({ timeout: 60_000 });
});
