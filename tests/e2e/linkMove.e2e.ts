// Moving house across a link (protocol-links.md §5), each person in their own browser
// profile: Oosterpark (a coordinator and two neighbours) and Transvaal (its coordinator) are
// linked by their coordinators; Bram of Oosterpark, with hours earned, asks to move to Transvaal,
// his coordinator agrees, Transvaal's coordinator welcomes him. His phone then opens
// Transvaal with the same hours; Transvaal's coordinator lists him as a member; Oosterpark's
// keeps his history and lists him as moved.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { link, linkRoomWait } from './linking.ts';
import { openFromMore } from './menu.ts';
import { helpedFor } from './neighbourSteps.ts';
import { memberRow, openSection } from './toolkit.ts';

test('a neighbour moves to a linked neighbourhood with both coordinators’ yes: the same hours there, the history kept here', async ({
  network,
}) => {
  test.setTimeout(420_000);
  // The two neighbourhoods start at once: they have nothing to do with each other until the link.
  const [oost, trans] = await Promise.all([
    network(
      [
        ['Anna', 'Dapperstraat'],
        ['Bram', 'Javastraat'],
      ],
      { name: 'Buurtruil Oosterpark' },
    ),
    network([], { name: 'Buurtruil Transvaal' }),
  ]);
  const [anna, bram] = oost.neighbours.map((device) => device.page) as [Page, Page];
  const carla = oost.coordinator.page;
  const kees = trans.coordinator.page;
  await link(carla, kees);

  // Bram earns two hours first.
  await helpedFor('Boodschappen doen', { asker: anna, agreer: anna, confirmer: anna, helper: bram }, '2');

  // Bram asks to move, after reading what happens.
  await openFromMore(bram, 'Instellingen');
  const moving = bram.getByTestId('move-house');
  await expect(moving.getByRole('heading', { name: 'Verhuizen naar een andere buurt' })).toBeVisible(linkRoomWait);
  await moving.getByRole('radio', { name: 'Buurtruil Transvaal' }).check();
  await expect(moving.getByTestId('move-what')).toContainText('Je uren gaan mee: +2 uur.');
  await expect(moving.getByTestId('move-what')).toContainText(
    'Jouw coördinator en de coördinator van Buurtruil Transvaal moeten allebei ja zeggen.',
  );
  await expectAccessible(bram, 'moving: what happens');
  await moving.getByRole('button', { name: 'Ja, ik wil verhuizen naar Buurtruil Transvaal' }).click();
  await expect(moving.getByTestId('move-status')).toContainText(
    'Je hebt gevraagd om te verhuizen naar Buurtruil Transvaal.',
  );

  // His coordinator agrees.
  await openSection(carla, 'links');
  const request = carla.getByTestId('move-request');
  await expect(request).toContainText('Bram wil naar Buurtruil Transvaal. Uren die meegaan: +2 uur.', linkRoomWait);
  await expectAccessible(carla, 'moving: a request');
  await request.getByRole('button', { name: 'Ja, Bram verhuist naar Buurtruil Transvaal' }).click();
  await expect(request).toHaveCount(0);

  // Transvaal's coordinator sees him coming (once Oosterpark attested it) and welcomes him.
  await openSection(kees, 'links');
  const incoming = kees.getByTestId('move-incoming-row');
  await expect(incoming).toContainText('Bram komt uit Buurtruil Oosterpark, met +2 uur.', linkRoomWait);
  await expectAccessible(kees, 'moving: coming in');
  await incoming.getByRole('button', { name: 'Ja, welkom Bram' }).click();
  await expect(incoming).toHaveCount(0);

  // Bram's phone: moved, and into Transvaal with the same hours.
  const moved = bram.getByTestId('moved-notice');
  await expect(moved).toContainText('Je bent verhuisd naar Buurtruil Transvaal.', linkRoomWait);
  await moved.getByRole('button', { name: 'Naar Buurtruil Transvaal' }).click();
  await expect(bram.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  await expect(bram.getByRole('banner')).toContainText('Buurtruil Transvaal');
  await expect(bram.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', linkRoomWait);
  await bram.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(bram.getByTestId('balance')).toHaveText('+2 uur', linkRoomWait);

  // Transvaal's coordinator: Bram is a member, with his hours.
  await openSection(kees, 'members');
  await expect(memberRow(kees, 'Bram').getByTestId('member-balance')).toHaveText('+2 uur', linkRoomWait);

  // Oosterpark's coordinator: Bram moved; his history stays (his row, Anna's hours).
  await openSection(carla, 'links');
  await expect(carla.getByTestId('move-moved-row')).toContainText(
    'Bram is verhuisd naar Buurtruil Transvaal.',
    linkRoomWait,
  );
  await openSection(carla, 'members');
  await expect(memberRow(carla, 'Bram')).toBeVisible();
  await expect(memberRow(carla, 'Anna').getByTestId('member-balance')).toHaveText('−2 uur');
});
