// Shared plans in the browser (docs/protocol-together.md §3), with separate browser profiles
// syncing over WebRTC through the local relay: two plans, each pledged by two members and
// voted on. The one accepted pays a helper and ends (what is left goes back by share); the
// one rejected gives every pledge back. Every device shows the same balances.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import { openFromMore } from './menu.ts';
import { type Device, expectPeers } from './peers.ts';
import { openSection } from './toolkit.ts';

const slow = { timeout: 60_000 };

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

const plan = (page: Page, title: string) => page.getByTestId('plan').filter({ hasText: title });

/** Proposes a plan whose voting ends at `voteEnd` (ms), in the page's own time zone. */
async function propose(page: Page, title: string, hours: string, voteEnd: number): Promise<void> {
  const local = await page.evaluate((at) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const end = new Date(at);
    return {
      date: day(end),
      time: `${pad(end.getHours())}:${pad(end.getMinutes())}:${pad(end.getSeconds())}`,
      done: day(new Date(at + 14 * 24 * 3600 * 1000)),
    };
  }, voteEnd);
  await page.getByTestId('add-plan').click();
  const form = page.getByTestId('plan-form');
  await form.getByLabel('Wat is het plan?').fill(title);
  await form.getByLabel('Uitleg').fill('Samen doen, voor de hele buurt.');
  await form.getByLabel('Hoeveel uur is er nodig?').fill(hours);
  await form.getByLabel('Stemmen kan tot (dag)').fill(local.date);
  await form.getByLabel('Stemmen kan tot (tijd)').fill(local.time);
  await form.getByLabel('Klaar op').fill(local.done);
  await form.getByRole('button', { name: 'Plan voorstellen' }).click();
  await expect(plan(page, title)).toBeVisible();
}

async function pledgeAndVote(page: Page, title: string, hours: string, yes: boolean): Promise<void> {
  const card = plan(page, title);
  await expect(card).toBeVisible(slow);
  await card.getByLabel('Hoeveel uur geef je?').fill(hours);
  await card.getByRole('button', { name: 'Uren geven' }).click();
  await expect(card.getByTestId('plan-mine')).toHaveText(`Jij gaf ${hours} uur.`);
  await card.getByRole('button', { name: yes ? 'Ja, doen!' : 'Nee' }).click();
  await expect(card.getByTestId('plan-my-vote')).toContainText(yes ? 'Je stemde ja' : 'Je stemde nee');
}

