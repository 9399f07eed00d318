// A complete exchange in the browser: start a network, invite, join, admit, ask, respond,
// talk, agree, record hours, see balances, with three separate browser profiles syncing
// over WebRTC through the local relay.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPost, postRequest } from './network.ts';
import { type Device, expectPeers } from './peers.ts';
import { withEntryCounts } from './storedEntries.ts';
import { openSection } from './toolkit.ts';

/**
 * The ids of the verified entries a device keeps: they grow when something reached it. The
 * copy is packed (src/data/store/verifiedCopy.ts); the device's own writes are a row each.
 */
function storedEntryIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).find((db) => db.name?.startsWith('buurtruil-view-'))?.name ?? '';
    const db: IDBDatabase = await new Promise((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    const all = <T>(store: string, keys: boolean): Promise<T[]> =>
      new Promise((resolve) => {
        const objects = db.transaction(store).objectStore(store);
        const request = keys ? objects.getAllKeys() : objects.getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const own = await all<IDBValidKey>('entries', true);
    const packed = await all<{ ids: string[] }>('copy', false);
    db.close();
    return [...new Set([...own.map(String), ...packed.flatMap((part) => part.ids)])];
  });
}

/** How many verified entries a device keeps: it grows when something reached it. */
async function storedEntries(page: Page): Promise<number> {
  return (await storedEntryIds(page)).length;
}

/**
 * Waits until `carrier` keeps every entry `writer` keeps: what the writer wrote has
 * reached the carrier, not merely something that was still on its way from before.
 */
async function expectCarried(carrier: Page, writer: Page): Promise<void> {
  const written = await storedEntryIds(writer);
  await expect
    .poll(async () => {
      const kept = new Set(await storedEntryIds(carrier));
      return written.filter((id) => !kept.has(id));
    })
    .toEqual([]);
}

test('coordinator and two neighbours: ask, respond, talk, agree, record 1.5 hours', async ({ network }) => {
  test.setTimeout(120_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await expectPeers(anna.page, 1);

  await postRequest(anna.page, 'Wie wil mee naar de huisarts?');

  await openPost(bram.page, 'Wie wil mee naar de huisarts?');
  await bram.page.getByLabel('Bericht aan Anna (mag leeg blijven)').fill('Ik kan donderdagochtend.');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await expect(bram.page.getByTestId('match-status')).toContainText('Anna laat weten of het past');

  // Anna sees the response and the message, answers, and says yes.
  await openPost(anna.page, 'Wie wil mee naar de huisarts?');
  const annaExchange = anna.page.getByTestId('exchange');
  await expect(annaExchange.getByTestId('message-text')).toHaveText(['Ik kan donderdagochtend.']);
  await annaExchange.getByLabel('Bericht aan Bram').fill('Fijn! Om tien uur bij mij?');
  await annaExchange.getByRole('button', { name: 'Versturen' }).click();
  await annaExchange.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(annaExchange.getByTestId('match-status')).toHaveText('Afgesproken!');

  const bramExchange = bram.page.getByTestId('exchange');
  await expect(bramExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await expect(bramExchange.getByTestId('message-text')).toHaveText([
    'Ik kan donderdagochtend.',
    'Fijn! Om tien uur bij mij?',
  ]);

  // After the help, Bram records 1.5 hours; Anna confirms with a thank-you.
  await bramExchange.getByLabel('Uren').fill('1');
  await bramExchange.getByLabel('Minuten').selectOption('30');
  await bramExchange.getByLabel('Wat is er gedaan?').fill('Mee naar de huisarts');
  await bramExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await expect(bramExchange.getByTestId('proposal-status')).toContainText('Wacht tot Anna het bevestigt');

  await expect(annaExchange.getByTestId('proposal-status')).toContainText(
    'Bram geeft door: 1,5 uur voor "Mee naar de huisarts"',
  );
  await annaExchange.getByLabel('Een bedankje erbij (mag leeg blijven)').fill('Dank je wel, Bram!');
  await annaExchange.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(annaExchange.getByTestId('proposal-status')).toContainText('1,5 uur bijgeschreven');
  await expect(bramExchange.getByTestId('proposal-status')).toContainText('1,5 uur bijgeschreven');
  // Once in a full suite the thank-you did not reach Bram in time (cause not found): a
  // failure says how many entries each device keeps, to tell where it stopped.
  await withEntryCounts({ Anna: anna.page, Bram: bram.page }, () =>
    expect(bramExchange).toContainText('Anna zegt: Dank je wel, Bram!', { timeout: 30_000 }),
  );

  // Every profile shows the right balances and history.
  for (const [device, balance, line] of [
    [anna, '−1,5 uur', '−1,5 uur Aan Bram'],
    [bram, '+1,5 uur', '+1,5 uur Van Anna'],
  ] as const) {
    await device.page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(device.page.getByTestId('balance')).toHaveText(balance);
    await expect(device.page.getByTestId('history-item')).toContainText([line]);
  }
  await expect(anna.page.getByTestId('balance-text')).toContainText('Dat is helemaal goed');
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  await expect(rows.filter({ hasText: 'Anna' }).getByTestId('member-balance')).toHaveText('−1,5 uur');
  await expect(rows.filter({ hasText: 'Bram' }).getByTestId('member-balance')).toHaveText('+1,5 uur');
});

test('one neighbour offline during the message and the confirmation: it arrives when they are back', async ({
  site,
  network,
}) => {
  test.setTimeout(120_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await postRequest(anna.page, 'Boodschappen op vrijdag', 'Boodschappen');
  const postUrl = anna.page.url();
  await openPost(bram.page, 'Boodschappen op vrijdag');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  const annaExchange = anna.page.getByTestId('exchange');
  await annaExchange.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(bram.page.getByTestId('match-status')).toHaveText('Afgesproken!');

  // Bram's phone is off; Anna writes, then hers is off too. Only the coordinator's laptop
  // is on to carry the message.
  await bram.page.goto('about:blank');
  let carried = await storedEntries(coordinator.page);
  await annaExchange.getByLabel('Bericht aan Bram').fill('Tot vrijdag, de lijst ligt klaar.');
  await annaExchange.getByRole('button', { name: 'Versturen' }).click();
  await expect(annaExchange.getByTestId('message-text')).toHaveText(['Tot vrijdag, de lijst ligt klaar.']);
  await expect.poll(() => storedEntries(coordinator.page)).toBeGreaterThan(carried);
  await expectCarried(coordinator.page, anna.page);
  await anna.page.goto('about:blank');

  await bram.page.goto(postUrl);
  const bramExchange = bram.page.getByTestId('exchange');
  await expect(bramExchange.getByTestId('message-text')).toHaveText(['Tot vrijdag, de lijst ligt klaar.']);

  // Bram records the hours and goes; Anna confirms later, while Bram is away.
  await bramExchange.getByLabel('Uren').fill('1');
  await bramExchange.getByLabel('Minuten').selectOption('30');
  carried = await storedEntries(coordinator.page);
  await bramExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await expect(bramExchange.getByTestId('proposal-status')).toContainText('Wacht tot Anna het bevestigt');
  await expect.poll(() => storedEntries(coordinator.page)).toBeGreaterThan(carried);
  await expectCarried(coordinator.page, bram.page);
  await bram.page.goto('about:blank');

  await anna.page.goto(postUrl);
  await expect(annaExchange.getByTestId('proposal-status')).toContainText('Bram geeft door: 1,5 uur');
  carried = await storedEntries(coordinator.page);
  await annaExchange.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(annaExchange.getByTestId('proposal-status')).toContainText('1,5 uur bijgeschreven');
  await expect.poll(() => storedEntries(coordinator.page)).toBeGreaterThan(carried);
  await expectCarried(coordinator.page, anna.page);
  await anna.page.goto('about:blank');

  await bram.page.goto(`${site.url}/#/uren`);
  await expect(bram.page.getByTestId('balance')).toHaveText('+1,5 uur');
  await anna.page.goto(`${site.url}/#/uren`);
  await expect(anna.page.getByTestId('balance')).toHaveText('−1,5 uur');
});
