// Admitting someone standing in front of the coordinator, past the lobby (issue 19, hole 5):
// the newcomer's join page shows a code, the coordinator types it at "Iemand staat voor
// me", both compare the digits, the request comes straight over the link and the welcome
// goes back the same way.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { pairThroughPages } from './neighbourSteps.ts';
import { enterBoard, inviteLink, startNetwork } from './network.ts';
import { openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

test('a newcomer standing by the coordinator is welcomed over a direct link', async ({ browser, site, devices }) => {
  test.setTimeout(120_000);
  const coordinator = await startNetwork(browser, site.url);
  devices.push(coordinator);
  const pim = await openDevice(browser, await inviteLink(coordinator.page));
  devices.push(pim);
  await expect(pim.page.getByRole('heading', { name: /Welkom bij/ })).toBeVisible();
  await pim.page.getByLabel('Hoe mogen buren je noemen?').fill('Pim');
  await pim.page.getByLabel('In welke straat of buurt woon je?').fill('Dorpsweg');
  await pim.page.getByRole('button', { name: 'Ik sta bij de coördinator' }).click();
  await expect(pim.page.getByTestId('pairing-code')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(pim.page, 'join page showing its code to the coordinator');

  await openSection(coordinator.page, 'requests');
  await coordinator.page.getByRole('button', { name: 'Iemand staat voor me' }).click();
  const here = coordinator.page.getByTestId('in-person-join');
  await pairThroughPages(pim.page, here, 'Code op het scherm van de nieuwe buur');
  const request = here.getByTestId('in-person-request');
  await expect(request).toContainText('Pim uit Dorpsweg');
  await expectAccessible(coordinator.page, 'someone standing in front of the coordinator');
  await request.getByRole('button', { name: 'Welkom heten' }).click();
  await expect(here.getByRole('status')).toContainText('Pim is welkom geheten');

  await enterBoard(pim.page);
  await openSection(coordinator.page, 'members');
  await expect(coordinator.page.getByTestId('members')).toContainText('Pim');
});
