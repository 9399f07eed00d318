// Posts and messages across a link (protocol-links.md §3), each person in their own browser
// profile (Oosterpark: its coordinator and Ans; Transvaal: its coordinator, Bea and Bram): the
// coordinators link the neighbourhoods; Ans shares a request with Transvaal; Bea sees it
// on her board marked "Uit Buurtruil Oosterpark", writes to Ans, Ans reads it under her post
// and answers, and Bea reads the answer. A post Ans did not share never shows in Transvaal.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { link, linkRoomWait } from './linking.ts';
import { openFromMore } from './menu.ts';
import { pairThroughPages } from './neighbourSteps.ts';
import { openPost } from './network.ts';
import { openDevice } from './peers.ts';
import { expectFitsAt } from './screenFit.ts';
import { openSection } from './toolkit.ts';

/** Through both coordinators' devices and the link room: a fresh WebRTC handshake may be in it. */
const acrossWait = { timeout: 90_000 };

/** Ans posts a request from the post form; `shareWith`: the neighbourhood to show it in too. */
async function postRequest(page: Page, title: string, shareWith: string | null): Promise<void> {
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await page.getByLabel('Ik vraag hulp').check();
  await page.getByLabel('Korte titel').fill(title);
  await page.getByLabel('Meegaan naar een afspraak').check();
  const share = page.getByLabel(`Ook laten zien in ${shareWith ?? 'Buurtruil Transvaal'}`);
  // The choice shows once the link is open on this device too.
  await expect(share).toBeVisible(linkRoomWait);
  if (shareWith) {
    await share.check();
    await expectAccessible(page, 'share: the post form offers the linked neighbourhood');
  }
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('a shared post shows in the linked neighbourhood, marked with its name; a message there is answered across; an unshared post never shows', async ({
  network,
}) => {
  test.setTimeout(420_000);
  // The two neighbourhoods start at once: they have nothing to do with each other until the link.
  const [oost, trans] = await Promise.all([
    network([['Ans', 'Wibautstraat']], { name: 'Buurtruil Oosterpark' }),
    network(
      [
        ['Bea', 'Transvaalkade'],
        ['Bram', 'Ruyschstraat'],
      ],
      { name: 'Buurtruil Transvaal' },
    ),
  ]);
  await link(oost.coordinator.page, trans.coordinator.page, { categories: [], hours: '10' });

  const [ans] = oost.neighbours.map((device) => device.page) as [Page];
  const [bea, bram] = trans.neighbours.map((device) => device.page) as [Page, Page];
  const shared = 'Wie gaat mee naar de tandarts?';
  const kept = 'Alleen voor Oosterpark';
  // The unshared one first: had it leaked, it would be there before the shared one.
  await postRequest(ans, kept, null);
  await postRequest(ans, shared, 'Buurtruil Transvaal');

  // Transvaal's board: Ans's post, marked with where it comes from, not by colour alone.
  for (const page of [bea, bram]) {
    const card = page.getByTestId('post').filter({ hasText: shared });
    await expect(card).toBeVisible(acrossWait);
    await expect(card.getByTestId('across')).toHaveText('Uit Buurtruil Oosterpark');
    await expect(card).toContainText('Ans');
    await expect(page.getByTestId('post').filter({ hasText: kept })).toHaveCount(0);
  }
  // Found by searching for the neighbourhood, like any post by its words.
  await bea.getByLabel('Zoeken', { exact: true }).fill('Oosterpark');
  await expect(bea.getByTestId('post').filter({ hasText: shared })).toBeVisible();
  await bea.getByLabel('Zoeken', { exact: true }).fill('');

  await openPost(bea, shared);
  await expect(bea.getByTestId('post-detail').getByTestId('across')).toHaveText('Uit Buurtruil Oosterpark');
  await expectAccessible(bea, 'share: a post from the linked neighbourhood');
  await bea.getByLabel('Schrijf Ans uit Buurtruil Oosterpark').fill('Ik ga graag mee, donderdag kan ik.');
  await bea.getByRole('button', { name: 'Versturen' }).click();
  const beaTalk = bea.getByTestId('across-conversation');
  await expect(beaTalk.getByTestId('message-text')).toHaveText(['Ik ga graag mee, donderdag kan ik.']);

  // Ans reads it under her own post, from a neighbour of Transvaal, and answers.
  await openPost(ans, shared);
  const ansTalk = ans.getByTestId('across-conversation');
  await expect(ansTalk.getByTestId('message-text')).toHaveText(['Ik ga graag mee, donderdag kan ik.'], acrossWait);
  await expect(ansTalk.getByRole('heading')).toHaveText('Gesprek met een buur uit Buurtruil Transvaal');
  await expectAccessible(ans, 'share: a message from the linked neighbourhood');
  await ans.getByLabel('Schrijf deze buur uit Buurtruil Transvaal').fill('Fijn! Om negen uur bij de Wibautstraat.');
  await ans.getByRole('button', { name: 'Versturen' }).click();
  await expect(ansTalk.getByTestId('message-text')).toHaveText([
    'Ik ga graag mee, donderdag kan ik.',
    'Fijn! Om negen uur bij de Wibautstraat.',
  ]);

  // Bea reads the answer across.
  await expect(beaTalk.getByTestId('message-text')).toHaveText(
    ['Ik ga graag mee, donderdag kan ik.', 'Fijn! Om negen uur bij de Wibautstraat.'],
    acrossWait,
  );

  // The conversation is among Bea's appointments too, marked with the neighbourhood.
  await bea.getByRole('link', { name: 'Mijn afspraken' }).click();
  const line = bea.getByTestId('across-line');
  await expect(line).toContainText(shared);
  await expect(line).toContainText('Gesprek met Ans uit Buurtruil Oosterpark');
  await expect(line).toContainText('Uit Buurtruil Oosterpark');
  await expectAccessible(bea, 'share: appointments with a conversation across');
  await line.getByRole('link', { name: shared }).click();
  await expect(bea.getByTestId('across-conversation').getByTestId('message-text')).toHaveCount(2);
  await expectFitsAt(bea, { width: 360, height: 740 }, 'across conversation');

  // On a 360 px phone the label stays readable on the board.
  await bram.setViewportSize({ width: 360, height: 740 });
  const card = bram.getByTestId('post').filter({ hasText: shared });
  await expect(card.getByTestId('across')).toBeVisible();
  await expectAccessible(bram, 'share: the board with a linked neighbourhood, on a phone');
  await expectFitsAt(bram, { width: 360, height: 740 }, 'share board');
  await expect(bram.getByTestId('post').filter({ hasText: kept })).toHaveCount(0);

  // Oosterpark's coordinator turns sharing off: the open post form stops offering it.
  await ans.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await expect(ans.getByTestId('share-across')).toBeVisible();
  const c = oost.coordinator.page;
  await openSection(c, 'settings');
  const policy = c.getByTestId('policy');
  const allow = policy.getByLabel('Buren mogen hun berichten ook laten zien in gekoppelde buurten');
  await expect(allow).toBeChecked();
  await allow.uncheck();
  await policy.getByRole('button', { name: 'Afspraken opslaan' }).click();
  await expect(policy.getByRole('status')).toHaveText('Opgeslagen. De nieuwe afspraken gelden vanaf nu.');
  await expect(ans.getByTestId('share-across')).toHaveCount(0, linkRoomWait);
});

test('a category outside the terms cannot be shared there, and the post form says so plainly', async ({ network }) => {
  test.setTimeout(300_000);
  const [oost, trans] = await Promise.all([
    network([['Ans', 'Wibautstraat']], { name: 'Buurtruil Oosterpark' }),
    network([], { name: 'Buurtruil Transvaal' }),
  ]);
  await link(oost.coordinator.page, trans.coordinator.page, { categories: ['Tuin'], hours: '10' });
  const [ans] = oost.neighbours.map((device) => device.page) as [Page];
  await ans.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await ans.getByLabel('Tuin').check();
  const share = ans.getByLabel('Ook laten zien in Buurtruil Transvaal');
  await expect(share).toBeVisible(linkRoomWait);
  await ans.getByLabel('Meegaan naar een afspraak').check();
  await expect(share).toHaveCount(0);
  await expect(ans.getByTestId('share-not-allowed')).toHaveText(
    'Buurtruil Transvaal: kan niet. Meegaan naar een afspraak hoort niet bij de afspraken met die buurt.',
  );
  await expectAccessible(ans, 'share: a category outside the terms');
});

test("a member's second device shares a post and gets an answer across; the first device reads it too", async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(420_000);
  const [oost, trans] = await Promise.all([
    network([['Ans', 'Wibautstraat']], { name: 'Buurtruil Oosterpark' }),
    network([['Bea', 'Transvaalkade']], { name: 'Buurtruil Transvaal' }),
  ]);
  await link(oost.coordinator.page, trans.coordinator.page, { categories: [], hours: '10' });
  const [ans] = oost.neighbours.map((device) => device.page) as [Page];
  const [bea] = trans.neighbours.map((device) => device.page) as [Page];

  // Ans adds her laptop by pairing: its own key, which is not her member key.
  const laptop = await openDevice(browser, `${site.url}/`);
  devices.push(laptop);
  await laptop.page.getByRole('link', { name: 'Ik doe al mee op een ander apparaat' }).click();
  await expect(laptop.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await openFromMore(ans, 'Instellingen');
  await ans.getByRole('button', { name: 'Ook op een ander apparaat' }).click();
  await ans.getByLabel('Welk apparaat is het?').fill('Laptop');
  await pairThroughPages(laptop.page, ans, 'Code op het andere apparaat');
  await expect(laptop.page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 60_000 });

  // The laptop shares a request; Bea writes to the key she knows, the laptop's.
  const shared = 'Wie plakt mijn fietsband?';
  await postRequest(laptop.page, shared, 'Buurtruil Transvaal');
  await expect(bea.getByTestId('post').filter({ hasText: shared })).toBeVisible(acrossWait);
  await openPost(bea, shared);
  await bea.getByLabel('Schrijf Ans uit Buurtruil Oosterpark').fill('Ik plak hem morgen.');
  await bea.getByRole('button', { name: 'Versturen' }).click();

  // At home the laptop's key names Ans: the laptop reads it and answers.
  await openPost(laptop.page, shared);
  const laptopTalk = laptop.page.getByTestId('across-conversation');
  await expect(laptopTalk.getByTestId('message-text')).toHaveText(['Ik plak hem morgen.'], acrossWait);
  await laptop.page.getByLabel('Schrijf deze buur uit Buurtruil Transvaal').fill('Dank je, tot morgen!');
  await laptop.page.getByRole('button', { name: 'Versturen' }).click();
  const both = ['Ik plak hem morgen.', 'Dank je, tot morgen!'];
  await expect(bea.getByTestId('across-conversation').getByTestId('message-text')).toHaveText(both, acrossWait);

  // Ans's first device reads the same conversation.
  await openPost(ans, shared);
  await expect(ans.getByTestId('across-conversation').getByTestId('message-text')).toHaveText(both, acrossWait);
});
