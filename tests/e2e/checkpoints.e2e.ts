// Checkpoints in the browser (docs/protocol.md §4.8, issue 20): when a quarter ended 30 days
// ago, a coordinator's laptop writes a checkpoint by itself; every device that holds the
// history checks it and keeps it, moves on to the part of the history after it (§7.1), and
// everyone still sees the same hours. A coordinator who signs a false one is caught by the other's laptop, shown
// to the coordinators, and is a coordinator no more.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { paginate, readPages, readSummary } from '../../src/core/checkpoint/pages.ts';
import { hash } from '../../src/core/crypto/hash.ts';
import { fromBase64Url, idFromText, toBase64Url } from '../../src/core/encoding/base64url.ts';
import { signEntry } from '../../src/core/entry/Entry.ts';
import { asValue, chainHead, deliverWhileAway, deviceIdentity, keptUpdates } from '../support/deviceStore.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import { openFromMore } from './menu.ts';
import { helpedFor, pairThroughPages } from './neighbourSteps.ts';
import { inviteLink } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { act, auditTypesOn, memberOptions, memberRow, openSection, storedRecord } from './toolkit.ts';

/** `months` on: at five, the quarter the network was founded in ended more than 30 days before. */
function monthsOn(months: number): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1, 9);
}
const fiveMonthsOn = () => monthsOn(5);

/**
 * The newest checkpoint that counts, as this device checked it and its record of the network
 * keeps it. Read again once the page has loaded when it was navigating (a paired device goes
 * to the board; expect.poll does not retry a read that throws).
 */
