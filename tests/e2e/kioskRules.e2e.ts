// The kiosk keeps the members' rules and says what happened: its board leaves a paused
// neighbour's posts off as the members' board does (one rule, src/data boardSelectors);
// a card member's "Mijn uren" shows nothing until the balance is read, then the balance
// and the sentence for where it stands; and a pairing that a device in between spoils
// ends with the reason in plain words on the kiosk and on the coordinator's laptop.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { enrolCard, typeCardCode, typePin } from './kiosk.ts';
import { postRequest } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { act, memberOptions, openSection } from './toolkit.ts';

/** Pairs a kiosk (already showing its code) with the coordinator's laptop, as kiosk.ts's setUpKiosk does. */
async function pair(kiosk: Page, coordinator: Page): Promise<void> {
  const code = await kiosk.getByTestId('kiosk-pairing-code').textContent();
  await openSection(coordinator, 'kiosk');
  const setup = coordinator.getByTestId('kiosk-setup');
  await setup.getByLabel('Code op het scherm van de kiosk').fill(code ?? '');
  await setup.getByRole('button', { name: 'Verbinden' }).click();
}

/**
 * Spoils what this page sends on a pairing link (PeerJS's data channels are labelled
 * "dc_…"; the rooms' are not): the `nth` message gets its last byte flipped, or loses it.
 */
async function spoilPairing(page: Page, spoil: { nth: number; how: 'flip' | 'cut' } | null): Promise<void> {
  await page.evaluate((next) => {
    const w = window as unknown as { spoil: typeof next; spoiling?: boolean };
    w.spoil = next;
    if (w.spoiling) return;
    w.spoiling = true;
    const sent = new WeakMap<RTCDataChannel, number>();
    const send = RTCDataChannel.prototype.send as (this: RTCDataChannel, data: unknown) => void;
    const spoiled = function (this: RTCDataChannel, data: unknown): void {
      const count = (sent.get(this) ?? 0) + 1;
      sent.set(this, count);
      const how = w.spoil;
      const bytes = ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice()
        : data instanceof ArrayBuffer
          ? new Uint8Array(data).slice()
          : null;
      if (!this.label.startsWith('dc_') || !how || count !== how.nth || !bytes) {
        send.call(this, data);
        return;
      }
      const last = bytes.length - 1;
      bytes[last] = (bytes[last] ?? 0) ^ 1;
      send.call(this, how.how === 'cut' ? bytes.subarray(0, last) : bytes);
    };
    RTCDataChannel.prototype.send = spoiled as typeof RTCDataChannel.prototype.send;
  }, spoil);
}

/** A kiosk paired with the coordinator's laptop through the pages. */
async function kioskFor(coordinator: Page, open: () => Promise<Device>): Promise<Device> {
  const kiosk = await open();
  await pair(kiosk.page, coordinator);
  await expect(coordinator.getByTestId('coordinator-check-code')).toHaveText(
    (await kiosk.page.getByTestId('kiosk-check-code').textContent({ timeout: 30_000 })) ?? 'none',
  );
  await coordinator.getByRole('button', { name: 'Ja, hetzelfde' }).click();
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible({ timeout: 30_000 });
  return kiosk;
}

test("the kiosk's board leaves a paused neighbour's posts off, as the members' board does", async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const c = coordinator.page;
  const kiosk = await kioskFor(c, () => openDevice(browser, `${site.url}/kiosk/`));
  devices.push(kiosk);

  await postRequest(anna.page, 'Wie helpt met de heg?');
  const onKiosk = kiosk.page.getByTestId('kiosk-post').filter({ hasText: 'Wie helpt met de heg?' });
  const onBoard = bram.page.getByTestId('post').filter({ hasText: 'Wie helpt met de heg?' });
  await expect(onKiosk).toHaveCount(1, { timeout: 30_000 });
  await expect(onBoard).toHaveCount(1, { timeout: 30_000 });
  await act(await memberOptions(c, 'Anna'), /Op pauze zetten: Anna/, 'Even pauze.', 'Anna op pauze zetten');
  await expect(onBoard).toHaveCount(0, { timeout: 30_000 });
  await expect(onKiosk).toHaveCount(0, { timeout: 30_000 });
});

