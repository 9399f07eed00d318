// Stories (docs/protocol-together.md §4), with separate browser profiles over the local relay:
// Anna writes a story about Bram; it reaches the report for funders only once both said yes,
// anonymous while one of them wants no name; Cor has no say.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { type Device, expectPeers } from './peers.ts';

async function openThanks(page: Page): Promise<void> {
  await page.goto(new URL('/#/bedankjes', page.url()).href);
  await expect(page.getByRole('heading', { name: 'Verhalen uit de buurt', level: 2 })).toBeVisible();
}

test('a story goes into the report once everyone in it said yes, with names only if each said so', async ({
  network,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkpad'],
  ]);
  const [anna, bram, cor] = neighbours as [Device, Device, Device];
  await expectPeers(anna.page, 1);

  await openThanks(anna.page);
  await anna.page.getByText('Een verhaal schrijven').click();
  // A story without a title is not sent: a plain word, nothing lost.
  await anna.page.getByLabel('Het verhaal').fill('Met z’n drieën droegen we alle kasten naar boven.');
  await anna.page.getByRole('button', { name: 'Verhaal delen' }).click();
  await expect(anna.page.getByRole('alert')).toHaveText('Geef je verhaal een titel.');
  await anna.page.getByLabel('Titel').fill('De verhuizing');
  await anna.page.getByRole('group', { name: 'Over wie gaat het?' }).getByLabel('Bram').check();
  await anna.page.getByRole('button', { name: 'Verhaal delen' }).click();
  await expect(anna.page.getByRole('status').filter({ hasText: 'Dank je wel voor je verhaal!' })).toBeVisible();
  const annas = anna.page.getByTestId('story').filter({ hasText: 'De verhuizing' });
  await annas.getByRole('button', { name: 'Ja, met mijn naam' }).click();
  await expect(annas.getByTestId('story-said')).toHaveText('Je zei: ja, met je naam.');
  await expectAccessible(anna.page, 'stories');

  // Bram says yes, without names; Cor reads it but has no say.
  await openThanks(bram.page);
  const brams = bram.page.getByTestId('story').filter({ hasText: 'De verhuizing' });
  await expect(brams).toContainText('Met: Bram');
  await brams.getByRole('button', { name: 'Ja, zonder namen' }).click();
  await expect(brams.getByTestId('story-in-report')).toBeVisible();
  await expect(annas.getByTestId('story-in-report')).toBeVisible();
  await openThanks(cor.page);
  const cors = cor.page.getByTestId('story').filter({ hasText: 'De verhuizing' });
  await expect(cors).toBeVisible();
  await expect(cors.getByRole('button', { name: 'Ja, zonder namen' })).toHaveCount(0);

  // The report shows the story, without names (Bram wants none).
  await coordinator.page.goto(new URL('/report/', coordinator.page.url()).href);
  const story = coordinator.page.getByTestId('report-story').filter({ hasText: 'De verhuizing' });
  await expect(story).toContainText('Met z’n drieën droegen we alle kasten naar boven.');
  await expect(story).not.toContainText('Anna');
  await expect(story).not.toContainText('Bram');
});
