// The network without its founder: a second coordinator, named in the pages, gets the
// invite and admits a newcomer while the founder's laptop is closed; then changes the house
// rules, and the neighbours are told. The new pages pass axe.
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { admit, askToJoin, enterBoard, inviteLink } from './network.ts';
import type { Device } from './peers.ts';
import { act, memberOptions, memberRow, openSection } from './toolkit.ts';

test('a second coordinator admits a newcomer while the founder is offline, and changes the house rules', async ({
  browser,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const invite = await inviteLink(carla.page);

  await act(await memberOptions(carla.page, 'Anna'), /Coördinator maken: Anna/, null, 'Ja, Anna wordt coördinator');
  await expect(memberRow(carla.page, 'Anna').getByTestId('member-status')).toHaveText('lid, coördinator');
  await anna.page.getByRole('link', { name: 'Coördinator' }).click();
  await openSection(anna.page, 'invite');
  await expect(anna.page.getByTestId('invite-link')).toHaveValue(invite);
  await openSection(anna.page, 'requests');
  await expect(anna.page.getByRole('heading', { name: 'Aanvragen om mee te doen' })).toBeVisible();

  // The founder's laptop goes away.
  await carla.context.close();
  devices.splice(devices.indexOf(carla), 1);

  const eva = await askToJoin(browser, invite, 'Eva', 'Kerkplein');
  devices.push(eva);
  await expect(anna.page.getByTestId('join-request').filter({ hasText: 'Eva' })).toBeVisible();
  await admit(anna.page, 'Eva');
  await enterBoard(eva.page);
  await openSection(anna.page, 'members');
  await expect(memberRow(anna.page, 'Eva').getByTestId('member-status')).toHaveText('lid');

  // New house rules, from the second coordinator: every neighbour is told.
  const rules = 'We zijn vriendelijk. Elk uur is evenveel waard. Zeg het als iets te zwaar is.';
  await openSection(anna.page, 'settings');
  await anna.page.getByLabel('Huisregels', { exact: true }).fill(rules);
  await anna.page.getByLabel('Waar vinden buren hulp?').fill('Spreekuur dinsdag 10–12 in het buurthuis');
  await anna.page.locator('#settings').getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(anna.page.locator('#settings').getByRole('status')).toHaveText(
    'Opgeslagen. Het geldt vanaf nu, voor iedereen.',
  );
  for (const neighbour of [bram, eva]) {
    const notice = neighbour.page.getByTestId('rules-changed');
    await expect(notice).toContainText('De huisregels zijn aangepast');
    await expect(notice).toContainText(rules);
    await expect(notice).toContainText('Spreekuur dinsdag 10–12 in het buurthuis');
  }
  await expectAccessible(bram.page, 'board with the house rules changed');
  await bram.page.getByRole('button', { name: 'Gelezen' }).click();
  await expect(bram.page.getByTestId('rules-changed')).toHaveCount(0);
  await bram.page.reload();
  await expect(bram.page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  await expect(bram.page.getByTestId('rules-changed')).toHaveCount(0);

  await expectAccessible(anna.page, 'coordinator page of the second coordinator');
  await openSection(anna.page, 'log');
  await expect(anna.page.getByTestId('audit-line').filter({ hasText: 'Instellingen aangepast' })).toContainText('Anna');
});
