// A member on a phone (360 × 740, touch): the board is the first thing they see, the menu is a
// tab bar at the bottom in reach of a thumb, nothing scrolls sideways at 320 px, and the
// invite goes out through the phone's own share sheet. Screenshots for a person to look at.
import type { BrowserContextOptions, Locator, Page } from '@playwright/test';
import { expectAccessible, expectReflow, wordsNotFitting } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { inviteLink, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { expectOneRow } from './screenGeometry.ts';

const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

function tabBar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** Where the element is laid out, once it is (after a reload the first board gives way to the real one). */
type Box = NonNullable<Awaited<ReturnType<Locator['boundingBox']>>>;
async function box(locator: Locator): Promise<Box> {
  const found: { box: Box | null } = { box: null };
  await expect(async () => {
    found.box = await locator.boundingBox();
    expect(found.box, 'laid out').not.toBeNull();
  }).toPass();
  return found.box as Box;
}

/** The tab bar's height on every page a test looked at: it must not change from page to page. */
const barHeights = new Set<number>();

/**
 * The tab bar is the one menu shown, at the bottom, five big targets of one height, with its
 * words whole (never broken mid-word, never out of the tab); returns where it begins.
 */
async function expectTabBar(page: Page, current: string): Promise<number> {
  const bar = tabBar(page);
  await expect(bar).toHaveCount(1);
  const tabs = bar.getByRole('link');
  await expect(tabs).toHaveText([/Prikbord/, /Vragen of aanbieden/, /Mijn afspraken/, /Mijn uren/, /Meer/]);
  await expect(bar.locator('[aria-current="page"]')).toHaveText(current);
  const height = page.viewportSize()?.height ?? 0;
  const barBox = await box(bar);
  expect(Math.abs(barBox.y + barBox.height - height), 'the tab bar sits at the bottom').toBeLessThanOrEqual(1);
  const tabHeights = new Set<number>();
  for (const tab of await tabs.all()) {
    const { width, height: tall } = await box(tab);
    expect(Math.min(width, tall), `${await tab.textContent()}: at least 44 px`).toBeGreaterThanOrEqual(44);
    tabHeights.add(Math.round(tall));
  }
  expect([...tabHeights], 'every tab as high as the others').toHaveLength(1);
  await expect.poll(() => wordsNotFitting(page, '.tab-bar'), { message: 'the tabs hold their words' }).toEqual([]);
  barHeights.add(Math.round(barBox.height));
  expect([...barHeights], `the tab bar as high on "${current}" as on the pages before`).toHaveLength(1);
  return barBox.y;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(name) });
}

