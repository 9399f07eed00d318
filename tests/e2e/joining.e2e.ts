// Joining: a newcomer who is not (yet) admitted sees nothing of the network, on screen or
// in storage; a decline comes with a kind word only they can read; and an invite works
// even when the coordinator is not online yet.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { admit, askToJoin, enterBoard, inviteLink, postRequest } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { expectFitsAt } from './screenFit.ts';
import { expectInFirstScreen } from './screenGeometry.ts';
import { openSection } from './toolkit.ts';

/** Everything this browser profile keeps in IndexedDB, as text (bytes read as Latin-1). */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const flatten = (value: unknown): string => {
      if (value instanceof Uint8Array) return String.fromCharCode(...value);
      if (value instanceof ArrayBuffer) return String.fromCharCode(...new Uint8Array(value));
      if (Array.isArray(value)) return value.map(flatten).join(' ');
      if (value && typeof value === 'object') return Object.values(value).map(flatten).join(' ');
      return String(value);
    };
    let text = '';
    for (const info of await indexedDB.databases()) {
      const db: IDBDatabase = await new Promise((resolve) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
      });
      for (const store of db.objectStoreNames) {
        const values: unknown[] = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        text += `${info.name}/${store}: ${values.map(flatten).join(' ')}\n`;
      }
      db.close();
    }
    return text;
  });
}

test('a newcomer who is waiting, or declined, sees no posts, members or hours, on screen or stored', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(90_000);
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  await postRequest(anna.page, 'Hulp bij de heg aan de Molenweg');
  const secrets = ['Hulp bij de heg', 'Molenweg', 'Anna', 'Dorpsstraat', 'Carla'];

  const nina = await askToJoin(browser, await inviteLink(coordinator.page), 'Nina', 'Kerkplein');
  devices.push(nina);
  await openSection(coordinator.page, 'requests');
  await expect(coordinator.page.getByTestId('join-request')).toContainText('Nina uit Kerkplein');
  await expect(nina.page.getByRole('heading', { name: 'Welkom bij Buurtruil Oosterpark' })).toBeVisible();
  await expect(nina.page.getByText('We zijn vriendelijk en eerlijk')).toBeVisible();
  const check = async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what a person sees
    const screen = await nina.page.locator('body').innerText();
    const stored = await everythingStored(nina.page);
    for (const secret of secrets) {
      expect(screen, secret).not.toContain(secret);
      expect(stored, secret).not.toContain(secret);
    }
  };
  await check();
  await nina.page.goto(`${site.url}/`);
  await expect(nina.page.getByRole('link', { name: 'Bekijk je aanvraag' })).toBeVisible();
  await check();

  // Declined, with a kind word that only Nina can read.
  const request = coordinator.page.getByTestId('join-request').filter({ hasText: 'Nina' });
  await request.getByRole('button', { name: 'Liever niet' }).click();
  await request
    .getByLabel('Een vriendelijk woord voor Nina (mag leeg blijven)')
    .fill('Dit netwerk is voor de Oosterpark-buurt.');
  await request.getByRole('button', { name: 'Versturen' }).click();
  await nina.page.goto(`${site.url}/join/`);
  await expect(nina.page.getByTestId('join-status')).toContainText('niet aangenomen');
  await expect(nina.page.getByTestId('join-status')).toContainText('Dit netwerk is voor de Oosterpark-buurt.');
  await check();
});

test('an invite opened while the coordinator is offline: the request waits and goes when they are back', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(90_000);
  const { coordinator } = await network([]);
  const invite = await inviteLink(coordinator.page);
  await coordinator.page.goto('about:blank');

  const newcomer = await openDevice(browser, invite);
  devices.push(newcomer);
  await expect(newcomer.page.getByRole('status').filter({ hasText: 'We zoeken het buurtnetwerk' })).toBeVisible();
  await newcomer.page.getByLabel('Hoe mogen buren je noemen?').fill('Omar');
  await newcomer.page.getByLabel('In welke straat of buurt woon je?').fill('Havenkade');
  await newcomer.page.getByRole('button', { name: 'Vraag om mee te doen' }).click();
  await expect(newcomer.page.getByTestId('join-status')).toContainText('Je aanvraag staat klaar');

  await coordinator.page.goto(`${site.url}/coordinator/`);
  await expect(newcomer.page.getByTestId('join-status')).toContainText('Je aanvraag is verstuurd');
  await admit(coordinator.page, 'Omar');
  // Admitted, on a 360 px phone, a laptop and a 1920 px screen: the welcome and the network's
  // name stay, and the way to the board is on the first screen (the page once lost both and
  // the link jumped under the tap).
  const page = newcomer.page;
  await expect(page.getByTestId('join-status')).toContainText('Welkom!');
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 360, height: 740 },
  ]) {
    await expectFitsAt(page, size, 'join page admitted');
    await expect(page.getByRole('heading', { name: 'Welkom bij Buurtruil Oosterpark', level: 1 })).toBeVisible();
    await expectInFirstScreen(page, page.getByRole('link', { name: 'Naar het prikbord' }), 'the way to the board');
  }
  // The connection's dot stays round beside a status of three lines ("Nu is er geen buur
  // online. Wat je doet, …" at 360 px: it was squeezed to an oval by its words).
  const status = page.locator('.status').first();
  await status.evaluate((line) => {
    for (const words of line.querySelectorAll('.status-long, .status-short'))
      words.textContent = 'Nu is er geen buur online. '.repeat(4);
  });
  const dot = await status.locator('.status-dot').boundingBox();
  expect(dot && Math.round(dot.width), 'the dot as wide as it is high').toBe(dot && Math.round(dot.height));
  await enterBoard(page);
});
