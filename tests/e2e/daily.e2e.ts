// Coming back every day: "Mijn afspraken" and the unread markers follow what the other
// side does, live, with the app badge and (after a yes) a notification while the page is
// in the background; a profile edit and a pause reach the others' boards; "Dit wordt me
// te veel" reaches the coordinator only.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { openFromMore } from './menu.ts';
import { openPost, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { openSection } from './toolkit.ts';

/** Records what the page does with the app badge and notifications, and lets the test say "hidden". */
async function watchBadgeAndNotifications(device: Device): Promise<void> {
  await device.context.grantPermissions(['notifications']);
  await device.context.addInitScript(() => {
    const w = window as unknown as { badge: number; notified: string[]; hidden: boolean };
    w.badge = 0;
    w.notified = [];
    w.hidden = false;
    const setBadge = (n: number) => {
      w.badge = n;
      return Promise.resolve();
    };
    Object.defineProperty(navigator, 'setAppBadge', { value: setBadge });
    Object.defineProperty(navigator, 'clearAppBadge', { value: () => setBadge(0) });
    Object.defineProperty(document, 'visibilityState', { get: () => (w.hidden ? 'hidden' : 'visible') });
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      constructor(title: string, options?: { body?: string }) {
        w.notified.push(`${title}: ${options?.body ?? ''}`);
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordedNotification });
  });
  await device.page.reload();
  await expect(device.page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 60_000 });
}

const badgeOf = (page: Page) => page.evaluate(() => (window as unknown as { badge: number }).badge);
const notifiedOn = (page: Page) => page.evaluate(() => (window as unknown as { notified: string[] }).notified);

test('"Mijn afspraken" and unread markers update live across devices, with badge and notification', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await watchBadgeAndNotifications(anna);
  const a = anna.page;
  const b = bram.page;

  // Anna says yes to notifications; the settings say plainly there is no push server.
  await openFromMore(a, 'Instellingen');
  await expect(a.getByText('Buurtruil heeft geen server die berichten naar je stuurt')).toBeVisible();
  await a.getByLabel('Geef een melding als iemand reageert').check();

  await postRequest(a, 'Wie helpt met de gordijnen?');
  await a.getByRole('link', { name: 'Mijn afspraken' }).click();
  const line = a.getByTestId('appointment').filter({ hasText: 'Wie helpt met de gordijnen?' });
  await expect(line.getByTestId('appointment-status')).toHaveText('Wacht op antwoord');
  await expectAccessible(a, 'my appointments');

  // Anna's page is in the background when Bram answers.
  await a.evaluate(() => {
    (window as unknown as { hidden: boolean }).hidden = true;
  });
  await openPost(b, 'Wie helpt met de gordijnen?');
  await b.getByLabel('Bericht aan Anna (mag leeg blijven)').fill('Ik heb een trapje.');
  await b.getByRole('button', { name: 'Ik help graag' }).click();

  await expect(line.getByTestId('appointment-status')).toHaveText('Wacht op jouw antwoord');
  await expect(line.getByTestId('unread')).toHaveText('Nieuw');
  await expect(a.getByTestId('nav-unread')).toHaveText('1 nieuw');
  await expect.poll(() => badgeOf(a)).toBe(1);
  await expect.poll(() => notifiedOn(a)).toEqual(['Nieuws in Buurtruil: Er is nieuws bij 1 afspraak']);
  await a.evaluate(() => {
    (window as unknown as { hidden: boolean }).hidden = false;
  });
  await a.getByRole('link', { name: 'Prikbord', exact: true }).click();
  const card = a.getByTestId('post').filter({ hasText: 'Wie helpt met de gordijnen?' });
  await expect(card.getByTestId('unread')).toBeVisible();

  // Opening the post reads it: the new message is marked there, the menu and badge clear.
  await card.getByRole('link', { name: 'Wie helpt met de gordijnen?' }).click();
  await expect(a.getByTestId('exchange').getByTestId('unread')).toHaveText('Nieuw');
  await expect(a.getByTestId('nav-unread')).toHaveCount(0);
  await expect.poll(() => badgeOf(a)).toBe(0);
  // Bram looks at his appointments while Anna says yes: it follows, marked new.
  await b.getByRole('link', { name: 'Mijn afspraken' }).click();
  const bramLine = b.getByTestId('appointment').filter({ hasText: 'Wie helpt met de gordijnen?' });
  await expect(bramLine.getByTestId('appointment-status')).toHaveText('Wacht op antwoord');
  await a.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  await expect(bramLine.getByTestId('appointment-status')).toHaveText('Afgesproken');
  // Anna is on her appointments (not on the post, which would read it at once) when Bram records the hours.
  await a.getByRole('link', { name: 'Mijn afspraken' }).click();
  await expect(bramLine.getByTestId('unread')).toHaveText('Nieuw');
  await openPost(b, 'Wie helpt met de gordijnen?');
  const bramExchange = b.getByTestId('exchange');
  await bramExchange.getByLabel('Uren').fill('1');
  await bramExchange.getByLabel('Wat is er gedaan?').fill('Gordijnen opgehangen');
  await bramExchange.getByRole('button', { name: 'Doorgeven' }).click();

  await expect(line.getByTestId('appointment-status')).toHaveText('Bevestig de uren');
  await expect(a.getByTestId('nav-unread')).toHaveText('1 nieuw');
  await line.getByRole('link', { name: 'Wie helpt met de gordijnen?' }).click();
  await a.getByTestId('exchange').getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await a.getByRole('link', { name: 'Mijn afspraken' }).click();
  await expect(line.getByTestId('appointment-status')).toHaveText('Klaar');
  await b.getByRole('link', { name: 'Mijn afspraken' }).click();
  await expect(bramLine.getByTestId('appointment-status')).toHaveText('Klaar');
});

