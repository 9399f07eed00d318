// Steps the kiosk scenarios share: a device becomes the kiosk by pairing with the
// coordinator's laptop, the coordinator enrols a member with a card, and the card member
// logs in at the kiosk. Every step through the real pages, as people do it.
import { type Browser, expect, type Page } from '@playwright/test';
import { type Device, openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

/** Opens /kiosk/ on a new device and pairs it with the coordinator's laptop. */
export async function setUpKiosk(browser: Browser, siteUrl: string, coordinator: Page): Promise<Device> {
  const kiosk = await openDevice(browser, `${siteUrl}/kiosk/`);
  const code = await kiosk.page.getByTestId('kiosk-pairing-code').textContent();
  await openSection(coordinator, 'kiosk');
  const setup = coordinator.getByTestId('kiosk-setup');
  await setup.getByLabel('Code op het scherm van de kiosk').fill(code ?? '');
  await setup.getByRole('button', { name: 'Verbinden' }).click();
  // Both screens show the same check code; the coordinator compares them.
  const shown = await kiosk.page.getByTestId('kiosk-check-code').textContent({ timeout: 30_000 });
  await expect(setup.getByTestId('coordinator-check-code')).toHaveText(shown ?? 'none');
  await setup.getByRole('button', { name: 'Ja, hetzelfde' }).click();
  await expect(setup.getByTestId('kiosk-ready')).toBeVisible();
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible({ timeout: 30_000 });
  return kiosk;
}

/** The coordinator enrols someone without a phone; returns the code printed on the card. */
export async function enrolCard(coordinator: Page, name: string, pin: string): Promise<string> {
  await openSection(coordinator, 'cards');
  const form = coordinator.getByTestId('new-card');
  await form.getByLabel('Naam, zoals buren hem of haar noemen').fill(name);
  await form.getByLabel('Straat of buurt').fill('Oosterpark');
  await expect(form.getByTestId('consent-text')).toContainText('Je mag altijd stoppen');
  await form.getByLabel(`${name} heeft dit gehoord en zegt ja`).check();
  await form.getByLabel('Pincode', { exact: true }).fill(pin);
  await form.getByLabel('Pincode nog een keer').fill(pin);
  await form.getByRole('button', { name: 'Aanmelden en kaart maken' }).click();
  await expect(coordinator.getByTestId('printed-card')).toContainText(`${name} doet mee`);
  const code = await coordinator.getByTestId('member-card-code').textContent();
  if (!code) throw new Error('no card code');
  return code.trim();
}

/** At the kiosk: "Inloggen", the card's code typed, the PIN on the keypad. */
export async function logInWithCard(kiosk: Page, code: string, pin: string): Promise<void> {
  await kiosk.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await typeCardCode(kiosk, code);
  await typePin(kiosk, pin);
}

export async function typeCardCode(kiosk: Page, code: string): Promise<void> {
  await kiosk.getByLabel('Code van je kaart').fill(code);
  await kiosk.getByRole('button', { name: 'Verder' }).click();
  await expect(kiosk.getByRole('heading', { name: 'Typ je pincode' })).toBeVisible();
}

export async function typePin(kiosk: Page, pin: string): Promise<void> {
  const keypad = kiosk.getByRole('group', { name: 'Cijfers' });
  for (const digit of pin) await keypad.getByRole('button', { name: digit, exact: true }).click();
  await keypad.getByRole('button', { name: 'OK' }).click();
}

/** Everything this page keeps in IndexedDB and localStorage, as text (bytes as lists of numbers). */
export async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const values: unknown[] = await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        out.push({ db: name, store, values });
      }
      db.close();
    }
    out.push({ localStorage: Object.fromEntries(Object.entries(localStorage)) });
    return JSON.stringify(out, (_k, v) => (v instanceof Uint8Array ? [...v] : v));
  });
}
