// The board as a neighbour uses it: examples that make asking easier, filters, instant
// search that ignores case and accents, and a long board shown a page at a time.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { postRequest } from './network.ts';
import type { Device } from './peers.ts';

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
  await page.getByLabel('Soort hulp').selectOption({ label: '🍲 Koken en een warme maaltijd' });
  await expect(cards).toHaveText(['Ik bak crème brûlée']);
  await page.getByLabel('Zoeken').fill('fiets');
  await expect(page.getByText('Niets gevonden. Probeer een ander woord.')).toHaveCount(2);
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
