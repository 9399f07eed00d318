// Every kiosk screen clears the accessibility bar (axe, targets of at least 44 px: the
// kiosk's are bigger), and a card member can do it all with the keyboard alone: log in,
// ask for help, answer a response, confirm the hours, and say "Klaar".
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, logInWithCard, setUpKiosk } from './kiosk.ts';
import { chooseLanguage } from './language.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { expectSvgPictograms } from './pictograms.ts';

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
  await page.keyboard.type(text);
}

test('every kiosk screen is accessible, and the card member needs only the keyboard', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  const unpaired = await openDevice(browser, `${site.url}/kiosk/`);
  devices.push(unpaired);
  await expect(unpaired.page.getByTestId('kiosk-pairing-code')).toBeVisible();
  await expectAccessible(unpaired.page, 'kiosk: pairing code');

  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await expectAccessible(coordinator.page, 'coordinator: kiosk and card sections, card made');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  await expectAccessible(kiosk.page, 'kiosk: board');

  // The keyboard alone from here.
  const k = kiosk.page;
  await press(k, k.getByRole('button', { name: 'Inloggen met je ledenkaart' }));
  await expect(k.getByRole('heading', { name: 'Laat je ledenkaart zien' })).toBeVisible();
  await type(k, k.getByLabel('Code van je kaart'), 'ABCD');
  await k.keyboard.press('Enter');
  await expect(k.getByRole('alert')).toContainText('Die code klopt niet');
  await expectAccessible(k, 'kiosk: card code, with a problem');
  await k.getByLabel('Code van je kaart').focus();
  await k.keyboard.press('ControlOrMeta+a');
  await k.keyboard.type(code);
  await k.keyboard.press('Enter');
  await expect(k.getByRole('heading', { name: 'Typ je pincode' })).toBeVisible();
  await expectAccessible(k, 'kiosk: PIN');
  await type(k, k.getByLabel('Pincode'), '4821');
  await k.keyboard.press('Enter');
  const area = k.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  await expectAccessible(k, 'kiosk: card member home');

  await press(k, area.getByRole('button', { name: 'Vraag hulp' }));
  await expect(area.getByRole('heading', { name: 'Vraag hulp' })).toBeVisible();
  await expectAccessible(k, 'kiosk: ask for help');
  await tabTo(k, area.getByRole('radio').first());
  await k.keyboard.press('Space');
  await k.keyboard.press('ArrowRight');
  await type(k, area.getByLabel('Waar wil je hulp bij?'), 'Wie gaat mee naar de markt?');
  await k.keyboard.press('Enter');
  await expect(area.getByRole('heading', { name: 'Wie gaat mee naar de markt?' })).toBeVisible();

  await openPost(anna.page, 'Wie gaat mee naar de markt?');
  await anna.page.getByRole('button', { name: 'Ik help graag' }).click();
  const response = area.getByTestId('card-response');
  await expect(response).toContainText('Anna heeft gereageerd');
  await expectAccessible(k, 'kiosk: own request with a response');
  await press(k, response.getByRole('button', { name: 'Ja, graag' }));
  await expect(response.getByTestId('card-match')).toHaveText('Afgesproken!');
  const annaExchange = anna.page.getByTestId('exchange');
  await expect(annaExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await annaExchange.getByLabel('Uren').fill('2');
  await annaExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await expect(response.getByTestId('card-hours')).toContainText('Anna geeft door: 2 uur');
  await expectAccessible(k, 'kiosk: hours to confirm');
  await press(k, response.getByRole('button', { name: 'Klopt, bevestigen' }));
  await expect(response.getByTestId('card-hours')).toContainText('2 uur bijgeschreven');

  await press(k, area.getByRole('button', { name: 'Terug' }));
  await press(k, area.getByRole('button', { name: 'Mijn uren' }));
  await expect(area.getByTestId('card-balance')).toHaveText('−2 uur');
  await expectAccessible(k, 'kiosk: my hours');
  await press(k, area.getByRole('button', { name: 'Klaar' }));
  await expect(k.getByTestId('kiosk-board')).toBeVisible();
  await expect(k.getByTestId('kiosk-post').filter({ hasText: 'Wie gaat mee naar de markt?' })).toHaveCount(1);

  // In English too.
  await chooseLanguage(k, 'nl', 'en');
  await expect(k.getByRole('button', { name: 'Log in with your member card' })).toBeVisible();
  await expectAccessible(k, 'kiosk: board in English');
});

test('the kiosk draws its pictograms as SVG, never emoji, on a 1920 px screen', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  await postRequest(anna.page, 'Wie kookt er mee?', 'Koken en een warme maaltijd');
  await postRequest(anna.page, 'Hulp met de tuin', 'Tuin');
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  const k = kiosk.page;
  await k.setViewportSize({ width: 1920, height: 1080 });

  const posts = k.getByTestId('kiosk-post');
  await expect(posts).toHaveCount(2);
  const login = k.getByRole('button', { name: 'Inloggen met je ledenkaart' });
  await expectSvgPictograms(k, [...(await posts.all()), login, k.getByTestId('read-aloud').first()]);
  await expect(posts.filter({ hasText: 'Hulp met de tuin' }).locator('.kiosk-picto svg')).toHaveAttribute(
    'data-pictogram',
    'tuin',
  );
  await k.screenshot({ path: test.info().outputPath('kiosk-1920.png'), fullPage: true });

  // The card member's home: ask, offer, my hours, done, read aloud, each with its picture.
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  await logInWithCard(k, code, '4821');
  const area = k.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  await expectSvgPictograms(
    k,
    ['Vraag hulp', 'Bied iets aan', 'Mijn uren', 'Klaar', 'Lees voor'].map((name) =>
      area.getByRole('button', { name }),
    ),
  );
  await k.screenshot({ path: test.info().outputPath('kiosk-card-home-1920.png'), fullPage: true });
  await area.getByRole('button', { name: 'Vraag hulp' }).click();
  await expect(area.getByRole('heading', { name: 'Vraag hulp' })).toBeVisible();
  await expect(area.getByRole('radio', { name: 'Koken en een warme maaltijd' })).toBeVisible();
  await expectSvgPictograms(k, await area.locator('label.kiosk-choice').all());
  await k.screenshot({ path: test.info().outputPath('kiosk-ask-1920.png'), fullPage: true });
});
