// A member on two devices, paired directly over PeerJS through the local relay's /peerjs,
// each device with its own key: both post and confirm hours and nothing forks.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { openFromMore } from './menu.ts';
import { helpedFor, pairThroughPages } from './neighbourSteps.ts';
import { type Device, expectPeers, openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

test('a member adds a laptop by PeerJS pairing; both devices post and confirm without a fork', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];

  // The laptop is a fresh browser profile: it shows a code (and a QR code).
  const laptop = await openDevice(browser, `${site.url}/`);
  devices.push(laptop);
  await laptop.page.getByRole('link', { name: 'Ik doe al mee op een ander apparaat' }).click();
  await expect(laptop.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await expect(laptop.page.getByRole('img', { name: /QR-code met de code/ })).toBeVisible();
  await expectAccessible(laptop.page, 'new device with its code');

  // On the phone: Instellingen, "Ook op een ander apparaat", type the code, compare the digits.
  await openFromMore(anna.page, 'Instellingen');
  await anna.page.getByRole('button', { name: 'Ook op een ander apparaat' }).click();
  await anna.page.getByLabel('Welk apparaat is het?').fill('Laptop');
  await pairThroughPages(laptop.page, anna.page, 'Code op het andere apparaat');
  await expect(anna.page.getByTestId('device-added')).toContainText('Laptop doet nu mee als jij');

  // The laptop lands on the board as Anna, and syncs over WebRTC.
  await expect(laptop.page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(laptop.page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 60_000 });
  await expectPeers(laptop.page, 1);
  await expect(anna.page.getByTestId('my-device')).toHaveText(['Dit apparaat', /Laptop/]);

  // The laptop asks, the phone agrees and the laptop confirms; then the other way round.
  const pages = { phone: anna.page, laptop: laptop.page, helper: bram.page };
  await helpedFor(
    'Wie helpt met de lamp?',
    { asker: pages.laptop, agreer: pages.phone, confirmer: pages.laptop, helper: pages.helper },
    '1',
  );
  await helpedFor(
    'Wie brengt de fiets weg?',
    { asker: pages.phone, agreer: pages.laptop, confirmer: pages.phone, helper: pages.helper },
    '2',
  );

  for (const page of [anna.page, laptop.page]) {
    await page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(page.getByTestId('balance')).toHaveText('−3 uur');
    await expect(page.getByTestId('got-help')).toHaveText('3 uur');
    await expect(page.getByTestId('history-item')).toHaveCount(2);
  }
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  await expect(rows.filter({ hasText: 'Anna' }).getByTestId('member-balance')).toHaveText('−3 uur');
  await expect(rows.filter({ hasText: 'Bram' }).getByTestId('member-balance')).toHaveText('+3 uur');
  // Two devices, two chains: no fork for the coordinator to look into.
  await openSection(coordinator.page, 'flags');
  await expect(coordinator.page.getByText('schreef twee verschillende dingen')).toHaveCount(0);
  await expectAccessible(anna.page, 'my hours after pairing');
});