async function checkedCheckpoint(page: Page): Promise<string | null> {
  for (;;) {
    try {
      return ((await storedRecord(page)) as { checkpoint?: string | null }).checkpoint ?? null;
    } catch (error) {
      if (!String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState();
    }
  }
}

/** The parts of the member room's history this device keeps (§7.1), by the end of their doc's name. */
async function partsKept(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
  return names.filter((name) => name.startsWith('buurtruil-doc-')).flatMap((name) => name.match(/-part-.+$/) ?? []);
}

async function hoursOf(device: Device): Promise<{ balance: string; history: string[] }> {
  await device.page.getByRole('link', { name: 'Mijn uren' }).click();
  return {
    balance: (await device.page.getByTestId('balance').textContent()) ?? '',
    history: await device.page.getByTestId('history-item').allTextContents(),
  };
}

test('the coordinator’s laptop writes a checkpoint by itself; the phones check it, a tablet paired later starts from it in the part after it, and every page shows the same hours', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await helpedFor(
    'Boodschappen doen',
    { asker: anna.page, agreer: anna.page, confirmer: anna.page, helper: bram.page },
    '2',
  );

  await moveClocksTo([carla.page, anna.page, bram.page], fiveMonthsOn());
  // Written by the coordinator's laptop alone (one coordinator is the quorum), on the log.
  await expect.poll(() => auditTypesOn(carla.page), { timeout: 60_000 }).toContain('checkpoint');
  // Every device that holds the history checked it.
  for (const device of [carla, anna, bram])
    await expect.poll(() => checkedCheckpoint(device.page), { timeout: 60_000 }).not.toBeNull();
  const summary = await checkedCheckpoint(carla.page);
  expect(await checkedCheckpoint(anna.page)).toBe(summary);
  expect(await checkedCheckpoint(bram.page)).toBe(summary);

  // Life goes on after it: Bram asks, Anna helps.
  await helpedFor(
    'Ramen lappen',
    { asker: bram.page, agreer: bram.page, confirmer: bram.page, helper: anna.page },
    '1',
    'Bram',
  );
  await expect.poll(async () => (await hoursOf(anna)).balance).toBe('−1 uur');
  expect((await hoursOf(anna)).history).toEqual([
    expect.stringContaining('+1 uur Van Bram'),
    expect.stringContaining('−2 uur Aan Bram'),
  ]);
  await expect.poll(async () => (await hoursOf(bram)).balance).toBe('+1 uur');
  expect((await hoursOf(bram)).history).toEqual([
    expect.stringContaining('−1 uur Aan Anna'),
    expect.stringContaining('+2 uur Van Anna'),
  ]);
  await openSection(carla.page, 'members');
  await expect(memberRow(carla.page, 'Anna').getByTestId('member-balance')).toHaveText('−1 uur');
  await expect(memberRow(carla.page, 'Bram').getByTestId('member-balance')).toHaveText('+1 uur');
  // The laptop judges across the checkpoint and keeps the archive: its log still shows the
  // admissions from before it.
  expect(await auditTypesOn(carla.page)).toEqual(expect.arrayContaining(['checkpoint', 'admit']));

  // Anna adds a tablet: her phone hands it the checkpoint it checked, and the tablet starts
  // from it, in the part of the history after it (§7.1), to the same hours as the laptop and
  // the phone. It holds the exchanges since the checkpoint, and says where the older ones are.
  const tablet = await openDevice(browser, `${site.url}/`);
  devices.push(tablet);
  await moveClocksTo([tablet.page], fiveMonthsOn());
  await tablet.page.getByRole('link', { name: 'Ik doe al mee op een ander apparaat' }).click();
  await expect(tablet.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await openFromMore(anna.page, 'Instellingen');
  await anna.page.getByRole('button', { name: 'Ook op een ander apparaat' }).click();
  await anna.page.getByLabel('Welk apparaat is het?').fill('Tablet');
  await pairThroughPages(tablet.page, anna.page, 'Code op het andere apparaat');
  await expect(anna.page.getByTestId('device-added')).toContainText('Tablet doet nu mee als jij');
  // Handed over with the network at pairing (read as the tablet goes to the board).
  expect(await checkedCheckpoint(tablet.page)).toBe(summary);
  await expect(tablet.page.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 60_000 });
  await expect.poll(async () => (await hoursOf(tablet)).balance, { timeout: 60_000 }).toBe('−1 uur');
  // Her post from before the checkpoint is still open, on the tablet too, checked: the
  // summary names it, and its text comes from the post entry the part carries (§4.8).
  await tablet.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  const before = tablet.page.getByTestId('post').filter({ hasText: 'Boodschappen doen' });
  await expect(before).toHaveCount(1);
  await expect(before.getByTestId('being-checked')).toHaveCount(0);
  await hoursOf(anna);
  await expect(anna.page.getByTestId('history-item')).toHaveCount(2);
  const [annaNewest] = await anna.page.getByTestId('history-item').allTextContents();
  await hoursOf(tablet);
  await expect(tablet.page.getByTestId('history-item')).toHaveText([annaNewest ?? '']);
  await expect(tablet.page.getByTestId('older-hours-elsewhere')).toContainText(
    'staan niet op dit apparaat. Ze tellen wel mee in je saldo',
  );
  await expect(anna.page.getByTestId('older-hours-elsewhere')).toHaveCount(0);
  expect(await checkedCheckpoint(tablet.page)).toBe(summary);
  // Each keeps the part after the checkpoint as a doc of its own.
  for (const device of [tablet, anna, carla]) expect(await partsKept(device.page)).toEqual([`-part-${summary}`]);

  // A quarter later the laptop writes the next checkpoint. The tablet never held the history
  // below the first: it checks the second from the first's state and the part after it, and
  // moves on with the others (§4.8, "Built on the one before").
  await moveClocksTo([carla.page, anna.page, bram.page, tablet.page], monthsOn(8));
  await expect.poll(() => checkedCheckpoint(carla.page), { timeout: 60_000 }).not.toBe(summary);
  const second = await checkedCheckpoint(carla.page);
  for (const device of [anna, bram, tablet])
    await expect.poll(() => checkedCheckpoint(device.page), { timeout: 60_000 }).toBe(second);
  await expect.poll(() => partsKept(tablet.page), { timeout: 60_000 }).toContain(`-part-${second}`);
  await expect.poll(async () => (await hoursOf(tablet)).balance, { timeout: 60_000 }).toBe('−1 uur');
  await expect.poll(async () => (await hoursOf(bram)).balance).toBe('+1 uur');
});

