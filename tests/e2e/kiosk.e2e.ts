// The kiosk in the community centre and a neighbour without a phone, each device its own
// browser profile, syncing over WebRTC through the local relay: the kiosk is set up by
// pairing with the coordinator's laptop; a member with a card is enrolled and the card
// printed; at the kiosk the card member asks for help, a neighbour with a phone answers,
// the card member confirms the hour; every device shows the same balances; "Klaar" and
// 90 seconds without a touch leave nothing of them behind; wrong PINs are limited; a lost
// card is replaced with a new PIN.
import { cardShareFromCode } from '../../src/core/cardKeys.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, everythingStored, logInWithCard, setUpKiosk, typeCardCode, typePin } from './kiosk.ts';
import { askToJoin, inviteLink, openPost } from './network.ts';
import { type Device, expectPeers } from './peers.ts';
import { coordinatorMenu, openSection } from './toolkit.ts';

/** The card's 16 bytes as they would look in the stored JSON: they must be nowhere. */
function cardBytesText(code: string): string {
  const bytes = cardShareFromCode(code);
  if (!bytes) throw new Error('bad code');
  return `[${[...bytes].join(',')}]`;
}

test('a kiosk by pairing; a card member enrolled and printed asks, is helped and confirms 1 h at the kiosk', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(240_000);
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  await expectPeers(kiosk.page, 1);
  await expect(coordinator.page.getByTestId('kiosk-row')).toContainText('Kiosk buurthuis');

  // The coordinator enrols Gerrit, who has no phone, and prints his card.
  await coordinator.page.addInitScript(() => {
    window.print = () => undefined;
  });
  await coordinator.page.evaluate(() => {
    window.print = () => undefined;
  });
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart afdrukken' }).click();
  await coordinator.page.emulateMedia({ media: 'print' });
  const card = coordinator.page.getByTestId('member-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('member-card-name')).toHaveText('Gerrit');
  await expect(card.getByTestId('member-card-code')).toHaveText(code);
  await expect(card.getByTestId('member-card-qr')).toBeVisible();
  await expect(card).toContainText('Hulp nodig?');
  await expect(coordinator.page.getByTestId('invite-link')).toBeHidden();
  const pdf = await coordinator.page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // One A6 page (105 × 148 mm = 297.6 × 419.5 pt).
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes).toHaveLength(1);
  expect(Math.round(Number(boxes[0]?.[1]))).toBe(298);
  expect(Math.round(Number(boxes[0]?.[2]))).toBe(420);
  await coordinator.page.emulateMedia({ media: 'screen' });
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  await expect(coordinator.page.getByTestId('member-card')).toHaveCount(0);

  // At the kiosk: card and PIN, then a request.
  await kiosk.page.addInitScript(() => {
    (window as unknown as { spoken: string[] }).spoken = [];
  });
  await kiosk.page.evaluate(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    speechSynthesis.speak = (utterance) => {
      spoken.push(utterance.text);
    };
  });
  await logInWithCard(kiosk.page, code, '4821');
  const area = kiosk.page.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  await expect(area).toContainText('via de kiosk');
  await area.getByRole('button', { name: 'Lees voor' }).click();
  expect(await kiosk.page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
    expect.stringContaining('Hallo Gerrit!'),
  ]);
  await area.getByRole('button', { name: 'Vraag hulp' }).click();
  await area.getByLabel('Tuin').check();
  await area.getByLabel('Waar wil je hulp bij?').fill('Wie helpt met mijn tuin?');
  await area.getByRole('button', { name: 'Ophangen' }).click();
  await expect(area.getByRole('heading', { name: 'Wie helpt met mijn tuin?' })).toBeVisible();

  // An A6 help slip for the notice board.
  await kiosk.page.evaluate(() => {
    window.print = () => undefined;
  });
  await area.getByRole('button', { name: 'Briefje afdrukken' }).click();
  await kiosk.page.emulateMedia({ media: 'print' });
  const slip = kiosk.page.getByTestId('help-slip');
  await expect(slip).toBeVisible();
  await expect(slip).toContainText('Wie helpt met mijn tuin?');
  await expect(slip).toContainText('Wie helpt? Bel of kom langs:');
  const slipPdf = await kiosk.page.pdf({ preferCSSPageSize: true });
  expect([...slipPdf.toString('latin1').matchAll(/\/MediaBox \[0 0 298\.\d+ 420\]/g)]).toHaveLength(1);
  await kiosk.page.emulateMedia({ media: 'screen' });

  // Anna, with her phone, answers; her page says how Gerrit's request was made.
  await openPost(anna.page, 'Wie helpt met mijn tuin?');
  await expect(anna.page.getByTestId('made-via')).toHaveText('Geschreven via de kiosk in het buurthuis');
  await anna.page.getByLabel('Bericht aan Gerrit (mag leeg blijven)').fill('Ik kom zaterdag.');
  await anna.page.getByRole('button', { name: 'Ik help graag' }).click();

  // Gerrit sees her response at the kiosk and says yes.
  const response = area.getByTestId('card-response');
  await expect(response).toContainText('Anna heeft gereageerd');
  await expect(response).toContainText('Ik kom zaterdag.');
  await response.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(response.getByTestId('card-match')).toHaveText('Afgesproken!');

  // After the help, Anna records an hour; Gerrit confirms it at the kiosk.
  const annaExchange = anna.page.getByTestId('exchange');
  await expect(annaExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await annaExchange.getByLabel('Uren').fill('1');
  await annaExchange.getByLabel('Wat is er gedaan?').fill('Tuin gedaan');
  await annaExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await expect(response.getByTestId('card-hours')).toContainText('Anna geeft door: 1 uur voor "Tuin gedaan"');
  await response.getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(response.getByTestId('card-hours')).toContainText('1 uur bijgeschreven');

  // Balances, on every device.
  await area.getByRole('button', { name: 'Terug' }).click();
  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('−1 uur');
  await anna.page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(anna.page.getByTestId('balance')).toHaveText('+1 uur');
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  await expect(rows.filter({ hasText: 'Gerrit' }).getByTestId('member-balance')).toHaveText('−1 uur');
  await expect(rows.filter({ hasText: 'Anna' }).getByTestId('member-balance')).toHaveText('+1 uur');

  // "Klaar": nothing of Gerrit stays on screen, in the page or in storage.
  await kiosk.page.getByRole('button', { name: 'Klaar' }).click();
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible();
  await expect(kiosk.page.getByTestId('card-area')).toHaveCount(0);
  expect(await kiosk.page.content()).not.toContain('Gerrit');
  const stored = await everythingStored(kiosk.page);
  expect(stored).not.toContain(cardBytesText(code));
  expect(stored).not.toContain(code);
  // The board still shows his request (without his name): it is the network's, not the session's.
  await expect(kiosk.page.getByTestId('kiosk-post').filter({ hasText: 'Wie helpt met mijn tuin?' })).toHaveCount(1);
});