test('a plan accepted pays a helper and gives back what is left; a plan rejected gives every pledge back', async ({
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator, neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
      ['Cor', 'Kerkpad'],
      ['Dirk', 'Beukenlaan'],
    ],
    { welcomeHours: 5 },
  );
  const [anna, bram, cor, dirk] = neighbours as [Device, Device, Device, Device];
  await expectPeers(anna.page, 1);

  // Anna finds "Plannen" under "Samen" in the menu and proposes two plans; voting ends in two minutes.
  await anna.page.getByRole('link', { name: 'Samen', exact: true }).click();
  await anna.page.getByRole('link', { name: 'Plannen', exact: true }).click();
  await expect(anna.page.getByRole('heading', { name: 'Plannen', level: 1 })).toBeVisible();
  const voteEnd = Date.now() + 120_000;
  await propose(anna.page, 'Bankje bij de speeltuin', '4', voteEnd);
  await propose(anna.page, 'Muurschildering bij de brug', '10', voteEnd);

  // Bram and Cor each give 2 hours to both; they vote yes to the bench and no to the mural.
  for (const device of [bram, cor]) {
    await goTo(device.page, '#/plannen');
    await pledgeAndVote(device.page, 'Bankje bij de speeltuin', '2', true);
    await pledgeAndVote(device.page, 'Muurschildering bij de brug', '2', false);
  }
  await expectAccessible(cor.page, 'plans, voting open');

  // Once voting time is over, Anna (the guide) counts the votes she has received. Her clock
  // moves to the end of voting rather than the test waiting for it: she alone writes after
  // it, and the others read what she writes (dated at most minutes ahead of their clocks).
  const bench = plan(anna.page, 'Bankje bij de speeltuin');
  const mural = plan(anna.page, 'Muurschildering bij de brug');
  await expect(bench.getByTestId('plan-votes')).toHaveText('Gestemd: 2 ja, 0 nee.', slow);
  await expect(mural.getByTestId('plan-votes')).toHaveText('Gestemd: 0 ja, 2 nee.', slow);
  await expect(bench.getByTestId('plan-needs')).toHaveText('Nodig: 4 uur. Gegeven: 4 uur.', slow);
  await moveClocksTo([anna.page], voteEnd);
  await bench.getByRole('button', { name: 'Stemmen tellen' }).click({ timeout: 60_000 });
  await mural.getByRole('button', { name: 'Stemmen tellen' }).click({ timeout: 60_000 });
  await expect(bench.getByTestId('plan-status')).toHaveText('Het plan gaat door: 2 ja, 0 nee.');
  await expect(mural.getByTestId('plan-status')).toContainText('Het plan gaat niet door: 0 ja, 2 nee.');

  await expectAccessible(anna.page, "plans, a guide's tools");
  // Dirk built the bench: Anna pays him 3 hours from the plan, then ends it. While she fills
  // in the form, Cor calls himself Cornelis: the list of members is read anew, and Dirk stays
  // chosen. (The options were made anew, the first member showed, and was paid.)
  const pay = bench.getByTestId('plan-pay');
  const payTo = pay.getByLabel('Wie heeft het werk gedaan?');
  await payTo.selectOption({ label: 'Dirk' });
  await pay.getByLabel('Hoeveel uur?').fill('3');
  await pay.getByLabel('Wat is er gedaan?').fill('Bankje getimmerd');
  await openFromMore(cor.page, 'Mijn profiel');
  await cor.page.getByLabel('Hoe mogen buren je noemen?').fill('Cornelis');
  await cor.page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(cor.page.getByTestId('profile-saved')).toBeVisible();
  await expect(payTo.getByRole('option', { name: 'Cornelis' })).toHaveCount(1, slow);
  await expect(payTo.locator('option:checked')).toHaveText('Dirk');
  await pay.getByRole('button', { name: 'Betalen uit het plan' }).click();
  await expect(bench.getByTestId('plan-payments')).toContainText('Dirk kreeg 3 uur voor: Bankje getimmerd');
  await bench.getByRole('button', { name: 'Plan afsluiten' }).click();
  await bench.getByRole('button', { name: 'Ja, afsluiten' }).click();
  await expect(bench.getByTestId('plan-status')).toHaveText('Het plan is afgesloten. Wat over was, is terug.');

  // The hour left goes back by share: half an hour each to Bram and Cor. The mural gave all back.
  const balances = [
    [anna, '+5 uur'],
    [bram, '+3,5 uur'],
    [cor, '+3,5 uur'],
    [dirk, '+8 uur'],
  ] as const;
  for (const [device, balance] of balances) {
    await goTo(device.page, '#/plannen');
    await expect(plan(device.page, 'Bankje bij de speeltuin')).toHaveAttribute('data-status', 'ended', slow);
    await expect(plan(device.page, 'Muurschildering bij de brug')).toHaveAttribute('data-status', 'rejected', slow);
    await device.page.getByRole('link', { name: 'Mijn uren' }).click();
    await expect(device.page.getByTestId('balance')).toHaveText(balance, slow);
  }
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  for (const [device, balance] of balances) {
    const name = ['Anna', 'Bram', 'Cornelis', 'Dirk'][neighbours.indexOf(device)] as string;
    await expect(rows.filter({ hasText: name }).getByTestId('member-balance')).toHaveText(balance, slow);
  }
});
