// Bad input gets a clear message in plain words and loses nothing: empty and overlong
// fields, impossible amounts, a full disk, a reload mid-edit, two screens editing one post.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPost, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { openSection } from './toolkit.ts';

test('empty and overlong fields are named, a reload mid-edit keeps the text, a full disk loses nothing', async ({
  network,
}) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const page = anna.page;
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Titel: vul dit in.');
  await expect(page.getByLabel('Korte titel')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Korte titel').fill('x'.repeat(121));
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Titel: dit is te lang. Maximaal 120 tekens.');

  // A reload mid-edit loses nothing.
  await page.getByLabel('Korte titel').fill('Wie helpt met mijn fiets?');
  await page.getByLabel('Uitleg (mag kort)').fill('De ketting is eraf.');
  // The draft is written as it is typed; reload once the last keystroke is stored (under load
  // the write can take longer than the click on reload).
  await expect.poll(() => storedDraftTexts(page)).toContain('De ketting is eraf.');
  await page.reload();
  await expect(page.getByLabel('Korte titel')).toHaveValue('Wie helpt met mijn fiets?');
  await expect(page.getByLabel('Uitleg (mag kort)')).toHaveValue('De ketting is eraf.');

  // The disk is full: a plain message, the text stays, nothing half-written.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    (window as unknown as { realPut: unknown }).realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = full;
  });
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('alert')).toContainText('Je apparaat is vol. Er is niets verloren');
  await expect(page.getByLabel('Korte titel')).toHaveValue('Wie helpt met mijn fiets?');
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
  });
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('heading', { name: 'Wie helpt met mijn fiets?', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(page.getByTestId('requests-list').getByRole('link')).toHaveText(['Wie helpt met mijn fiets?']);
});

test('hours of 0, below 0 or over a day are refused with a plain message', async ({ network }) => {
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await postRequest(anna.page, 'Tuin opruimen', 'Tuin');
  await openPost(bram.page, 'Tuin opruimen');
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await anna.page.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  const exchange = bram.page.getByTestId('exchange');
  await expect(exchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  for (const [hours, message] of [
    ['0', 'Vul een tijd in van meer dan 0 minuten.'],
    ['-2', 'Vul een tijd in van meer dan 0 minuten.'],
    ['25', 'Maximaal 24 uur per keer. Meer uren? Geef ze in delen door.'],
  ]) {
    await exchange.getByLabel('Uren').fill(hours as string);
    await exchange.getByRole('button', { name: 'Doorgeven' }).click();
    await expect(exchange.getByRole('alert')).toHaveText(message as string);
  }
  await expect(exchange.getByTestId('proposal')).toHaveCount(0);
});

test('two screens editing one post: the second is told, chooses, and no chain forks', async ({ network }) => {
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  await postRequest(anna.page, 'Soep over');
  const editUrl = anna.page.url().replace('#/post/', '#/bewerk/');
  const second = await anna.context.newPage();
  await anna.page.goto(editUrl);
  await second.goto(editUrl);
  await expect(second.getByLabel('Korte titel')).toHaveValue('Soep over');

  await anna.page.getByLabel('Korte titel').fill('Soep over: erwtensoep');
  await anna.page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(anna.page.getByRole('heading', { name: 'Soep over: erwtensoep', level: 1 })).toBeVisible();

  await second.getByLabel('Korte titel').fill('Soep over: tomatensoep');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByRole('alert')).toContainText('Dit bericht is intussen op een ander scherm aangepast');
  await second.getByRole('button', { name: 'Ja, mijn versie opslaan' }).click();
  await expect(second.getByRole('heading', { name: 'Soep over: tomatensoep', level: 1 })).toBeVisible();

  await openSection(coordinator.page, 'flags');
  await expect(coordinator.page.getByTestId('flags')).toHaveCount(0);
  await expect(coordinator.page.getByText('Niets bijzonders.')).toBeVisible();
  await anna.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(anna.page.getByTestId('requests-list').getByRole('link')).toHaveText(['Soep over: tomatensoep']);
});

/** Every text value of the drafts this device keeps in IndexedDB (useDraft.ts). */
function storedDraftTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('buurtruil-device');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const drafts = all.result as { value: Record<string, unknown> }[];
            resolve(drafts.flatMap((draft) => Object.values(draft.value).filter((v) => typeof v === 'string')));
          };
        };
      }),
  );
}
