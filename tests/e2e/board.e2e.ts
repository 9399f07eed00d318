// The board as a neighbour uses it: examples that make asking easier, filters, instant
// search that ignores case and accents, a long board shown a page at a time, only the
// texts of the language it shows, and every language one choice away in the menu.
import type { Page } from '@playwright/test';
import { messages as ar } from '../../src/i18n/ar/index.ts';
import { messages as en } from '../../src/i18n/en/index.ts';
import type { EverydayTexts } from '../../src/i18n/messages.ts';
import { messages as nl } from '../../src/i18n/nl/index.ts';
import { messages as pl } from '../../src/i18n/pl/index.ts';
import { messages as tr } from '../../src/i18n/tr/index.ts';
import { type Language, languages } from '../../src/i18n/translate.ts';
import { messages as uk } from '../../src/i18n/uk/index.ts';
import { expectAccessible } from './accessible.ts';
import { expect, sharedNetwork, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';
import { admit, askToJoin, enterBoard, inviteLink, postRequest, startNetwork } from './network.ts';
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

/** Nothing on the page reaches past the right or the left edge: no scrolling sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: globalThis.innerWidth,
    // In a right-to-left page what is too wide sticks out on the left (negative x).
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > globalThis.innerWidth + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  expect(widths.scroll, `${what}: scrolls sideways (${widths.wide.join(', ')})`).toBeLessThanOrEqual(widths.inner);
  expect(widths.wide, `${what}: sticks out`).toEqual([]);
}

// One network for the tests that leave each other alone: the search and filters are Anna's
// and Bram's posts and Bram's board; each language test has a neighbour of its own, who posts
// nothing and whose language no other test sees.
test.describe('Anna, Bram, Cor and Dewi on one network', () => {
  const network = sharedNetwork([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkstraat'],
    ['Dewi', 'Havenstraat'],
  ]);

  test('examples, filters and instant search on the board', async () => {
    const [anna, bram] = network().neighbours as [Device, Device];

    // Someone who never asked sees examples; one press puts it in the form.
    await anna.page.getByRole('button', { name: 'Iemand die mee wil naar de huisarts' }).click();
    await expect(anna.page.getByLabel('Korte titel')).toHaveValue('Iemand die mee wil naar de huisarts');
    await anna.page.getByLabel('Meegaan naar een afspraak').check();
    await anna.page.getByRole('button', { name: 'Ophangen' }).click();
    await expect(
      anna.page.getByRole('heading', { name: 'Iemand die mee wil naar de huisarts', level: 1 }),
    ).toBeVisible();
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

  test("a member's board loads the Dutch texts and not the English ones, until English is chosen", async () => {
    const page = (network().neighbours[2] as Device).page;
    await page.reload();
    // The board itself, not the first one shown from what the device holds (FirstBoard.tsx).
    await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
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

  test('the board in Turkish and in Polish, each picked from the language menu', async () => {
    const page = (network().neighbours[3] as Device).page;
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
});

test('pictograms on the board are SVG, never emoji, on a 360 px phone', async ({ network }) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const page = anna.page;
  await page.setViewportSize({ width: 360, height: 800 });
  await postRequest(page, 'Wie doet boodschappen?', 'Boodschappen');
  await postOffer(page, 'Ik maak je fiets', 'Klussen in en om huis');
  await postOffer(page, 'Soep voor twee', 'Koken en een warme maaltijd');
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
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
  await anna.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
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

test('on a 320 px phone the board fits in every language, and in Arabic it reads right to left', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(180_000);
  const coordinator = await startNetwork(browser, site.url);
  devices.push(coordinator);
  const phone = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
  const layla = await askToJoin(browser, await inviteLink(coordinator.page), 'Layla', 'Dorpsstraat', phone);
  devices.push(layla);
  await admit(coordinator.page, 'Layla');
  await enterBoard(layla.page);
  const page = layla.page;
  await postRequest(page, 'من يرافقني إلى الطبيب يوم الثلاثاء؟');
  await postRequest(page, 'Хто допоможе з листом від муніципалітету?', 'Papieren en administratie');
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(page.getByTestId('post')).toHaveCount(2);

  const texts: Record<Language, EverydayTexts> = { nl, en, tr, pl, ar, uk };
  expect(Object.keys(texts).sort()).toEqual([...languages].sort());
  let shown: Language = 'nl';
  // On a phone the language menu is under "Meer", one of the tabs at the bottom.
  const tabs = (language: Language) => page.getByRole('navigation', { name: texts[language]['nav.label'] });
  for (const next of ['en', 'tr', 'pl', 'uk', 'ar', 'nl'] as const) {
    await tabs(shown).getByRole('link', { name: texts[shown]['nav.more'] }).click();
    await chooseLanguage(page, shown, next);
    await tabs(next).getByRole('link', { name: texts[next]['nav.board'] }).click();
    shown = next;
    await expect(page.getByRole('heading', { name: texts[next]['board.title'], level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', next === 'ar' ? 'rtl' : 'ltr');
    await expectNoSidewaysScroll(page, `the board in ${next}`);
  }

  // Arabic, as a person who reads it finds the board: right to left, nothing sideways, axe content.
  await tabs('nl').getByRole('link', { name: nl['nav.more'] }).click();
  await chooseLanguage(page, 'nl', 'ar');
  await tabs('ar').getByRole('link', { name: ar['nav.board'] }).click();
  await page.reload();
  // What follows measures the board itself, which replaces the first one (FirstBoard.tsx) shown
  // from what the device holds: an element of that first board is gone once it does.
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
  await expect(page.getByRole('heading', { name: ar['board.title'], level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The layout mirrors: the menu's first link sits right of its second.
  const menu = page.getByRole('navigation', { name: ar['nav.label'] }).getByRole('link');
  const [first, second] = [await menu.nth(0).boundingBox(), await menu.nth(1).boundingBox()];
  if (first && second && first.y === second.y) expect(first.x).toBeGreaterThan(second.x);
  // What a neighbour wrote keeps its own direction: a Ukrainian title reads left to right, its
  // question mark at its end, inside the Arabic page.
  const ukrainian = page.getByRole('link', { name: 'Хто допоможе з листом від муніципалітету?' });
  await expect(ukrainian).toHaveCSS('direction', 'ltr');
  await expectNoSidewaysScroll(page, 'the board in Arabic');
  await expectAccessible(page, 'the board in Arabic on a phone');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: test.info().outputPath('board-ar-360.png'), fullPage: true });
});
