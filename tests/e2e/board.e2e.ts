// The board as a neighbour uses it: examples that make asking easier, filters, instant
// search that ignores case and accents, a long board shown a page at a time, only the
// texts of the language it shows, and every language one choice away in the menu.
import type { Page } from '@playwright/test';
import { messages as en } from '../../src/i18n/en/index.ts';
import { messages as nl } from '../../src/i18n/nl/index.ts';
import { messages as pl } from '../../src/i18n/pl/index.ts';
import { messages as tr } from '../../src/i18n/tr/index.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';
import { postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { expectSvgPictograms } from './pictograms.ts';

async function postOffer(page: Page, title: string, category: string): Promise<void> {
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await page.getByLabel('Ik bied iets aan').check();
  await page.getByLabel('Korte titel').fill(title);
  await page.getByLabel(category).check();
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('examples, filters and instant search on the board', async ({ network }) => {
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];

  // Someone who never asked sees examples; one press puts it in the form.
  await anna.page.getByRole('button', { name: 'Iemand die mee wil naar de huisarts' }).click();
  await expect(anna.page.getByLabel('Korte titel')).toHaveValue('Iemand die mee wil naar de huisarts');
  await anna.page.getByLabel('Meegaan naar een afspraak').check();
  await anna.page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(anna.page.getByRole('heading', { name: 'Iemand die mee wil naar de huisarts', level: 1 })).toBeVisible();
  await postOffer(anna.page, 'Ik bak crème brûlée', 'Koken en een warme maaltijd');
  await postOffer(anna.page, 'Ik lees graag voor', 'Voorlezen');

  const page = bram.page;
  const cards = page.getByTestId('post').getByRole('link');
  await expect(cards).toHaveCount(3);
  await page.getByLabel('Zoeken').fill('CREME');
  await expect(cards).toHaveText(['Ik bak crème brûlée']);
  await page.getByLabel('Zoeken').fill('voorlezen');
  await expect(cards).toHaveText(['Ik lees graag voor']);
  await page.getByLabel('Zoeken').fill('');
  await page.getByLabel('Laat zien').selectOption({ label: 'Alleen vragen' });
  await expect(cards).toHaveText(['Iemand die mee wil naar de huisarts']);
  await page.getByLabel('Laat zien').selectOption({ label: 'Vragen en aanbod' });
  await page.getByLabel('Soort hulp').selectOption({ label: 'Koken en een warme maaltijd' });
  await expect(cards).toHaveText(['Ik bak crème brûlée']);
  await page.getByLabel('Zoeken').fill('fiets');
  await expect(page.getByText('Niets gevonden. Probeer een ander woord.')).toHaveCount(2);
});

test('pictograms on the board are SVG, never emoji, on a 360 px phone', async ({ network }) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const page = anna.page;
  await page.setViewportSize({ width: 360, height: 800 });
  await postRequest(page, 'Wie doet boodschappen?', 'Boodschappen');
  await postOffer(page, 'Ik maak je fiets', 'Klussen in en om huis');
  await postOffer(page, 'Soep voor twee', 'Koken en een warme maaltijd');
  await page.getByRole('link', { name: 'Prikbord' }).click();
  const posts = page.getByTestId('post');
  await expect(posts).toHaveCount(3);
  // At 360 px the menu is the tab bar: five tabs, the rest under "Meer".
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
  await expect(menu).toHaveCount(5);
  await expectSvgPictograms(page, [...(await posts.all()), ...(await menu.all())]);
  await expect(posts.filter({ hasText: 'Soep voor twee' }).locator('svg.picto')).toHaveAttribute(
    'data-pictogram',
    'koken',
  );
  await page.screenshot({ path: test.info().outputPath('board-360.png'), fullPage: true });

  // The form's categories, each with its pictogram beside its name.
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  const categories = page.getByRole('radio', { name: 'Koken en een warme maaltijd' });
  await expect(categories).toBeVisible();
  await expectSvgPictograms(page, [page.locator('label').filter({ has: categories })]);
});

test('a long board shows a page at a time, newest first', async ({ network }) => {
  test.setTimeout(120_000);
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  for (let i = 1; i <= 22; i++) await postRequest(anna.page, `Vraag ${i}`, 'Tuin');
  await anna.page.getByRole('link', { name: 'Prikbord' }).click();
  const requests = anna.page.getByTestId('requests-list').getByRole('link');
  await expect(requests).toHaveCount(20);
  await expect(requests.first()).toHaveText('Vraag 22');
  await anna.page.getByRole('button', { name: 'Meer laten zien (nog 2)' }).click();
  await expect(requests).toHaveCount(22);
  await expect(requests.last()).toHaveText('Vraag 1');
  // Opened again, the newest come first (read before the rest), and the rest still follows.
  await anna.page.reload();
  await expect(requests.first()).toHaveText('Vraag 22');
  await expect(requests).toHaveCount(20);
  await anna.page.getByRole('button', { name: 'Meer laten zien (nog 2)' }).click();
  await expect(requests).toHaveCount(22);
  // A search finds what is past the first page.
  await anna.page.getByLabel('Zoeken').fill('vraag 2');
  await expect(requests).toHaveText(['Vraag 22', 'Vraag 21', 'Vraag 20', 'Vraag 12', 'Vraag 2']);
});

/** The text of every script the page has loaded so far (from the service worker's cache if there). */
function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.endsWith('.js'));
    return Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  });
}

test("a member's board loads the Dutch texts and not the English ones, until English is chosen", async ({
  network,
}) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const page = anna.page;
  await page.reload();
  await expect(page.getByRole('heading', { name: nl['board.title'], level: 1 })).toBeVisible();
  const dutch = nl['board.noResults'];
  const english = en['board.noResults'];
  let scripts = await loadedScripts(page);
  expect(scripts.some((script) => script.includes(dutch))).toBe(true);
  expect(scripts.some((script) => script.includes(english))).toBe(false);

  await chooseLanguage(page, 'nl', 'en');
  await expect(page.getByRole('heading', { name: en['board.title'], level: 1 })).toBeVisible();
  scripts = await loadedScripts(page);
  expect(scripts.some((script) => script.includes(english))).toBe(true);
});

test('the board in Turkish and in Polish, each picked from the language menu', async ({ network }) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const page = (neighbours[0] as Device).page;
  await expect(page.getByRole('heading', { name: nl['board.title'], level: 1 })).toBeVisible();
  await chooseLanguage(page, 'nl', 'tr');
  await expect(page.getByRole('heading', { name: tr['board.title'], level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: tr['nav.hours'] })).toBeVisible();
  await chooseLanguage(page, 'tr', 'pl');
  await expect(page.getByRole('heading', { name: pl['board.title'], level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: pl['nav.hours'] })).toBeVisible();
  // Remembered: the page opens in Polish again.
  await page.reload();
  await expect(page.getByRole('heading', { name: pl['board.title'], level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});
