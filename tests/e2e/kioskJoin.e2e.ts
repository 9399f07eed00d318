// Signing up at the kiosk (docs/protocol.md §6.1, `met`): someone without a phone of their
// own taps "Nieuw hier? Meld je aan" at the kiosk and fills in a name and a street. The
// kiosk admits nobody: it sends the request and says it met them, and the coordinator's
// list shows that request first (even above a newer one), labelled, to be welcomed.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { setUpKiosk } from './kiosk.ts';
import { askToJoin, inviteLink, startNetwork } from './network.ts';
import { openSection } from './toolkit.ts';

test('a newcomer signs up at the kiosk; the coordinator sees the request first, labelled, and welcomes them', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(240_000);
  const coordinator = await startNetwork(browser, site.url);
  devices.push(coordinator);
  const c = coordinator.page;
  const kiosk = await setUpKiosk(browser, site.url, c);
  devices.push(kiosk);
  const k = kiosk.page;

  await k.getByRole('button', { name: 'Nieuw hier? Meld je aan' }).click();
  const form = k.getByTestId('kiosk-sign-up');
  await form.getByLabel('Hoe mogen buren je noemen?').fill('Pim');
  await form.getByLabel('In welke straat woon je?').fill('Dorpsweg');
  await expectAccessible(k, 'signing up at the kiosk');
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  const sent = form.getByTestId('kiosk-sign-up-sent');
  await expect(sent).toContainText('Dank je, Pim! Je aanmelding is verstuurd.', { timeout: 30_000 });
  await expect(sent).toContainText('Een coördinator leest je aanmelding');
  await sent.getByRole('button', { name: 'Klaar' }).click();
  await expect(k.getByTestId('kiosk-board')).toBeVisible();

  // Nina asks with her phone afterwards: the newer request, yet Pim's stays first.
  const nina = await askToJoin(browser, await inviteLink(c), 'Nina', 'Molenweg');
  devices.push(nina);
  await openSection(c, 'requests');
  const requests = c.getByTestId('join-request');
  await expect(requests).toHaveCount(2, { timeout: 60_000 });
  await expect(requests.first()).toContainText('Pim uit Dorpsweg');
  await expect(requests.first().getByTestId('request-met')).toHaveText('Aangemeld bij de kiosk');
  await expect(requests.nth(1)).toContainText('Nina uit Molenweg');
  await expect(requests.nth(1).getByTestId('request-met')).toHaveCount(0);

  await openSection(c, 'members');
  // Carla and the kiosk, under the header.
  const rows = c.getByTestId('members').getByRole('row');
  await expect(rows).toHaveCount(3);
  await openSection(c, 'requests');
  await requests.first().getByRole('button', { name: 'Welkom heten' }).click();
  await expect(requests.filter({ hasText: 'Pim' })).toHaveCount(0);
  await expect(requests).toHaveCount(1);
  // Pim is a member now (without a device or profile of his own until the coordinator gives him a card).
  await openSection(c, 'members');
  await expect(rows).toHaveCount(4, { timeout: 30_000 });
});
