// A member's device reloads the board: the newest posts show from what the device holds
// before the rest of the board's code (the session, the member room) has loaded, nothing
// on them claims more than the view holds, and the board that follows works as ever
// (docs/benchmarks.md, figure 2).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { postRequest } from './network.ts';
import type { Device } from './peers.ts';

/** Holds back the member's board module (MemberHome) until released (a later hold goes first). */
async function holdMemberHome(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/MemberHome\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a reload shows the posts this device holds before the rest of the board has loaded', async ({ network }) => {
  // No service worker: every script comes over the network, where the test can hold one back.
  const { neighbours } = await network([['Anna', 'Dorpsstraat']], { device: { serviceWorkers: 'block' } });
  const page = (neighbours[0] as Device).page;
  await postRequest(page, 'Wie helpt met de kerstboom?');
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Wie helpt met de kerstboom?' })).toBeVisible();

  let release = await holdMemberHome(page);
  await page.reload();
  // The board as this device holds it: the post, marked as hers; the filters wait.
  const post = page.getByTestId('post').filter({ hasText: 'Wie helpt met de kerstboom?' });
  await expect(post).toBeVisible();
  await expect(post.getByText('Van jou')).toBeVisible();
  await expect(page.getByLabel('Zoeken')).toBeDisabled();
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'loading');
  release();
  // The board itself takes over, with the member room behind it.
  await expect(page.getByLabel('Zoeken')).toBeEnabled();
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
  await page.getByLabel('Zoeken').fill('kerstboom');
  await expect(page.getByTestId('requests-list').getByRole('link')).toHaveText(['Wie helpt met de kerstboom?']);

  // Another page than the board (my hours) shows no board while its code loads.
  await page.goto(new URL('/#/uren', page.url()).href);
  release = await holdMemberHome(page);
  await page.reload();
  await expect(page.getByText('Even laden…')).toBeVisible();
  await expect(page.getByTestId('post')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { name: 'Mijn uren', level: 1 })).toBeVisible();
});

test('the keyboard focus stays on the same link when the board takes over from the first one', async ({ network }) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']], { device: { serviceWorkers: 'block' } });
  const page = (neighbours[0] as Device).page;
  await postRequest(page, 'Wie helpt met de kerstboom?');
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Wie helpt met de kerstboom?' })).toBeVisible();

  for (const name of ['Prikbord', 'Wie helpt met de kerstboom?']) {
    const release = await holdMemberHome(page);
    await page.reload();
    await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'loading');
    // A keyboard user is already on a link of the first board (a post, the menu) when the board takes over.
    const link = page.getByRole('link', { name, exact: true }).first();
    await link.focus();
    await expect(link).toBeFocused();
    release();
    await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
    await expect(link).toBeFocused();
    await page.unrouteAll();
  }
});