test('wrong PINs are limited; 90 seconds without a touch logs the card member out and leaves nothing', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(240_000);
  const { coordinator } = await network([]);
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  // The kiosk's timers from here on are the test's to move on.
  await kiosk.page.clock.install();

  await kiosk.page.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  const login = kiosk.page.getByTestId('card-login');
  // The card is known once the kiosk has its share.
  await expect(async () => {
    await typeCardCode(kiosk.page, code);
  }).toPass({ timeout: 30_000 });
  await typePin(kiosk.page, '0000');
  await expect(login.getByRole('alert')).toHaveText('Die pincode klopt niet. Je mag het nog 2 keer proberen.');
  await typePin(kiosk.page, '1111');
  await expect(login.getByRole('alert')).toHaveText('Die pincode klopt niet. Je mag het nog 1 keer proberen.');
  await typePin(kiosk.page, '2222');
  await expect(login.getByRole('alert')).toContainText('Drie keer een verkeerde pincode. Probeer het om');
  // Now even the right PIN waits.
  await typePin(kiosk.page, '4821');
  await expect(login.getByRole('alert')).toContainText('Drie keer een verkeerde pincode');
  await expect(kiosk.page.getByTestId('card-area')).toHaveCount(0);
  // The count is kept on the kiosk, per card: a reload does not reset it.
  await kiosk.page.reload();
  await kiosk.page.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await kiosk.page.getByLabel('Code van je kaart').fill(code);
  await kiosk.page.getByRole('button', { name: 'Verder' }).click();
  await expect(login.getByRole('alert')).toContainText('Drie keer een verkeerde pincode');

  // A quarter of an hour later, the right PIN opens.
  await kiosk.page.clock.fastForward('15:01');
  // Nobody touched the login screen meanwhile: it went back to the board by itself.
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible();
  await kiosk.page.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await typeCardCode(kiosk.page, code);
  await typePin(kiosk.page, '4821');
  const area = kiosk.page.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('0 uur');

  // Gerrit walks away. After 89 seconds he is still there; after 90, gone.
  await kiosk.page.clock.fastForward(89_000);
  await expect(area).toBeVisible();
  await kiosk.page.clock.fastForward(2_000);
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible();
  await expect(area).toHaveCount(0);
  const html = await kiosk.page.content();
  for (const left of ['Gerrit', 'Mijn uren', 'card-balance', code]) expect(html).not.toContain(left);
  const stored = await everythingStored(kiosk.page);
  expect(stored).not.toContain(cardBytesText(code));
  expect(stored).not.toContain(code);
});

test('a lost card is replaced: the new PIN typed stays while a newcomer asks to join', async ({
  browser,
  network,
  devices,
}) => {
  test.setTimeout(180_000);
  const { coordinator } = await network([]);
  const c = coordinator.page;
  const invite = await inviteLink(c);
  const code = await enrolCard(c, 'Gerrit', '4821');
  await c.getByRole('button', { name: 'Kaart is afgedrukt' }).click();

  // Gerrit lost his card: the coordinator starts a new one, and he types a new PIN.
  const gerrit = c.getByTestId('card-member').filter({ hasText: 'Gerrit' });
  await gerrit.getByRole('button', { name: 'Nieuwe kaart (kaart kwijt)' }).click();
  await gerrit.getByLabel('Pincode', { exact: true }).fill('7306');
  // Meanwhile Nina asks to join, and her request reaches this page. (The list of card
  // members was made anew at every change: the form closed, the PIN gone.)
  devices.push(await askToJoin(browser, invite, 'Nina', 'Kerkplein'));
  await expect(coordinatorMenu(c).getByRole('link', { name: /^Aanvragen om mee te doen 1 wachten/ })).toBeVisible();
  await expect(gerrit.getByLabel('Pincode', { exact: true })).toHaveValue('7306');
  await gerrit.getByRole('button', { name: 'Nieuwe kaart maken' }).click();
  await expect(c.getByTestId('printed-card')).toContainText('Gerrit doet mee');
  await expect(c.getByTestId('member-card-code')).not.toHaveText(code);
});
