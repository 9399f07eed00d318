// Ideas for the neighbourhood (docs/protocol-together.md §5), with separate browser profiles
// over the local relay: an idea for the coordinators only reaches them and nobody else; an
// idea for everyone shows on every member's ideas board until a coordinator takes it off.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { type Device, expectPeers } from './peers.ts';

async function openIdeas(page: Page): Promise<void> {
  await page.goto(new URL('/#/ideeen', page.url()).href);
  await expect(page.getByRole('heading', { name: 'Ideeën voor de buurt', level: 1 })).toBeVisible();
}

async function share(page: Page, text: string, forEveryone: boolean): Promise<void> {
  await page.getByLabel('Mijn idee').fill(text);
  if (forEveryone) await page.getByLabel('Iedereen, op het ideeënbord').check();
  await page.getByRole('button', { name: 'Idee delen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dank je wel voor je idee!' })).toBeVisible();
}

test('a private idea reaches the coordinator only; a public one shows for all until taken off', async ({ network }) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await expectPeers(anna.page, 1);

  await openIdeas(anna.page);
  // Saying nothing is not an idea: a plain word, and nothing is written.
  await anna.page.getByRole('button', { name: 'Idee delen' }).click();
  await expect(anna.page.getByRole('alert')).toHaveText('Schrijf eerst je idee.');
  // For the coordinators only (the first choice): Anna reads it back on her own page.
  await share(anna.page, 'Kunnen we een taalcafé beginnen?', false);
  await expect(anna.page.getByTestId('private-ideas')).toContainText('Kunnen we een taalcafé beginnen?');
  await expectAccessible(anna.page, 'ideas');

  await openIdeas(bram.page);
  await share(bram.page, 'Een bankje bij de speeltuin', true);
  await expect(bram.page.getByTestId('ideas-board')).toContainText('Een bankje bij de speeltuin');
  await expect(anna.page.getByTestId('ideas-board')).toContainText('Een bankje bij de speeltuin');

  // The coordinator reads Anna's idea; Bram never sees it.
  await openIdeas(coordinator.page);
  await expect(coordinator.page.getByTestId('private-ideas')).toContainText('Kunnen we een taalcafé beginnen?');
  await expect(coordinator.page.getByTestId('private-ideas')).toContainText('Anna');
  await expect(bram.page.getByTestId('private-ideas')).toHaveCount(0);

  // The coordinator takes Bram's idea off the board: it goes on every device.
  const idea = coordinator.page.getByTestId('ideas-board').getByTestId('idea').filter({ hasText: 'bankje' });
  await idea.getByRole('button', { name: 'Van het bord halen' }).click();
  await expect(coordinator.page.getByText('Nog geen ideeën op het bord.')).toBeVisible();
  await expect(anna.page.getByText('Nog geen ideeën op het bord.')).toBeVisible({ timeout: 45_000 });
  await expect(anna.page.getByRole('button', { name: 'Van het bord halen' })).toHaveCount(0);
});