test('on a phone the board comes first, under a slim line and above a tab bar', async ({ network }) => {
  test.setTimeout(180_000);
  barHeights.clear();
  const { neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
    ],
    { device: phone },
  );
  const [anna, bram] = neighbours as [Device, Device];
  // An empty board says so in one sentence and shows the first thing to do, on the first screen.
  const firstStep = anna.page.getByTestId('first-step');
  await expect(firstStep.getByText('Het prikbord is nog leeg: jij kunt beginnen.')).toBeVisible();
  const start = firstStep.getByRole('link', { name: 'Zet je eerste vraag of aanbod op het prikbord' });
  const startBox = await box(start);
  expect(startBox.y, 'the first step on the first screen').toBeGreaterThanOrEqual(0);
  expect(startBox.y + startBox.height, 'the first step above the tab bar').toBeLessThanOrEqual(
    await expectTabBar(anna.page, 'Prikbord'),
  );
  await start.click();
  await expect(anna.page.getByRole('button', { name: 'Ophangen' })).toBeVisible();
  await expectTabBar(anna.page, 'Vragen of aanbieden');
  for (const title of ['Wie helpt met de tuin?', 'Boodschappen op dinsdag', 'Mee naar de huisarts']) {
    await postRequest(anna.page, title, 'Tuin');
  }

  // Bram never asked: the examples and filters are there, folded behind one button.
  const page = bram.page;
  await page.reload();
  const titles = page.getByTestId('post').getByRole('link');
  await expect(titles).toHaveCount(3);
  // The board as the device last wrote it shows first; its geometry is measured once the real one took over.
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
  await expect(page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  const barTop = await expectTabBar(page, 'Prikbord');
  for (const title of (await titles.all()).slice(0, 2)) {
    const { y, height } = await box(title);
    expect(y, `${await title.textContent()}: on the first screen`).toBeGreaterThanOrEqual(0);
    expect(y + height, `${await title.textContent()}: above the tab bar`).toBeLessThanOrEqual(barTop);
  }
  // The network and the connection on one line; no language button (it is under Meer).
  const status = page.getByTestId('connection-status');
  await expect(status).toBeVisible();
  expect((await box(status)).height).toBeLessThan(44);
  await expect(page.getByRole('button', { name: /Taal/ })).toHaveCount(0);
  await shoot(page, 'phone-board-360.png');

  await expect(page.getByLabel('Zoeken')).toBeHidden();
  await page.getByRole('button', { name: 'Zoeken en filteren' }).click();
  await expect(page.getByRole('button', { name: 'Zoeken en filteren' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Iemand die mee wil naar de huisarts' })).toBeVisible();
  await page.getByLabel('Zoeken').fill('dinsdag');
  await expect(titles).toHaveText(['Boodschappen op dinsdag']);
  await page.getByLabel('Zoeken').fill('');
  await expectAccessible(page, 'the board on a phone');

  // The end of a page is never hidden behind the tab bar.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = await box(titles.last());
  expect(last.y + last.height).toBeLessThanOrEqual(await expectTabBar(page, 'Prikbord'));

  // A post.
  await titles.first().click();
  await expect(page.getByRole('heading', { name: 'Mee naar de huisarts', level: 1 })).toBeVisible();
  await expectTabBar(page, 'Prikbord');
  await expectAccessible(page, 'a post on a phone');
  await shoot(page, 'phone-post-360.png');
  // Bram offers help: what is new in Anna's "Mijn afspraken" shows on her tab (on her board:
  // a post she has open is read as news arrives).
  await tabBar(anna.page).getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(anna.page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ik help graag' }).click();
  await expect(anna.page.getByTestId('tab-unread')).toHaveText('1 nieuw');

  // Every tab, and every page under Meer, fits at 320 px.
  const tabs: [string, string][] = [
    ['Vragen of aanbieden', 'Vragen of aanbieden'],
    ['Mijn afspraken', 'Mijn afspraken'],
    ['Mijn uren', 'Mijn uren'],
    ['Meer', 'Meer'],
  ];
  for (const [tab, current] of tabs) {
    await tabBar(page).getByRole('link', { name: tab }).click();
    await expectTabBar(page, current);
    await expectReflow(page, tab);
  }
  await tabBar(page).getByRole('link', { name: 'Mijn uren' }).click();
  await expectAccessible(page, 'Mijn uren on a phone');
  await shoot(page, 'phone-hours-360.png');

  // Meer: the other pages, the language, and how to put the app on the home screen.
  await tabBar(page).getByRole('link', { name: 'Meer' }).click();
  await expect(page.getByRole('heading', { name: 'Meer', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Taal/ })).toBeVisible();
  await expect(page.getByTestId('install-hint')).toContainText('Zet Buurtruil op je beginscherm');
  await expectAccessible(page, 'Meer on a phone');
  await shoot(page, 'phone-more-360.png');
  for (const name of ['Mijn profiel', 'Instellingen', 'Bedankjes', 'Plannen', 'Ideeën']) {
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectTabBar(page, 'Meer');
    await expectReflow(page, name);
    await tabBar(page).getByRole('link', { name: 'Meer' }).click();
  }
  // The help is dismissed once and stays away.
  await page.getByRole('button', { name: 'Begrepen' }).click();
  await expect(page.getByTestId('install-hint')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Meer', level: 1 })).toBeVisible();
  await expect(page.getByTestId('install-hint')).toHaveCount(0);

  // The board at 320 px: the tabs keep their words whole and their height.
  await tabBar(page).getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(titles).toHaveCount(3);
  await expectReflow(page, 'the board');
  await page.setViewportSize({ width: 320, height: 740 });
  for (const tab of ['Vragen of aanbieden', 'Mijn afspraken', 'Prikbord']) {
    await tabBar(page).getByRole('link', { name: tab }).click();
    // Another width may take another size of text; never another height.
    barHeights.clear();
    await expectTabBar(page, tab);
  }
  await page.setViewportSize(phone.viewport as { width: number; height: number });

  // Anna takes her own post down: the step stands apart from "Aanpassen", asks first, and says what happened.
  const a = anna.page;
  await tabBar(a).getByRole('link', { name: 'Prikbord', exact: true }).click();
  await a.getByRole('link', { name: 'Boodschappen op dinsdag' }).click();
  const edit = a.getByRole('link', { name: 'Aanpassen' });
  const done = a.getByRole('button', { name: 'Gelukt, weghalen' });
  const notNeeded = a.getByRole('button', { name: 'Niet meer nodig, weghalen' });
  const editBox = await box(edit);
  for (const remove of [done, notNeeded]) {
    const removeBox = await box(remove);
    const apart = Math.max(removeBox.y - (editBox.y + editBox.height), editBox.y - (removeBox.y + removeBox.height));
    expect(apart, `${await remove.textContent()}: at least 16 px from "Aanpassen"`).toBeGreaterThanOrEqual(16);
  }
  const doneBox = await box(done);
  const notNeededBox = await box(notNeeded);
  expect(notNeededBox.y - (doneBox.y + doneBox.height), 'the two ways to take it down apart').toBeGreaterThanOrEqual(
    16,
  );
  await notNeeded.click();
  const ask = a.getByRole('group', { name: 'Dan gaat je bericht van het prikbord. Weet je het zeker?' });
  await expect(ask).toBeVisible();
  await shoot(a, 'phone-post-remove-360.png');
  await ask.getByRole('button', { name: 'Nee, laten staan' }).click();
  await expect(ask).toHaveCount(0);
  await expect(notNeeded).toBeVisible();
  await expect(page.getByRole('link', { name: 'Boodschappen op dinsdag' })).toBeVisible();
  await notNeeded.click();
  await ask.getByRole('button', { name: 'Ja, weghalen' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Weggehaald' })).toHaveText(
    'Weggehaald. Je bericht staat niet meer op het prikbord.',
  );
  await expect(notNeeded).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Boodschappen op dinsdag' })).toHaveCount(0);

  // On a laptop: the menu at the top in one row, no tab bar; "Samen" holds Agenda, Bedankjes,
  // Plannen and Ideeën, "Meer" the rest (six links; ten wrapped into two rows).
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('.tab-bar')).toBeHidden();
  const links = tabBar(page).getByRole('link');
  await expect(links).toHaveText([/Prikbord/, /Vragen of aanbieden/, /Mijn afspraken/, /Mijn uren/, /Samen/, /Meer/]);
  await expectOneRow(links, 'the menu on a laptop');
  await expect(page.getByLabel('Zoeken')).toBeVisible();
  await shoot(page, 'laptop-board-1366.png');
});

test('the invite goes out through the share sheet where the browser has one', async ({ network }) => {
  const { coordinator } = await network([]);
  const page = coordinator.page;
  // Chromium on Linux has no share sheet: this one records what it was given.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Delen' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url))
    .toBe(await inviteLink(page));
  await expect(page.getByRole('button', { name: 'Link kopiëren' })).toHaveCount(0);
});

test('the app can be put on a home screen: a manifest with PNG icons of 192 and 512 px', async ({ site, page }) => {
  await page.goto(`${site.url}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(href ?? '', site.url).href)).json();
  expect(manifest.display).toBe('standalone');
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await page.request.get(new URL(icon.src, site.url).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
