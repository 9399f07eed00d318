// When a device is gone: a neighbour restores from the recovery file on a new browser
// profile, and a coordinator moves a neighbour who lost everything to a new key. In both,
// the balance and the history follow, over WebRTC through the local relay.
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { openFromMore } from './menu.ts';
import { helpedFor, pairThroughPages } from './neighbourSteps.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, expectPeers, openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

test('a member restores from the recovery file on a new profile with balance and history intact', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await helpedFor(
    'Wie wil mee naar de huisarts?',
    { asker: anna.page, agreer: anna.page, confirmer: anna.page, helper: bram.page },
    '2',
  );

  // "Bewaar je sleutel": the passphrase is shown once, the file saved.
  await openFromMore(anna.page, 'Instellingen');
  await expect(anna.page.getByText(/dubbele geschiedenis/)).toBeVisible();
  await anna.page.getByRole('button', { name: 'Maak een herstelbestand' }).click();
  const passphrase = (await anna.page.getByTestId('recovery-passphrase').textContent({ timeout: 60_000 })) ?? '';
  expect(passphrase).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
  await expectAccessible(anna.page, 'settings with a recovery file');
  const [download] = await Promise.all([
    anna.page.waitForEvent('download'),
    anna.page.getByRole('link', { name: 'Bestand opslaan' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.buurtruil$/);
  const file = await readFile(await download.path());
  // The phone is gone.
  await anna.context.close();
  devices.splice(devices.indexOf(anna), 1);

  const restored = await openDevice(browser, `${site.url}/`);
  devices.push(restored);
  const page = restored.page;
  await page.getByRole('link', { name: 'Ik heb een herstelbestand' }).click();
  await expect(page.getByRole('heading', { name: 'Herstellen met een herstelbestand' })).toBeVisible();
  await page
    .getByLabel('Herstelbestand')
    .setInputFiles({ name: 'anna.buurtruil', mimeType: 'application/octet-stream', buffer: file });
  // A wrong passphrase says so and changes nothing.
  await page.getByLabel('Wachtwoord').fill('AAAA-BBBB-CCCC-DDDD-EEEE');
  await page.getByRole('button', { name: 'Herstellen' }).click();
  await expect(page.getByRole('alert')).toContainText('Het wachtwoord klopt niet', { timeout: 60_000 });
  await expectAccessible(page, 'restore with a wrong passphrase');
  await page.getByLabel('Wachtwoord').fill(passphrase.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Herstellen' }).click();

  await expect(page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expectPeers(page, 1);
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted');
  await page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(page.getByTestId('balance')).toHaveText('−2 uur');
  await expect(page.getByTestId('history-item')).toContainText(['−2 uur Aan Bram']);
  // Caught up with its own chain, the restored device writes again.
  await postRequest(page, 'Wie heeft een ladder?');
  await openPost(bram.page, 'Wie heeft een ladder?');
  await expect(bram.page.getByTestId('post-detail')).toContainText('Anna');
});

test('a coordinator moves a member who lost everything to a new key and their balance follows', async ({
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
  await helpedFor(
    'Wie helpt met de boodschappen?',
    { asker: anna.page, agreer: anna.page, confirmer: anna.page, helper: bram.page },
    '1',
  );
  // Bram's phone is gone, and nothing was saved.
  await bram.context.close();
  devices.splice(devices.indexOf(bram), 1);

  const fresh = await openDevice(browser, `${site.url}/`);
  devices.push(fresh);
  await fresh.page.getByRole('link', { name: 'Ik ben mijn apparaat kwijt' }).click();
  await expect(fresh.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(fresh.page, 'lost device with its code');

  // At the community centre: the coordinator types the code, they compare the digits together.
  const c = coordinator.page;
  await openSection(c, 'move');
  await expect(c.getByTestId('move-member')).toBeVisible();
  await pairThroughPages(fresh.page, c.getByTestId('move-member'), 'Code op het nieuwe apparaat');
  await expect(fresh.page.getByTestId('pairing-waiting')).toContainText('coördinator');
  await c.getByLabel('Wie is het?').selectOption({ label: 'Bram (Molenweg)' });
  await c.getByLabel(/Waarom\?/).fill('Telefoon gestolen, gesproken in het buurthuis');
  await expectAccessible(c, 'coordinator moving a member');
  await c.getByRole('button', { name: 'Verhuizen naar het nieuwe apparaat' }).click();
  await expect(c.getByTestId('member-moved')).toContainText('Bram doet nu mee op het nieuwe apparaat');

  const page = fresh.page;
  await expect(page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 60_000 });
  await expectPeers(page, 1);
  await page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(page.getByTestId('balance')).toHaveText('+1 uur');
  await expect(page.getByTestId('helped')).toHaveText('1 uur');
  await expect(page.getByTestId('history-item')).toContainText(['+1 uur Van Anna']);
  // Bram on his new device is Bram to the others too.
  await postRequest(page, 'Wie leent me een boor?');
  await openPost(anna.page, 'Wie leent me een boor?');
  await expect(anna.page.getByTestId('post-detail')).toContainText('Bram');
});