test('Mijn uren at the kiosk shows nothing until the balance is read, then the balance and where it stands', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  // Gerrit is enrolled with the welcome gift of 2 hours: his balance is above zero.
  const { coordinator } = await network([], { welcomeHours: 2 });
  const c = coordinator.page;
  const kiosk = await kioskFor(c, () => openDevice(browser, `${site.url}/kiosk/`));
  devices.push(kiosk);
  const code = await enrolCard(c, 'Gerrit', '4821');
  await c.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  const k = kiosk.page;
  await k.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await expect(async () => {
    await typeCardCode(k, code);
  }).toPass({ timeout: 30_000 });
  await typePin(k, '4821');
  const area = k.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  // Every balance the screen shows, from the moment it shows one; what is read aloud.
  await k.evaluate(() => {
    const w = window as unknown as { balances: string[]; spoken: string[] };
    w.balances = [];
    w.spoken = [];
    speechSynthesis.speak = (utterance) => {
      w.spoken.push(utterance.text);
    };
    new MutationObserver(() => {
      const shown = document.querySelector('[data-testid="card-balance"]')?.textContent;
      if (shown && w.balances.at(-1) !== shown) w.balances.push(shown);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('+2 uur');
  expect(await k.evaluate(() => (window as unknown as { balances: string[] }).balances)).toEqual(['+2 uur']);
  await expect(area.getByTestId('card-balance-text')).toHaveText('Je hebt 2 uur tegoed. Vraag gerust om hulp.');
  // The one "Lees voor" reads the whole screen: the heading, then the balance and what it means.
  await area.getByRole('button', { name: 'Lees voor' }).click();
  expect(await k.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
    expect.stringContaining('Mijn uren. Je uren nu: +2 uur. Je hebt 2 uur tegoed. Vraag gerust om hulp.'),
  ]);
  await expect(area.getByTestId('card-history')).toContainText('Welkomstcadeau');
});

test('a pairing spoiled in between: the kiosk and the laptop say why, and the next pairing works', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  const { coordinator } = await network([]);
  const c = coordinator.page;
  const kiosk = await openDevice(browser, `${site.url}/kiosk/`);
  devices.push(kiosk);
  const k = kiosk.page;
  const kioskProblem = k.getByTestId('kiosk-pairing').getByRole('alert');
  const laptopProblem = c.getByTestId('kiosk-setup').getByRole('alert');
  const again = async () => {
    await k.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(k.getByTestId('kiosk-pairing-code')).toBeVisible({ timeout: 30_000 });
  };

  // The laptop's reveal does not match what it committed to: someone may sit in between.
  await expect(k.getByTestId('kiosk-pairing-code')).toBeVisible({ timeout: 30_000 });
  await spoilPairing(c, { nth: 2, how: 'flip' });
  await pair(k, c);
  await expect(kioskProblem).toContainText('Misschien zit er iemand tussen.', { timeout: 30_000 });
  // The laptop got as far as the digits; the kiosk shows none, so they are not the same.
  await c.getByRole('button', { name: 'Nee, iets anders' }).click();
  await expect(laptopProblem).toContainText('De cijfers waren niet gelijk.');

  // The laptop's first message is a byte short: not what a pairing sends.
  await again();
  await spoilPairing(c, { nth: 1, how: 'cut' });
  await pair(k, c);
  await expect(kioskProblem).toContainText('stuurde iets wat bij koppelen niet hoort', { timeout: 30_000 });

  // The kiosk's answer is a byte short: the laptop says so, the kiosk that the link broke.
  await again();
  await spoilPairing(c, null);
  await spoilPairing(k, { nth: 1, how: 'cut' });
  await pair(k, c);
  await expect(laptopProblem).toContainText('stuurde iets wat bij koppelen niet hoort', { timeout: 30_000 });
  await expect(kioskProblem).toContainText('De verbinding is verbroken.', { timeout: 30_000 });

  // Nothing spoiled: the kiosk is set up after all.
  await spoilPairing(k, null);
  await again();
  await pair(k, c);
  const shown = await k.getByTestId('kiosk-check-code').textContent({ timeout: 30_000 });
  await expect(c.getByTestId('coordinator-check-code')).toHaveText(shown ?? 'none');
  await expect(laptopProblem).toHaveCount(0);
  await c.getByRole('button', { name: 'Ja, hetzelfde' }).click();
  await expect(c.getByTestId('kiosk-ready')).toBeVisible();
  await expect(k.getByTestId('kiosk-board')).toBeVisible({ timeout: 30_000 });
});
