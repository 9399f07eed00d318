// Steps of issue 11's scenarios that several tests share: pairing a device through the
// pages (a code on one screen, typed on the other, the check digits compared), and an
// exchange in which one device asks and another device of the same member confirms.
import { expect, type Locator, type Page } from '@playwright/test';
import { openPost, postRequest } from './network.ts';

/**
 * The new device shows a code; `typeOn` types it where `codeField` is; both screens confirm
 * the same digits. `typeOn` may be one section of a page (the coordinator's page has more
 * than one pairing form).
 */
export async function pairThroughPages(
  newDevice: Page,
  typeOn: Page | Locator,
  codeField: string | RegExp,
): Promise<void> {
  const code = (await newDevice.getByTestId('pairing-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await typeOn.getByLabel(codeField).fill(code.toLowerCase());
  await typeOn.getByRole('button', { name: 'Verbinden' }).click();
  const onNew = newDevice.getByTestId('check-code');
  const onOld = typeOn.getByTestId('check-code');
  await expect(onNew).toHaveAttribute('data-code', /^\d{6}$/, { timeout: 60_000 });
  await expect(onOld).toHaveAttribute('data-code', /^\d{6}$/, { timeout: 60_000 });
  expect(await onNew.getAttribute('data-code')).toBe(await onOld.getAttribute('data-code'));
  await newDevice.getByRole('button', { name: 'Ja, dezelfde cijfers' }).click();
  await typeOn.getByRole('button', { name: 'Ja, dezelfde cijfers' }).click();
}

/**
 * `asker` posts a request, `helper` (Bram) responds, `agreer` (asker's member, maybe on
 * another device) says yes, the helper records `hours`, `confirmer` confirms.
 */
export async function helpedFor(
  title: string,
  pages: { asker: Page; agreer: Page; confirmer: Page; helper: Page },
  hours: string,
  askerName = 'Anna',
): Promise<void> {
  await postRequest(pages.asker, title);
  await openPost(pages.helper, title);
  await pages.helper.getByRole('button', { name: 'Ik help graag' }).click();
  await openPost(pages.agreer, title);
  await pages.agreer.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  const helperExchange = pages.helper.getByTestId('exchange');
  await expect(helperExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await helperExchange.getByLabel('Uren').fill(hours);
  await helperExchange.getByLabel('Wat is er gedaan?').fill(title);
  await helperExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await expect(helperExchange.getByTestId('proposal-status')).toContainText(`Wacht tot ${askerName} het bevestigt`);
  await openPost(pages.confirmer, title);
  const confirmerExchange = pages.confirmer.getByTestId('exchange');
  await confirmerExchange.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(helperExchange.getByTestId('proposal-status')).toContainText('bijgeschreven');
}
