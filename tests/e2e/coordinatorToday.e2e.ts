// The coordinator's day at a glance: at 1366 × 768 the first screen, without scrolling,
// shows "Vandaag" with a waiting newcomer (and the button to welcome them) and a member's
// "Dit wordt me te veel", beside the side menu; each section is a page of its own that
// back, forward and a reload keep.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { askToJoin, enterBoard, inviteLink, openPost, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { coordinatorMenu, openSection } from './toolkit.ts';

test('Vandaag shows what waits on the first screen, and the sections are pages of their own', async ({
  network,
  browser,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const c = coordinator.page;

  // Bram finds Anna's daily meal too much and says so to the coordinator.
  await postRequest(anna.page, 'Wie kookt er elke dag voor mij?', 'Koken en een warme maaltijd');
  await openPost(bram.page, 'Wie kookt er elke dag voor mij?');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  const exchange = bram.page.getByTestId('exchange');
  await exchange.getByRole('button', { name: 'Dit wordt me te veel' }).click();
  await exchange.getByLabel('Wil je er iets bij zeggen?').fill('Elke dag is te vaak voor mij.');
  await exchange.getByRole('button', { name: 'Stuur naar de coördinator' }).click();
  await expect(exchange.getByTestId('too-much-sent')).toBeVisible();
  // And Nina asks to join.
  const nina = await askToJoin(browser, await inviteLink(c), 'Nina', 'Kerkplein');

  // The coordinator opens their page on a laptop.
  await c.setViewportSize({ width: 1366, height: 768 });
  await c.goto(c.url().replace(/#.*$/, ''));
  const today = c.getByRole('region', { name: 'Vandaag' });
  await expect(today.getByRole('heading', { name: 'Vandaag', level: 2 })).toBeInViewport({ ratio: 1 });
  const request = today.getByTestId('join-request').filter({ hasText: 'Nina uit Kerkplein' });
  const welcome = request.getByRole('button', { name: 'Welkom heten' });
  await expect(welcome).toBeInViewport({ ratio: 1 });
  await expect(today.getByTestId('today-requests').getByTestId('today-count')).toHaveText('1');
  const signal = today.getByTestId('today-signal');
  await expect(signal).toContainText('Elke dag is te vaak voor mij.');
  await expect(signal).toContainText('Van Bram');
  await expect(signal).toBeInViewport({ ratio: 1 });
  // The side menu is there too, "Vandaag" marked as the page, with counts where something waits.
  const menu = coordinatorMenu(c);
  await expect(menu.getByRole('link', { name: /^Vandaag/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: /^Vandaag/ })).toBeInViewport({ ratio: 1 });
  await expect(menu.getByRole('link', { name: /^Aanvragen om mee te doen 1 wachten/ })).toBeInViewport({ ratio: 1 });
  await expect(menu.getByRole('link', { name: /^Berichten aan de coördinator 1 wachten/ })).toBeVisible();
  await expect(menu.locator('svg[data-pictogram]')).toHaveCount(19);
  await expectAccessible(c, 'Vandaag');
  await c.screenshot({ path: 'test-results/coordinator-today-1366.png' });

  // Two sections, each a page of its own.
  await openSection(c, 'members');
  await expect(c).toHaveURL(/#\/leden$/);
  await expect(c.getByRole('heading', { name: 'Buren', level: 2 })).toBeFocused();
  await expect(c.getByRole('heading', { name: 'Vandaag' })).toHaveCount(0);
  await c.screenshot({ path: 'test-results/coordinator-members-1366.png' });
  await openSection(c, 'settings');
  await expect(c).toHaveURL(/#\/instellingen$/);
  await expectAccessible(c, 'settings page');
  await c.screenshot({ path: 'test-results/coordinator-settings-1366.png' });
  // Back and forward move between the pages; a reload keeps the page.
  await c.goBack();
  await expect(c.getByRole('heading', { name: 'Buren', level: 2 })).toBeVisible();
  await c.goForward();
  await expect(c.getByRole('heading', { name: 'Instellingen en huisregels', level: 2 })).toBeVisible();
  await c.reload();
  await expect(c.getByRole('heading', { name: 'Instellingen en huisregels', level: 2 })).toBeVisible();
  await expect(menu.getByRole('link', { name: /^Instellingen en huisregels/ })).toHaveAttribute('aria-current', 'page');

  // On a phone: Vandaag first, the menu behind one button, reachable by keyboard.
  await openSection(c, 'today');
  await c.setViewportSize({ width: 360, height: 740 });
  await c.reload();
  await expect(menu.getByRole('link', { name: /^Buren/ })).toBeHidden();
  // (Whether it is on a phone's first screen is the phone shell's header's business.)
  await expect(today.getByRole('heading', { name: 'Vandaag', level: 2 })).toBeVisible();
  await c.screenshot({ path: 'test-results/coordinator-today-360.png', fullPage: true });
  const toggle = menu.getByRole('button', { name: /^Menu/ });
  await toggle.focus();
  await c.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('link', { name: /^Buren/ })).toBeVisible();
  await toggle.click();
  await c.setViewportSize({ width: 1366, height: 768 });

  // Welcoming Nina works from Vandaag itself.
  await welcome.click();
  await expect(request).toHaveCount(0);
  await enterBoard(nina.page);
  await expect(today.getByTestId('today-requests')).toHaveCount(0);
  await expect(menu.getByRole('link', { name: /^Aanvragen om mee te doen$/ })).toBeVisible();
});

test('when nothing waits, Vandaag says so calmly and offers the invitation', async ({ network }) => {
  const { coordinator } = await network([]);
  const c = coordinator.page;
  await openSection(c, 'today');
  await expect(c.getByTestId('today-calm')).toHaveText('Er wacht nu niets op je. Het is rustig in de buurt.');
  await expect(coordinatorMenu(c).locator('.count-badge')).toHaveCount(0);
  await c.getByRole('link', { name: 'Buren uitnodigen' }).click();
  await expect(c).toHaveURL(/#\/uitnodigen$/);
  await expect(c.getByTestId('invite-link')).toHaveValue(/\/join\/#net=/);
});