test('profile edits propagate, a pause shows on the board, and "Dit wordt me te veel" reaches the coordinator', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const a = anna.page;
  const b = bram.page;

  // Bram offers to cook.
  await b.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await b.getByLabel('Ik bied iets aan').check();
  await b.getByLabel('Korte titel').fill('Ik kook op vrijdag');
  await b.getByLabel('Koken en een warme maaltijd').check();
  await b.getByRole('button', { name: 'Ophangen' }).click();
  await expect(b.getByRole('heading', { name: 'Ik kook op vrijdag', level: 1 })).toBeVisible();

  // His profile: strengths, languages, a few words, what he has experience with, and a pause.
  await openFromMore(b, 'Mijn profiel');
  await expect(b.getByLabel('Hoe mogen buren je noemen?')).toHaveValue('Bram');
  await b.getByRole('group', { name: 'Wat ik graag doe' }).getByLabel('Koken en een warme maaltijd').check();
  await b.getByLabel('Türkçe').check();
  await b.getByLabel('Over mij').fill('Oud-kok, ik kook graag voor meer mensen.');
  await b.getByLabel('Ervaring met …').fill('een scootmobiel');
  await b.getByLabel('Even niet: ik neem een pauze').check();
  await b.getByLabel('Hoeveel wil ik per week doen?').selectOption({ label: 'Hooguit 2 uur' });
  await expectAccessible(b, 'my profile');
  await b.getByRole('button', { name: 'Opslaan' }).click();
  await expect(b.getByTestId('profile-saved')).toBeVisible();

  // Anna's board shows the offer as paused; the post shows Bram's profile.
  await a.getByRole('link', { name: 'Prikbord', exact: true }).click();
  const card = a.getByTestId('post').filter({ hasText: 'Ik kook op vrijdag' });
  await expect(card.getByTestId('paused')).toHaveText('Even pauze');
  await card.getByRole('link', { name: 'Ik kook op vrijdag' }).click();
  const profile = a.getByTestId('profile-summary');
  await expect(profile.getByTestId('profile-words')).toHaveText('Oud-kok, ik kook graag voor meer mensen.');
  await expect(profile.getByTestId('profile-languages')).toHaveText('Spreekt: Türkçe');
  await expect(profile.getByTestId('profile-experience')).toHaveText('Ervaring met een scootmobiel');
  await expect(profile.getByTestId('profile-paused')).toBeVisible();
  await expect(profile).toContainText('Hooguit 2 uur per week');

  // Back from the pause: the board says so too.
  await b.getByLabel('Even niet: ik neem een pauze').uncheck();
  await b.getByRole('button', { name: 'Opslaan' }).click();
  await a.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(card).toBeVisible();
  await expect(card.getByTestId('paused')).toHaveCount(0);

  // Anna asks for a meal; in the exchange it becomes too much for Bram.
  await postRequest(a, 'Wie kookt er elke dag voor mij?', 'Koken en een warme maaltijd');
  await openPost(b, 'Wie kookt er elke dag voor mij?');
  await b.getByRole('button', { name: 'Ik help graag' }).click();
  const exchange = b.getByTestId('exchange');
  await exchange.getByRole('button', { name: 'Dit wordt me te veel' }).click();
  await exchange.getByLabel('Wil je er iets bij zeggen?').fill('Elke dag is te vaak voor mij.');
  await expectAccessible(b, 'too much in an exchange');
  await exchange.getByRole('button', { name: 'Stuur naar de coördinator' }).click();
  await expect(exchange.getByTestId('too-much-sent')).toBeVisible();
  await openSection(coordinator.page, 'signals');
  const signal = coordinator.page.getByTestId('signal');
  await expect(signal).toContainText('Elke dag is te vaak voor mij.');
  await expect(signal).toContainText('Van Bram');
  await expect(signal).toContainText('Wie kookt er elke dag voor mij?');
  // Anna, the other member in the exchange, cannot read it.
  await openPost(a, 'Wie kookt er elke dag voor mij?');
  await expect(a.getByText('Elke dag is te vaak voor mij.')).toHaveCount(0);
});
