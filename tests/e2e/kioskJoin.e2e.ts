// Signing up at the kiosk (docs/protocol.md §6.1, `met`): someone without a phone of their
// own taps "Nieuw hier? Meld je aan" at the kiosk and fills in a name and a street. The
// kiosk admits nobody: it sends the request and says it met them, and the coordinator's
// list shows that request first (even above a newer one), labelled, to be welcomed. Then,
// as Pim has no phone, the coordinator makes him a member card from the members page; his
// name comes from his request, and he logs in at the kiosk with the card and a PIN.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { setUpKiosk, typePin } from './kiosk.ts';
import { askToJoin, inviteLink, startNetwork } from './network.ts';
import { openSection } from './toolkit.ts';

test('a newcomer signs up at the kiosk; the coordinator sees the request first, welcomes them and makes them a card they log in with', async ({
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
  // Pim is a member now, without a device or profile of his own: the coordinator's page
  // names him from his request and offers him a member card.
  await openSection(c, 'members');
  await expect(rows).toHaveCount(4, { timeout: 30_000 });
  await c.addInitScript(() => {
    window.print = () => undefined;
  });
  await c.evaluate(() => {
    window.print = () => undefined;
  });
  const pim = c.getByTestId('member-row').filter({ hasText: 'Pim' });
  await expect(pim.getByTestId('member-status')).toContainText('Zonder telefoon, nog geen ledenpas');
  await pim.getByLabel('Mogelijkheden voor Pim').click();
  const give = pim.getByTestId('give-card');
  await give.getByRole('button', { name: 'Maak een ledenpas' }).click();
  await expect(give).toContainText('Pim heeft zich bij de kiosk aangemeld');
  await give.getByLabel('Pincode', { exact: true }).fill('4821');
  await give.getByLabel('Pincode nog een keer').fill('4821');
  await expectAccessible(c, 'making a member card for a kiosk sign-up');
  await give.getByRole('button', { name: 'Ledenpas maken' }).click();
  await expect(c.getByTestId('printed-card')).toContainText('Pim doet mee', { timeout: 30_000 });
  await expect(c.getByTestId('member-card-name')).toHaveText('Pim');
  const code = (await c.getByTestId('member-card-code').textContent())?.trim() ?? '';
  expect(code).not.toBe('');
  await c.getByRole('button', { name: 'Kaart afdrukken' }).click();
  await c.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  await expect(c.getByTestId('printed-card')).toHaveCount(0);
  // He has a card now: no more offer, and his name is his profile's.
  await expect(pim.getByRole('rowheader')).toHaveText('Pim');
  await expect(pim.getByTestId('member-status')).not.toContainText('Zonder telefoon');
  await expect(c.getByTestId('give-card')).toHaveCount(0);

  // At the kiosk: card and PIN. The card's entry may still be on its way to the kiosk: the
  // code step says so and keeps the code; asking again once it is there opens the PIN step.
  await k.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await k.getByLabel('Code van je kaart').fill(code);
  await expect(async () => {
    await k.getByRole('button', { name: 'Verder' }).click();
    await expect(k.getByRole('heading', { name: 'Typ je pincode' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await typePin(k, '4821');
  const area = k.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Pim!' })).toBeVisible({ timeout: 30_000 });
});
