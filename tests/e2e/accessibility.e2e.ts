// Accessibility on every page: axe finds no serious or critical violation, every target
// is at least 44 px high, and the language menu works, by keyboard too, and is remembered.
import { languageName, languages } from '../../src/i18n/translate.ts';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage, languageButton } from './language.ts';
import { openFromMore } from './menu.ts';
import { askToJoin, inviteLink, openPost, postRequest } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

test('every page has no serious accessibility problems and big enough targets', async ({
  browser,
  site,
  devices,
  network,
}) => {
  // axe on every page: about 3 minutes when the two cores are shared with other test runs.
  test.setTimeout(300_000);
  const visitor = await openDevice(browser, `${site.url}/`);
  devices.push(visitor);
  await expect(visitor.page.getByRole('heading', { name: 'Welkom bij Buurtruil' })).toBeVisible();
  await expectAccessible(visitor.page, 'welcome');
  await visitor.page.goto(`${site.url}/start/`);
  await expect(visitor.page.getByRole('heading', { name: 'Een buurtnetwerk beginnen' })).toBeVisible();
  await expectAccessible(visitor.page, 'start a network');
  await visitor.page.goto(`${site.url}/join/#net=broken`);
  await expect(visitor.page.getByRole('alert')).toBeVisible();
  await expectAccessible(visitor.page, 'damaged invite');

  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const newcomer = await askToJoin(browser, await inviteLink(coordinator.page), 'Nina', 'Kerkplein');
  devices.push(newcomer);
  await expectAccessible(newcomer.page, 'join, waiting');
  await openSection(coordinator.page, 'today');
  await expect(coordinator.page.getByTestId('join-request')).toBeVisible();
  await expectAccessible(coordinator.page, 'coordinator');

  await expectAccessible(anna.page, 'board with examples');
  await anna.page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await anna.page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(anna.page.getByRole('alert')).toBeVisible();
  await expectAccessible(anna.page, 'post editor with a problem');
  await postRequest(anna.page, 'Wie wil mee naar de huisarts?');
  await openPost(bram.page, 'Wie wil mee naar de huisarts?');
  await expectAccessible(bram.page, 'post detail');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await anna.page.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  await expect(anna.page.getByTestId('match-status')).toHaveText('Afgesproken!');
  await expectAccessible(anna.page, 'exchange with hours form');
  await anna.page.getByRole('link', { name: 'Mijn uren' }).click();
  await expectAccessible(anna.page, 'my hours');
  await bram.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expectAccessible(bram.page, 'board with a post');
});

test('every language is in the menu, by keyboard too, and the choice is remembered', async ({ network }) => {
  const { coordinator } = await network([]);
  const page = coordinator.page;
  await openSection(page, 'requests');
  const toggle = await languageButton(page, 'nl');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Every language, named in itself (the tick on the chosen one is not part of its name).
  await expect(page.locator('.language-option')).toHaveCount(languages.length);
  for (const language of languages) {
    await expect(page.getByRole('button', { name: languageName(language), exact: true })).toHaveAttribute(
      'lang',
      language,
    );
  }
  // Arabic's name is written right to left, in a list that is not.
  await expect(page.getByRole('button', { name: languageName('ar'), exact: true })).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'Nederlands', exact: true })).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page, 'the language menu open');
  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  // An arrow opens it on the language shown; the arrows move; Enter chooses.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Nederlands', exact: true })).toBeFocused();
  const english = page.getByRole('button', { name: 'English', exact: true });
  for (let i = 0; i < languages.length && !(await english.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(english).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Coordinator', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Notice board' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(await languageButton(page, 'en')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Requests to join' })).toBeVisible();
  await expectAccessible(page, 'coordinator in English');
  await chooseLanguage(page, 'en', 'nl');
  await expect(page.getByRole('heading', { name: 'Aanvragen om mee te doen' })).toBeVisible();
});

test("the neighbour's new pages: appointments, profile, settings and a new device's pages", async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const a = anna.page;
  await a.getByRole('link', { name: 'Mijn afspraken' }).click();
  await expect(a.getByRole('heading', { name: 'Mijn afspraken', level: 1 })).toBeVisible();
  await expectAccessible(a, 'my appointments, none yet');
  await openFromMore(a, 'Mijn profiel');
  await expect(a.getByLabel('Over mij')).toBeVisible();
  await expectAccessible(a, 'my profile');
  await openFromMore(a, 'Instellingen');
  await a.getByRole('button', { name: 'Ook op een ander apparaat' }).click();
  await expect(a.getByLabel('Code op het andere apparaat')).toBeVisible();
  await expectAccessible(a, 'settings, adding a device');

  const visitor = await openDevice(browser, `${site.url}/apparaat/#herstellen`);
  devices.push(visitor);
  await expect(visitor.page.getByRole('heading', { name: 'Herstellen met een herstelbestand' })).toBeVisible();
  await expectAccessible(visitor.page, 'restore a recovery file');
  await visitor.page.goto(`${site.url}/apparaat/#koppelen`);
  await expect(visitor.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(visitor.page, 'pair this device');
  await visitor.page.goto(`${site.url}/apparaat/#kwijt`);
  await expect(visitor.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(visitor.page, 'lost my device');
});