test('a coordinator who signs a false checkpoint is caught by the other coordinator’s laptop, shown on its page, and is a coordinator no more', async ({
  site,
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await act(await memberOptions(carla.page, 'Bram'), /Coördinator maken: Bram/, null, 'Ja, Bram wordt coördinator');
  await expect(memberRow(carla.page, 'Bram').getByTestId('member-status')).toHaveText('lid, coördinator');
  await expect(bram.page.getByRole('link', { name: 'Coördinator' })).toBeVisible();

  const bramBalance = await memberRow(carla.page, 'Bram').getByTestId('member-balance').textContent();
  const later = fiveMonthsOn();
  const movedAt = Date.now();
  await moveClocksTo([carla.page, anna.page, bram.page], later);
  // Both laptops sign the one true summary: with two coordinators, two signatures count.
  await expect
    .poll(async () => (await auditTypesOn(carla.page)).filter((type) => type === 'checkpoint').length, {
      timeout: 60_000,
    })
    .toBe(2);
  await expect.poll(() => checkedCheckpoint(carla.page), { timeout: 60_000 }).not.toBeNull();

  // Bram's device signs a copy of that summary that gives him ten hours more.
  const doc = new Y.Doc();
  for (const update of await keptUpdates(bram.page, 'buurtruil-doc-')) Y.applyUpdate(doc, update);
  const pages = doc.getMap<Uint8Array>('pages');
  const summaryBytes = [...pages.values()].find((value) => readSummary(value) !== null);
  const summary = summaryBytes && readSummary(summaryBytes);
  if (!summary) throw new Error('no summary in Bram’s doc');
  const sections = readPages(
    summary,
    summary.pages.map((hash) => pages.get(toBase64Url(hash)) as Uint8Array),
  );
  if (!sections) throw new Error('the pages do not read');
  const keys = await deviceIdentity(bram.page);
  const bramKey = toBase64Url(keys.signing.publicKey);
  const record = sections.members.find((member) => member.key === bramKey) as { balance: number } | undefined;
  if (!record) throw new Error('Bram is not in the summary');
  record.balance += 600;
  const forged = paginate({ net: summary.net, part: 1, after: null, until: summary.until }, sections);
  const head = await chainHead(bram.page, keys);
  const falseOne = signEntry(keys, {
    net: fromBase64Url(new URLSearchParams(new URL(await inviteLink(carla.page)).hash.slice(1)).get('net') ?? ''),
    type: 'checkpoint',
    seq: head.seq + 1,
    prev: idFromText(head.id),
    // The pages' clocks run on from `later`.
    time: later + (Date.now() - movedAt),
    body: { part: 1, after: null, summary: forged.hash, seen: [] },
  });
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    const [id, bytes] = asValue(falseOne);
    doc.getMap<Uint8Array>('entries').set(id, bytes);
    for (const value of [forged.summary, ...forged.pages]) pages.set(toBase64Url(hash(value)), value);
  });
  await deliverWhileAway(bram.page, 'buurtruil-doc-', Y.encodeStateAsUpdate(doc, before), `${site.url}/`);

  // Carla's laptop finds it false: a flag with what to do, a notice on the log, and Bram no coordinator.
  await openSection(carla.page, 'flags');
  const flag = carla.page.getByTestId('flag').filter({ hasText: 'Bram ondertekende tussenstand 1' });
  await expect(flag).toContainText('klopt niet met het logboek', { timeout: 60_000 });
  await expect(flag).toContainText('Daarom is Bram geen coördinator meer');
  await openSection(carla.page, 'members');
  await expect(memberRow(carla.page, 'Bram').getByTestId('member-status')).toHaveText('lid');
  // The hours stay as they were: the false summary moved nothing.
  await expect(memberRow(carla.page, 'Bram').getByTestId('member-balance')).toHaveText(bramBalance ?? '');
  await expect.poll(() => checkedCheckpoint(anna.page)).toBe(await checkedCheckpoint(carla.page));
});
