// The coordinator's moderation in the pages, with two coordinators and three neighbours:
// hide a post, warn, reverse a transfer, suspend (the suspended device receives nothing
// new after the rekey) and reinstate; each seen right on every device and each in the
// audit log both coordinators read.
import { idFromText } from '../../src/core/encoding/base64url.ts';
import { signEntry } from '../../src/core/entry/Entry.ts';
import { asValue, chainHead, deliverWhileAway, deviceIdentity, updateWith } from '../support/deviceStore.ts';
import { expect, test } from './fixtures.ts';
import { inviteLink, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import {
  act,
  auditTypesOn,
  expectEpoch,
  memberOptions,
  memberRow,
  openSection,
  storedEntryIds,
  storedRecord,
} from './toolkit.ts';

test('hide, warn, reverse, suspend and reinstate: seen on every device, each in the audit log', async ({
  site,
  network,
}) => {
  test.setTimeout(480_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkplein'],
    ['Dina', 'Havenstraat'],
  ]);
  const [anna, bram, cor, dina] = neighbours as [Device, Device, Device, Device];
  const c = carla.page;

  // A second coordinator: Anna gets the invite and the coordinator's page.
  await act(await memberOptions(c, 'Anna'), /Coördinator maken: Anna/, null, 'Ja, Anna wordt coördinator');
  await expect(anna.page.getByRole('link', { name: 'Coördinator' })).toBeVisible();
  await anna.page.getByRole('link', { name: 'Coördinator' }).click();
  await openSection(anna.page, 'invite');
  await expect(anna.page.getByTestId('invite-link')).toHaveValue(await inviteLink(c));
  const a = anna.page;

  // Hide: Bram's post leaves the board; Bram sees why.
  await postRequest(bram.page, 'Fiets te koop');
  await expect(cor.page.getByRole('link', { name: 'Fiets te koop' })).toBeVisible();
  await openSection(c, 'board');
  const post = c.getByTestId('toolkit-post').filter({ hasText: 'Fiets te koop' });
  await act(post, /Verbergen: Fiets te koop/, 'Verkopen hoort niet op het prikbord.', 'Bericht verbergen');
  await expect(cor.page.getByRole('link', { name: 'Fiets te koop' })).toHaveCount(0);
  await bram.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(bram.page.getByTestId('post').filter({ hasText: 'Fiets te koop' })).toContainText(
    'Verborgen door de coördinator: Verkopen hoort niet op het prikbord.',
  );

  // Warn, by the second coordinator: only Cor reads it.
  await act(
    await memberOptions(a, 'Cor'),
    /Een waarschuwing geven: Cor/,
    'Wil je vriendelijk blijven in je berichten?',
    'Versturen',
  );
  await expect(cor.page.getByTestId('notice').filter({ hasText: 'Wil je vriendelijk blijven' })).toBeVisible();
  await expect(bram.page.getByTestId('notices')).toHaveCount(0);

  // Reverse: Bram paid Dina an hour twice by mistake (his own device wrote it).
  const bramKeys = await deviceIdentity(bram.page);
  const head = await chainHead(bram.page, bramKeys);
  const dinaKeys = await deviceIdentity(dina.page);
  const net = idFromText(new URLSearchParams(new URL(await inviteLink(c)).hash.slice(1)).get('net') ?? '');
  const transfer = signEntry(bramKeys, {
    net,
    type: 'transfer',
    seq: head.seq + 1,
    prev: idFromText(head.id),
    time: Date.now(),
    body: { to: dinaKeys.signing.publicKey, minutes: 60, what: 'Boodschappen (dubbel)', post: null, proposal: null },
  });
  await deliverWhileAway(
    bram.page,
    'buurtruil-doc-',
    await updateWith(bram.page, 'buurtruil-doc-', [asValue(transfer)]),
    `${site.url}/`,
  );
  await openSection(c, 'members');
  await expect(memberRow(c, 'Dina').getByTestId('member-balance')).toHaveText('+1 uur');
  await openSection(c, 'hours');
  const paid = c.getByTestId('toolkit-transfer').filter({ hasText: 'Bram aan Dina' });
  await act(paid, /Terugdraaien: Bram aan Dina/, 'Per ongeluk twee keer doorgegeven.', 'Uren terugdraaien');
  await openSection(c, 'members');
  await expect(memberRow(c, 'Dina').getByTestId('member-balance')).toHaveText('0 uur');
  await expect(memberRow(c, 'Bram').getByTestId('member-balance')).toHaveText('0 uur');
  await dina.page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(dina.page.getByText('teruggedraaid door de coördinator')).toBeVisible();
  await expect(dina.page.getByTestId('balance')).toHaveText('0 uur');
  await dina.page.getByRole('link', { name: 'Prikbord', exact: true }).click();

  // Suspend Dina: she is told, everyone else moves to a new epoch without her.
  await act(
    await memberOptions(c, 'Dina'),
    /Op pauze zetten: Dina/,
    'Even pauze na een ruzie.',
    'Dina op pauze zetten',
  );
  await expect(dina.page.getByTestId('suspended-notice')).toContainText('Even pauze na een ruzie.');
  for (const device of [carla, anna, bram, cor]) await expectEpoch(device.page, 1);
  await expect(memberRow(c, 'Dina').getByTestId('member-status')).toHaveText('op pauze');
  await expect(memberRow(a, 'Dina').getByTestId('member-status')).toHaveText('op pauze');

  // Written after the rekey: everyone but Dina's device gets it.
  await postRequest(cor.page, 'Wie helpt met de heg?');
  const postId = new URL(cor.page.url()).hash.split('/')[2] ?? '';
  for (const device of [carla, anna, bram]) {
    await device.page.goto(`${site.url}/`);
    await expect(device.page.getByRole('link', { name: 'Wie helpt met de heg?' })).toBeVisible();
  }
  await c.goto(`${site.url}/coordinator/`);
  await a.goto(`${site.url}/coordinator/`);
  expect(await storedEntryIds(dina.page)).not.toContain(postId);
  expect((await storedRecord(dina.page)).epoch).toBe(0);
  await expect(dina.page.getByRole('link', { name: 'Wie helpt met de heg?' })).toHaveCount(0);

  // Reinstated by the second coordinator: Dina's device finds the new room and catches up.
  await act(await memberOptions(a, 'Dina'), /Weer laten meedoen: Dina/, null, 'Dina weer laten meedoen');
  await expectEpoch(dina.page, 2);
  await expect(dina.page.getByRole('link', { name: 'Wie helpt met de heg?' })).toBeVisible();
  await expect(dina.page.getByTestId('suspended-notice')).toHaveCount(0);
  await openSection(c, 'members');
  await expect(memberRow(c, 'Dina').getByTestId('member-status')).toHaveText('lid');

  // Both coordinators read every act in the same log.
  for (const page of [c, a]) {
    await expect
      .poll(() => auditTypesOn(page))
      .toEqual(
        expect.arrayContaining([
          'grant-role',
          'invite',
          'hide-post',
          'warn',
          'reverse-transfer',
          'suspend',
          'rekey',
          'reinstate',
        ]),
      );
  }
  const log = c.getByTestId('audit-log');
  await expect(log.getByTestId('audit-line').filter({ hasText: 'Bericht verborgen' })).toContainText(
    'Verkopen hoort niet op het prikbord.',
  );
  await expect(log.getByTestId('audit-line').filter({ hasText: 'Gewaarschuwd' })).toContainText(
    'Wil je vriendelijk blijven in je berichten?',
  );
  await expect(log.getByTestId('audit-line').filter({ hasText: 'Op pauze gezet' })).toContainText('Carla');
  await expect(log.getByTestId('audit-line').filter({ hasText: 'Doet weer mee' })).toContainText('Anna');
  await c.getByLabel('Soort').selectOption('suspend');
  await expect(log.getByTestId('audit-line')).toHaveCount(1);
});
